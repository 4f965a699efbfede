import { randomBytes, randomFillSync } from 'node:crypto'

// Docker and SwarmKit ids: 128 random bits in base 36, zero-padded to 25 characters.
// One orchestrator pass may make 100,000 of them, so their digits are worked out 256 at a
// time, from one draw of random bits, in plain arithmetic (where a BigInt parse and print
// took a hex string, a concatenation, a BigInt and a string or two per id). Each id is
// then a string of its own (not a slice of one string of all 256, which would keep the
// whole alive for as long as any of its ids lives).
const IDS_PER_DRAW = 256
const ID_LENGTH = 25
const random = Buffer.alloc(IDS_PER_DRAW * 16)
const digits = Buffer.alloc(IDS_PER_DRAW * ID_LENGTH)
const DIGIT = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz')
const limbs = new Float64Array(4)
let next = IDS_PER_DRAW

// Writes the 16 bytes at `from` (big-endian) as 25 base-36 digits at `to`. The number is
// held as four 32-bit limbs and divided by 36^4 six times (a remainder below 36^4 times
// 2^32 stays below 2^53: exact in doubles), giving four digits each; what is left is the
// first digit (2^128 < 36^25).
function writeBase36(from: number, to: number): void {
  for (let i = 0; i < 4; i++) limbs[i] = random.readUInt32BE(from + 4 * i)
  let at = to + ID_LENGTH
  for (let round = 0; round < 6; round++) {
    let r = 0
    for (let i = 0; i < 4; i++) {
      const v = r * 0x1_0000_0000 + limbs[i]
      const q = Math.floor(v / 1_679_616) // 36^4
      limbs[i] = q
      r = v - q * 1_679_616
    }
    for (let d = 0; d < 4; d++) {
      const q = (r / 36) | 0
      digits[--at] = DIGIT[r - q * 36]
      r = q
    }
  }
  digits[--at] = DIGIT[limbs[3]]
}

export function newId(): string {
  if (next === IDS_PER_DRAW) {
    randomFillSync(random)
    for (let k = 0; k < IDS_PER_DRAW; k++) writeBase36(k * 16, k * ID_LENGTH)
    next = 0
  }
  const at = next++ * ID_LENGTH
  return digits.toString('latin1', at, at + ID_LENGTH)
}

// A Raft member id: random and non-zero, below 2^53 so it survives a JavaScript number.
export function newRaftId(): number {
  const b = randomBytes(7)
  const n = (b.readUIntBE(0, 6) * 32 + (b[6] & 0x1f)) % Number.MAX_SAFE_INTEGER
  return n === 0 ? 1 : n
}
