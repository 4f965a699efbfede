// Autolock (docker's `swarm init|update --autolock`, SwarmKit's manager/deks.go): the
// cluster's unlock key, how it is shown to users and how it is kept in the cluster object.
//
// The key is 32 random bytes, shown as SWMKEY-1-<base64> (SwarmKit's HumanReadableKey).
// Managers wrap the key files on their disk with it (src/daemon/keys.ts); the cluster
// object keeps it sealed with the cluster's secrets key, so every manager can answer
// `swarm unlock-key` and learns of a rotation, while the Raft log on disk holds only
// ciphertext.
import { randomBytes } from 'node:crypto'
import { invalid, ShoalError } from './errors'
import type { SecretsKey } from './secrets/key'
import type { Cluster } from './store'

const PREFIX = 'SWMKEY-1-'
const KEY_BYTES = 32
// Bound in as additional data, so the sealed key cannot be taken for a secret's data.
const SEAL_ID = 'swarm-unlock-key'

export function formatUnlockKey(key: Uint8Array): string {
  return PREFIX + Buffer.from(key).toString('base64').replace(/=+$/, '')
}

// The operator's text (stdin or the API) back to the 32 bytes.
export function parseUnlockKey(text: string): Buffer {
  const t = text.trim()
  const body = t.startsWith(PREFIX) ? t.slice(PREFIX.length) : null
  const key = body !== null && /^[A-Za-z0-9+/]+$/.test(body) ? Buffer.from(body, 'base64') : null
  if (!key || key.length !== KEY_BYTES) throw invalid(`invalid unlock key: expected ${PREFIX} followed by ${KEY_BYTES} bytes in base64`)
  return key
}

export function autolockEnabled(cluster: Cluster | undefined): boolean {
  return !!cluster?.spec?.encryptionConfig?.autoLockManagers
}

// The unlock key the cluster asks managers to lock with; null while autolock is off.
export function clusterUnlockKey(cluster: Cluster | undefined, secretsKey: SecretsKey): Buffer | null {
  if (!autolockEnabled(cluster) || !cluster!.sealedUnlockKey?.length) return null
  return secretsKey.open(SEAL_ID, cluster!.sealedUnlockKey)
}

// The cluster fields a `swarm update` changes: turning autolock on makes a key, turning
// it off drops it, and a rotation (POST /swarm/update?rotateManagerUnlockKey=true)
// replaces it. Checked before anything is written.
export function planAutolock(cluster: Cluster, enable: boolean | undefined, rotate: boolean, secretsKey: SecretsKey | undefined): { autoLockManagers: boolean; sealedUnlockKey: Buffer } | null {
  const on = enable ?? autolockEnabled(cluster)
  if (rotate && !on) throw invalid('cannot rotate the unlock key: autolock is not turned on (swarm update --autolock=true)')
  if (on === autolockEnabled(cluster) && !rotate) return null
  if (!secretsKey) throw new ShoalError('Unavailable', 'this manager holds no secrets key to seal the unlock key with')
  return { autoLockManagers: on, sealedUnlockKey: on ? secretsKey.seal(SEAL_ID, randomBytes(KEY_BYTES)) : Buffer.alloc(0) }
}
