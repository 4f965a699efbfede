import { randomBytes } from 'node:crypto'

// Docker and SwarmKit ids: 128 random bits in base 36, zero-padded to 25 characters.
export function newId(): string {
  const n = BigInt('0x' + randomBytes(16).toString('hex'))
  return n.toString(36).padStart(25, '0')
}

// A Raft member id: random and non-zero, below 2^53 so it survives a JavaScript number.
export function newRaftId(): number {
  const n = randomBytes(7).readUIntBE(0, 7) & 0x1fffffffffffff
  return n === 0 ? 1 : n
}
