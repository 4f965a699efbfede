// The embedded DNS server's messages: a query's bytes in, the reply's bytes out (or "ask
// the host's resolvers"), through dns-packet (a well-kept wire-format library; nothing here
// parses DNS by hand). Pure: the server (dns-server.ts) owns the sockets and the names.
import * as packet from 'dns-packet'
import type { Resolution } from './names'

// What a name means to the asking task (ServiceNames.resolve bound to its networks).
export type Lookup = (name: string, type: 'A' | 'AAAA' | 'PTR') => Resolution

export type Reply =
  | { kind: 'reply'; bytes: Buffer }
  | { kind: 'forward' } // not ours: send the query as it is to the host's resolvers
  | { kind: 'drop' } // not a query we can even answer with an error (no header, a response)

// Docker's embedded server answers with this TTL; names follow tasks, so they stay short.
export const TTL = 600
// A UDP reply without EDNS must fit in 512 bytes (RFC 1035 4.2.1); one that does not is cut
// and marked truncated, so the client asks again over TCP.
export const UDP_LIMIT = 512

const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NOTIMP: 4 } as const
const OPCODE_QUERY = 0

// Reads the header fields a reply echoes, even from a query dns-packet cannot decode.
function header(query: Buffer): { id: number; flags: number } | null {
  if (query.length < 12) return null
  return { id: query.readUInt16BE(0), flags: query.readUInt16BE(2) }
}

// An error reply to `query` (its id and question echoed when they could be read).
export function errorReply(query: Buffer, rcode: keyof typeof RCODE, questions: packet.Question[] = []): Reply {
  const h = header(query)
  if (!h || h.flags & 0x8000) return { kind: 'drop' }
  const opcode = (h.flags >> 11) & 0xf
  const flags = (opcode << 11) | (h.flags & packet.RECURSION_DESIRED) | packet.RECURSION_AVAILABLE | RCODE[rcode]
  return { kind: 'reply', bytes: packet.encode({ type: 'response', id: h.id, flags, questions }) }
}

// The reply to one query from a task. `limit`: the most bytes the reply may have (UDP:
// UDP_LIMIT; TCP: none).
export function answer(query: Buffer, lookup: Lookup, limit = Infinity): Reply {
  let q: packet.DecodedPacket
  try {
    q = packet.decode(query)
  } catch {
    return errorReply(query, 'FORMERR')
  }
  if (q.type !== 'query') return { kind: 'drop' }
  const opcode = (q.flags ?? 0) >> 11 & 0xf
  if (opcode !== OPCODE_QUERY) return errorReply(query, 'NOTIMP')
  const questions = q.questions ?? []
  if (questions.length !== 1) return errorReply(query, 'FORMERR')
  const [question] = questions
  if (question.class !== 'IN') return { kind: 'forward' }

  // A, AAAA and PTR as ServiceNames says; any other type of a name known here has no
  // records of that type (answered empty), and one not known here is the host resolvers'
  // business.
  const type = question.type === 'AAAA' || question.type === 'PTR' ? question.type : 'A'
  const r = lookup(question.name, type)
  if (r.kind === 'forward') return { kind: 'forward' }
  const addresses = r.kind === 'answer' && question.type === 'A' ? r.addresses : []
  const flags = packet.AUTHORITATIVE_ANSWER | ((q.flags ?? 0) & packet.RECURSION_DESIRED) | packet.RECURSION_AVAILABLE
  const answers: packet.Answer[] =
    r.kind === 'name' ? [{ type: 'PTR', class: 'IN', name: question.name, ttl: TTL, data: r.name }] : addresses.map((data) => ({ type: 'A', class: 'IN', name: question.name, ttl: TTL, data }))
  const reply: packet.Packet = { type: 'response', id: q.id, flags, questions: [question], answers }
  let bytes = packet.encode(reply)
  if (bytes.length > limit) {
    // Keep what fits (every answer has the same size) and say it was cut.
    const each = (bytes.length - packet.encode({ ...reply, answers: [] }).length) / answers.length
    const fit = Math.max(0, Math.floor((limit - (bytes.length - each * answers.length)) / each))
    bytes = packet.encode({ ...reply, flags: flags | packet.TRUNCATED_RESPONSE, answers: answers.slice(0, fit) })
  }
  return { kind: 'reply', bytes }
}

// The question of a query, for logs and error replies ([] when it cannot be decoded).
export function questionsOf(query: Buffer): packet.Question[] {
  try {
    return packet.decode(query).questions ?? []
  } catch {
    return []
  }
}

// DNS over TCP: each message behind two bytes of its length (RFC 1035 4.2.2).
export function frame(message: Buffer): Buffer {
  const len = Buffer.alloc(2)
  len.writeUInt16BE(message.length)
  return Buffer.concat([len, message])
}

// The whole messages at the front of `buf`, and the bytes of the next one begun.
export function unframe(buf: Buffer): { messages: Buffer[]; rest: Buffer } {
  const messages: Buffer[] = []
  let at = 0
  while (buf.length - at >= 2 && buf.length - at >= 2 + buf.readUInt16BE(at)) {
    const len = buf.readUInt16BE(at)
    messages.push(buf.subarray(at + 2, at + 2 + len))
    at += 2 + len
  }
  return { messages, rest: buf.subarray(at) }
}
