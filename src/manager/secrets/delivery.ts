// Which secrets go to which node, and in what shape (SwarmKit sends them as assignments
// beside the tasks): a node gets exactly the secrets referenced by tasks assigned to it
// that may still run, opened on the leader and sent over the node's mutual-TLS session;
// once no task there needs one it is taken back (dropped from the node's memory). A node
// with no task using a secret never receives it.
import { TaskState } from '../../agent/types'
import type { SecretData } from '../../agent/secrets'
import { v1, type Shared, type StoreReader, type Task } from '../store'
import type { SecretsKey } from './key'

// A task that has ended (or is told to stop) needs no secret any more: its files were
// written when it was prepared and go when it ends.
export function needsSecrets(t: Shared<Task>): boolean {
  return (t.spec?.container?.secrets?.length ?? 0) > 0 && t.desiredState <= TaskState.RUNNING && (t.status?.state ?? 0) < TaskState.COMPLETE
}

// The secrets (with their data) a node's assignment set needs. A secret that cannot be
// opened (deleted meanwhile, or this manager holds no key) is left out and reported once
// per call by id; the task then fails on its node with "secret ... was not delivered".
export function secretsFor(view: Pick<StoreReader, 'get'>, tasks: readonly Shared<Task>[], key: SecretsKey, warn: (message: string) => void): v1.Secret[] {
  const ids = new Set<string>()
  for (const t of tasks) if (needsSecrets(t)) for (const r of t.spec!.container!.secrets!) ids.add(r.secretId ?? '')
  const out: v1.Secret[] = []
  for (const id of ids) {
    const s = view.get('secrets', id)
    if (!s) continue
    try {
      const data = key.open(id, s.sealedData)
      out.push(new v1.Secret({ meta: new v1.Meta({ id }), spec: new v1.SecretSpec({ annotations: new v1.Annotations({ name: s.spec?.annotations?.name ?? '' }), data }) }))
    } catch (err) {
      warn(`secret ${id}: ${(err as Error).message}`)
    }
  }
  return out
}

// The wire shape, as the agent keeps it (in memory only).
export function toSecretData(s: v1.ISecret): SecretData {
  return { id: s.meta?.id ?? '', name: s.spec?.annotations?.name ?? '', data: Buffer.from(s.spec?.data ?? []) }
}

