// Placement constraints in docker's syntax ("node.labels.zone==eu", "node.role!=manager"),
// parsed and matched as SwarmKit's manager/constraint package does, so a constraint means
// the same thing here as under docker:
//   - the first operator found wins, "==" before "!="; key and value are trimmed;
//   - keys and values are limited to the characters SwarmKit allows (no other operators);
//   - values compare case-insensitively; label names are case-sensitive; the key prefixes
//     ("node.labels.", "engine.labels.") and fixed keys are case-insensitive;
//   - a missing attribute or label compares as the empty string (so "!=" matches it).
//   - any key of SwarmKit's characters is accepted; a key it does not know ("node.foo",
//     "node.labels." with no name) and a node.ip value that is no address or subnet never
//     match, with == or != (the task stays pending: "scheduling constraints not satisfied");
//     docker accepts them so, and a stack written for docker must deploy here too. Where
//     docker says nothing, shoal warns when the service is written (constraintWarnings);
//   - errors are SwarmKit's words ("key 'x' is invalid"), with the constraint they are in.
import { BlockList, isIP } from 'node:net'
import type { Node, Shared } from '../store'
import { idOf } from '../store'

export const NODE_LABEL_PREFIX = 'node.labels.'
export const ENGINE_LABEL_PREFIX = 'engine.labels.'

const KEY_RE = /^[a-z_][a-z0-9\-_.]+$/i
const VALUE_RE = /^[a-z0-9:\-_\s.*()?+[\]\\^$|/]+$/i
const OPERATORS = ['==', '!='] as const

const FIXED_KEYS = ['node.id', 'node.hostname', 'node.ip', 'node.role', 'node.platform.os', 'node.platform.arch'] as const
type FixedKey = (typeof FIXED_KEYS)[number]

export type ConstraintKey = { kind: FixedKey } | { kind: 'node.labels' | 'engine.labels'; label: string } | { kind: 'unknown' }

export interface Constraint {
  text: string // as written, for messages
  keyText: string // the key as written, trimmed
  key: ConstraintKey
  equal: boolean // "==" (true) or "!=" (false)
  value: string
  valueLower: string
  // node.ip only: the address or subnet, parsed once (absent: malformed, matches nothing).
  ip?: BlockList
}

export class ConstraintError extends Error {
  override name = 'ConstraintError'
}

function startsWithFold(s: string, prefix: string): boolean {
  return s.length > prefix.length && s.slice(0, prefix.length).toLowerCase() === prefix
}

function parseKey(key: string): ConstraintKey {
  const lower = key.toLowerCase()
  if ((FIXED_KEYS as readonly string[]).includes(lower)) return { kind: lower as FixedKey }
  if (startsWithFold(key, NODE_LABEL_PREFIX)) return { kind: 'node.labels', label: key.slice(NODE_LABEL_PREFIX.length) }
  if (startsWithFold(key, ENGINE_LABEL_PREFIX)) return { kind: 'engine.labels', label: key.slice(ENGINE_LABEL_PREFIX.length) }
  return { kind: 'unknown' }
}

const KNOWN_KEYS = 'node.id, node.hostname, node.ip, node.role, node.platform.os, node.platform.arch, node.labels.<name>, engine.labels.<name>'

// What docker accepts without a word but no node can ever satisfy: one line per such
// constraint, for the create/update answer's Warnings (the CLI prints them).
export function constraintWarnings(list: readonly string[]): string[] {
  const out: string[] = []
  for (const c of parseConstraints(list)) {
    if (c.key.kind === 'unknown') out.push(`constraint "${c.text}": no node has "${c.keyText}" (known: ${KNOWN_KEYS}); it matches no node, so its tasks stay pending`)
    else if (c.key.kind === 'node.ip' && !c.ip) out.push(`constraint "${c.text}": "${c.value}" is not an IP address or a CIDR subnet; it matches no node, so its tasks stay pending`)
  }
  return out
}

// A single address or a CIDR subnet, as a BlockList: it compares addresses in their
// canonical form ("::1" is "0:0::1"); undefined when it is neither.
function parseIp(value: string): BlockList | undefined {
  const list = new BlockList()
  const family = isIP(value)
  if (family !== 0) {
    list.addAddress(value, family === 4 ? 'ipv4' : 'ipv6')
    return list
  }
  const slash = value.lastIndexOf('/')
  const addr = value.slice(0, slash)
  const bitsText = value.slice(slash + 1)
  const fam = slash > 0 ? isIP(addr) : 0
  const bits = Number(bitsText)
  if (fam !== 0 && /^\d{1,3}$/.test(bitsText) && bits <= (fam === 4 ? 32 : 128)) {
    list.addSubnet(addr, bits, fam === 4 ? 'ipv4' : 'ipv6')
    return list
  }
  return undefined
}

