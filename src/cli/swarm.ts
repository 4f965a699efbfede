// What the swarm commands share: the address flags of init and join, and the "how to
// join" text that `swarm init` and `swarm join-token` print, as docker does.

import { Flags } from '@oclif/core'

import type { ShoalClient } from '../api/client'

// The addresses a node listens on and is reached at: the same flags on swarm init and join.
export const addressFlags = {
  'advertise-addr': Flags.string({
    summary: 'Advertised address (format: <ip|interface>[:port])',
    helpValue: 'addr',
  }),
  'listen-addr': Flags.string({
    summary: 'Listen address (format: <ip|interface>[:port])',
    default: '0.0.0.0:2377',
    helpValue: 'addr',
  }),
}

export type JoinRole = 'worker' | 'manager'

export function joinInstructions(bin: string, role: JoinRole, token: string, addr: string): string {
  return `To add a ${role} to this swarm, run the following command:\n\n    ${bin} swarm join --token ${token} ${addr}\n\n`
}

// Looks up the join token for `role` and this manager's address. The address comes from
// the node's ManagerStatus: the address other nodes reach this manager on.
export async function joinCommand(client: ShoalClient, nodeId: string, role: JoinRole): Promise<{ token: string; addr: string }> {
  const [node, swarm] = await Promise.all([client.nodeInspect(nodeId), client.swarmInspect()])
  const addr = node.ManagerStatus?.Addr
  if (!addr) throw new Error('this node is not a swarm manager: join tokens can only be shown on a manager')
  const token = role === 'worker' ? swarm.JoinTokens?.Worker : swarm.JoinTokens?.Manager
  if (!token) throw new Error(`the daemon returned no ${role} join token`)
  return { token, addr }
}

// What `swarm init --autolock`, `swarm update --autolock=true` and `swarm unlock-key` print.
export function unlockKeyInstructions(bin: string, key: string): string {
  return (
    `To unlock a swarm manager after it restarts, run the \`${bin} swarm unlock\`\ncommand and provide the following key:\n\n    ${key}\n\n` +
    'Please remember to store this key in a password manager, since without it you\nwill not be able to restart the manager.\n'
  )
}
