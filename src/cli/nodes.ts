// Shared by the node commands: "self" as a node reference (docker's node.Reference), and
// the read-modify-write of a node's spec that update, promote and demote all are.

import type { Node, ShoalClient } from '../api/client'

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

// Reads the node, applies `change` to a copy of its spec and sends it back with the
// version read, so a concurrent change elsewhere makes this one fail instead of being
// silently undone. Resolves with whether anything was sent.
export async function changeNode(client: ShoalClient, ref: string, change: (spec: NodeSpec, node: Node) => void): Promise<boolean> {
  const node = await client.nodeInspect(await nodeReference(client, ref))
  const spec: NodeSpec = structuredClone(node.Spec ?? {})
  spec.Labels ??= {}
  try {
    change(spec, node)
  } catch (err) {
    if (err instanceof NoChange) return false
    throw err
  }
  await client.nodeUpdate(node.ID, node.Version?.Index ?? 0, spec)
  return true
}