// Parses one constraint; throws ConstraintError with a message that names it.
export function parseConstraint(text: string): Constraint {
  for (const op of OPERATORS) {
    const at = text.indexOf(op)
    if (at === -1) continue
    const key = text.slice(0, at).trim()
    const value = text.slice(at + op.length).trim()
    if (!KEY_RE.test(key)) throw new ConstraintError(`key '${key}' is invalid (in constraint "${text}")`)
    if (!VALUE_RE.test(value)) throw new ConstraintError(`value '${value}' is invalid (in constraint "${text}")`)
    const c: Constraint = { text, keyText: key, key: parseKey(key), equal: op === '==', value, valueLower: value.toLowerCase() }
    if (c.key.kind === 'node.ip') c.ip = parseIp(value)
    return c
  }
  throw new ConstraintError(`constraint expected one operator from ==, != (in constraint "${text}")`)
}

export function parseConstraints(list: readonly string[]): Constraint[] {
  return list.map(parseConstraint)
}

// Case-insensitive full-string match, then the operator (SwarmKit's Constraint.Match).
function matches(c: Constraint, actual: string): boolean {
  const eq = actual.toLowerCase() === c.valueLower
  return c.equal ? eq : !eq
}

// A node without a usable address is outside every address and subnet; a malformed
// address or subnet matches no node, with == or != (SwarmKit's NodeMatches).
function ipMatches(c: Constraint, addr: string): boolean {
  if (!c.ip) return false
  const family = isIP(addr)
  const inside = family !== 0 && c.ip.check(addr, family === 4 ? 'ipv4' : 'ipv6')
  return c.equal ? inside : !inside
}

// The node's address without a port ("10.0.0.5:2377" and "[::1]:2377" both occur).
function nodeIp(node: Shared<Node>): string {
  const addr = node.status?.addr ?? ''
  if (isIP(addr)) return addr
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(addr)
  if (bracket) return bracket[1]
  const colon = addr.lastIndexOf(':')
  return colon > 0 && isIP(addr.slice(0, colon)) ? addr.slice(0, colon) : addr
}

export function constraintMatches(c: Constraint, node: Shared<Node>): boolean {
  const d = node.description
  switch (c.key.kind) {
    case 'node.id':
      return matches(c, idOf(node))
    case 'node.hostname':
      return matches(c, d?.hostname ?? '')
    case 'node.ip':
      return ipMatches(c, nodeIp(node))
    case 'node.role':
      return matches(c, node.spec?.role || 'worker')
    case 'node.platform.os':
      return matches(c, d?.platform?.os ?? '')
    case 'node.platform.arch':
      return matches(c, d?.platform?.architecture ?? '')
    case 'node.labels':
      return matches(c, node.spec?.annotations?.labels?.[c.key.label] ?? '')
    case 'engine.labels':
      return matches(c, d?.engineLabels?.[c.key.label] ?? '')
    case 'unknown':
      return false
  }
}

// True when the node satisfies every constraint (SwarmKit's NodeMatches).
export function nodeMatches(constraints: readonly Constraint[], node: Shared<Node>): boolean {
  for (const c of constraints) if (!constraintMatches(c, node)) return false
  return true
}

// The value of a spread descriptor ("node.labels.zone") on a node, or undefined when the
// descriptor names nothing shoal can spread over. A node without the label spreads as "".
export function spreadValue(descriptor: string, node: Shared<Node>): string | undefined {
  if (startsWithFold(descriptor, NODE_LABEL_PREFIX)) return node.spec?.annotations?.labels?.[descriptor.slice(NODE_LABEL_PREFIX.length)] ?? ''
  if (startsWithFold(descriptor, ENGINE_LABEL_PREFIX)) return node.description?.engineLabels?.[descriptor.slice(ENGINE_LABEL_PREFIX.length)] ?? ''
  return undefined
}

export function isSpreadDescriptor(descriptor: string): boolean {
  return startsWithFold(descriptor, NODE_LABEL_PREFIX) || startsWithFold(descriptor, ENGINE_LABEL_PREFIX)
}

// Validates a spread descriptor; throws ConstraintError naming it.
export function checkSpreadDescriptor(descriptor: string): void {
  if (!isSpreadDescriptor(descriptor))
    throw new ConstraintError(`invalid placement preference spread=${descriptor}: only node.labels.<name> and engine.labels.<name> can be spread over`)
}
