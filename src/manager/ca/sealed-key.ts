// The root CA keys in the cluster object (root_ca_key_pem, root_rotation.ca_key_pem) are
// kept sealed with the cluster's secrets key, as secret data is: the Raft log and
// snapshots on every manager's disk then hold no usable CA key, and with autolock on the
// secrets key itself is sealed on disk (src/daemon/keys.ts). Managers open the key when
// they sign or cross-sign. One additional-data label for both fields: a finished
// rotation moves the new root's sealed key into root_ca_key_pem unopened.
import { ShoalError } from '../errors'
import type { SecretsKey } from '../secrets/key'

const PREFIX = 'sealed:'
const SEAL_ID = 'swarm-root-ca-key'

export function sealCAKey(keyPem: string | null | undefined, secretsKey: SecretsKey | undefined): string {
  if (!keyPem) return '' // none: an external CA signs
  if (!secretsKey) throw new ShoalError('Unavailable', 'this manager holds no secrets key to seal the root CA key with')
  return PREFIX + secretsKey.seal(SEAL_ID, Buffer.from(keyPem)).toString('base64')
}

// A PEM key as stored by a swarm from before sealing is returned as it is.
export function openCAKey(stored: string | null | undefined, secretsKey: SecretsKey | undefined): string {
  if (!stored?.startsWith(PREFIX)) return stored ?? ''
  if (!secretsKey) throw new ShoalError('Unavailable', 'this manager holds no secrets key to open the root CA key with')
  return secretsKey.open(SEAL_ID, Buffer.from(stored.slice(PREFIX.length), 'base64')).toString('utf8')
}
