// Shared by the node commands: "self" as a node reference (docker's node.Reference), and
// the read-modify-write of a node's spec that update, promote and demote all are.

import { ApiError, type Node, type ShoalClient } from '../api/client'

// "self" names the node the daemon runs on; anything else is an id, id prefix or hostname
// for the daemon to resolve.
export async function nodeReference(client: ShoalClient, ref: string): Promise<string> {
  if (ref !== 'self') return ref
  const id = (await client.info()).Swarm?.NodeID
  if (!id) throw new Error('this node is not part of a swarm')
  return id
}

export type NodeSpec = NonNullable<Node['Spec']>

// Thrown by a change function when the node is already as asked (promote of a manager):
// nothing is sent and the node does not count as changed.
export class NoChange extends Error {}

// Tries a read-modify-write this many times when the node moved on in between.
const CHANGE_ATTEMPTS = 5

// Reads the node, applies `change` to a copy of its spec and sends it back with the
// version read, so a concurrent change elsewhere is never silently undone. The swarm
// itself writes a node often (status, manager status, certificate renewals) and each
// write bumps its version: on a version conflict the node is read again and the change
// applied to what is there now, a bounded number of times. Resolves with whether anything
// was sent.
export async function changeNode(client: ShoalClient, ref: string, change: (spec: NodeSpec, node: Node) => void): Promise<boolean> {
  const id = await nodeReference(client, ref)
  for (let attempt = 1; ; attempt++) {
    const node = await client.nodeInspect(id)
    const spec: NodeSpec = structuredClone(node.Spec ?? {})
    spec.Labels ??= {}
    try {
      change(spec, node)
    } catch (err) {
      if (err instanceof NoChange) return false
      throw err
    }
    try {
      await client.nodeUpdate(node.ID, node.Version?.Index ?? 0, spec)
      return true
    } catch (err) {
      const conflict = err instanceof ApiError && err.statusCode === 409 && /update out of sequence/.test(err.message)
      if (!conflict || attempt >= CHANGE_ATTEMPTS) throw err
    }
  }
}
