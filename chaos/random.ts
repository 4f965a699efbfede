// The seeded randomness of a chaos run (pure-rand's xoroshiro128+): the nemesis and each
// client draw from generators derived from the run's seed, so a seed names the same
// schedule of faults and choices (timing still varies from run to run).
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

export class Random {
  private readonly rng: RandomGenerator

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed)
  }

  // An integer in [from, to].
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to)
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from nothing')
    return xs[this.int(0, xs.length - 1)]
  }

  // A key of `weights`, drawn in proportion to its weight.
  weighted<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights).filter(([, w]) => (w as number) > 0) as [K, number][]
    let x = this.int(1, entries.reduce((a, [, w]) => a + w, 0))
    for (const [k, w] of entries) if ((x -= w) <= 0) return k
    return entries[entries.length - 1][0]
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs]
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i)
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
}
