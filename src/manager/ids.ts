import { randomBytes } from 'node:crypto'

// Docker and SwarmKit ids: 128 random bits in base 36, zero-padded to 25 characters.
export function newId(): string {
  const n = BigInt('0x' + randomBytes(16).toString('hex'))
  return n.toString(36).padStart(25, '0')
}

// A Raft member id: random and non-zero, below 2^53 so it survives a JavaScript number.
export function newRaftId(): number {
  const b = randomBytes(7)
  const n = (b.readUIntBE(0, 6) * 32 + (b[6] & 0x1f)) % Number.MAX_SAFE_INTEGER
  return n === 0 ? 1 : n
}
