import { randomBytes, randomFillSync } from 'node:crypto'

// Random bits are drawn 4 KiB at a time: one orchestrator pass may make 100,000 ids.
const pool = Buffer.alloc(4096)
let poolAt = pool.length

function random128Hex(): string {
  if (poolAt === pool.length) {
    randomFillSync(pool)
    poolAt = 0
  }
  poolAt += 16
  return pool.toString('hex', poolAt - 16, poolAt)
}

// Docker and SwarmKit ids: 128 random bits in base 36, zero-padded to 25 characters.
export function newId(): string {
  return BigInt('0x' + random128Hex()).toString(36).padStart(25, '0')
}

// A Raft member id: random and non-zero, below 2^53 so it survives a JavaScript number.
export function newRaftId(): number {
  const b = randomBytes(7)
  const n = (b.readUIntBE(0, 6) * 32 + (b[6] & 0x1f)) % Number.MAX_SAFE_INTEGER
  return n === 0 ? 1 : n
}
