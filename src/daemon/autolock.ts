// Autolock as this manager follows it: its key files (./keys.ts) are sealed with the
// cluster's unlock key, resealed when the key rotates and written clear when autolock is
// turned off (a manager that was down meanwhile catches up when it is back).
import { clusterUnlockKey } from '../manager/autolock'
import type { Manager } from '../manager/manager'
import type { KeyFiles } from './keys'

export class AutolockFollower {
  // The last failure logged (null: none), so that a persisting one is logged once.
  private failure: string | null = null

  constructor(private readonly keys: KeyFiles) {}

  // Runs every 500 ms on a manager that holds the secrets key (the unlock key is sealed
  // with it in the cluster object).
  follow(mgr: Manager): void {
    const cluster = mgr.secretsKey.raw() ? mgr.store.view().list('clusters')[0] : undefined
    if (!cluster) return
    try {
      const wanted = clusterUnlockKey(cluster, mgr.secretsKey)
      const current = this.keys.current()
      if (!(wanted === null ? current === null : current?.equals(wanted))) this.keys.rewrap(wanted)
      if (this.failure !== null) console.error("shoal daemon: autolock: the key files match the cluster's unlock key again")
      this.failure = null
    } catch (err) {
      const message = (err as Error).message
      if (message !== this.failure) console.error(`shoal daemon: autolock: rewrapping the key files failed: ${message}`)
      this.failure = message
    }
  }
}
