// Name resolution for the embedded DNS server of task namespaces (docker's libnetwork
// resolver): what a name means to a task, from the node's LoadBalancerState. Pure: the DNS
// server (wire format, sockets in each task's namespace) asks this and writes the answer.
//
// As docker:
// - a service's name (or one of its aliases on that network) is its VIP, or with endpoint
//   mode dnsrr the addresses of its running tasks;
// - `tasks.NAME` is the addresses of the service's running tasks, whatever its mode;
// - only on networks the asking task is attached to, never on the ingress network (it
//   carries the routing mesh, not discovery), the task's own networks in their order: the
//   first that knows the name answers;
// - names match without regard to case, with or without the trailing dot;
// - a name no network knows goes to the host's resolvers (forward); a name known here but
//   asked for an address type it has none of (AAAA: overlays are IPv4) is answered empty,
//   not forwarded, so it cannot leak to the outside;
// - reverse (PTR, `d.c.b.a.in-addr.arpa`): a task's address is its name on that network,
//   `<service>.<slot, or node id for a global service>.<task id>.<network>` (docker's
//   container name and network), a service's VIP `<service>.<network>`; again only on the
//   asking task's networks, never ingress; an address none of them holds is forwarded.
import type { EndpointTask, LoadBalancerState } from './types'

export type Resolution =
  | { kind: 'answer'; addresses: string[] } // A records, in the order to give them
  | { kind: 'name'; name: string } // the PTR record of an address
  | { kind: 'nodata' } // known here, no address of the asked type: an empty NOERROR answer
  | { kind: 'forward' } // not ours: ask the host's resolvers

// A task's name, as docker names a service's container.
export const taskName = (serviceName: string, t: Pick<EndpointTask, 'slot' | 'nodeId' | 'taskId'>): string => `${serviceName}.${t.slot || t.nodeId}.${t.taskId}`

const REVERSE_SUFFIX = '.in-addr.arpa'

// The IPv4 address a reverse name stands for (null: not one).
function reverseAddress(name: string): string | null {
  if (!name.endsWith(REVERSE_SUFFIX)) return null
  const octets = name.slice(0, -REVERSE_SUFFIX.length).split('.')
  if (octets.length !== 4 || !octets.every((o) => /^(0|[1-9]\d{0,2})$/.test(o) && Number(o) < 256)) return null
  return octets.reverse().join('.')
}

interface Entry {
  vip: string // '' with dnsrr
  tasks: string[] // addresses of running tasks
}

const TASKS_PREFIX = 'tasks.'

function normalize(name: string): string {
  const n = name.toLowerCase()
  return n.endsWith('.') ? n.slice(0, -1) : n
}

// The names of one node's networks, indexed once per state (the DNS server rebuilds it when
// a new state arrives).
export class ServiceNames {
  // network id -> name -> what it means there
  private readonly byNetwork = new Map<string, Map<string, Entry>>()
  // network id -> address -> its name there (PTR)
  private readonly reverse = new Map<string, Map<string, string>>()

  constructor(state: LoadBalancerState) {
    for (const n of state.networks) {
      if (n.network.ingress) continue
      const names = new Map<string, Entry>()
      const reverse = new Map<string, string>()
      for (const s of n.services) {
        const entry: Entry = {
          vip: s.endpointMode === 'vip' ? s.vip : '',
          tasks: s.tasks.filter((t) => t.active && t.address).map((t) => t.address),
        }
        for (const name of [s.serviceName, ...s.aliases]) if (name) names.set(normalize(name), entry)
        if (entry.vip) reverse.set(entry.vip, `${s.serviceName}.${n.network.name}`)
        // Every task holding an address, draining ones too: the address is still theirs.
        for (const t of s.tasks) if (t.address) reverse.set(t.address, `${taskName(s.serviceName, t)}.${n.network.name}`)
      }
      this.byNetwork.set(n.network.id, names)
      this.reverse.set(n.network.id, reverse)
    }
  }

  // What `name` means to a task attached to `networks` (network ids, in the task's order).
  // `rotate` turns multi-address answers round (a counter the server bumps per query), so
  // successive dnsrr and tasks.NAME answers start at different tasks, as docker shuffles them.
  resolve(networks: readonly string[], name: string, type: 'A' | 'AAAA' | 'PTR', rotate = 0): Resolution {
    const q = normalize(name)
    if (type === 'PTR') return this.resolveAddress(networks, q)
    const isTasks = q.startsWith(TASKS_PREFIX)
    for (const id of networks) {
      const names = this.byNetwork.get(id)
      if (!names) continue
      const e = names.get(q) ?? (isTasks ? names.get(q.slice(TASKS_PREFIX.length)) : undefined)
      if (!e) continue
      // A service named "tasks.x" is its own name first; "tasks.NAME" the tasks of NAME.
      const wantsTasks = !names.has(q)
      if (type === 'AAAA') return { kind: 'nodata' }
      if (!wantsTasks && e.vip) return { kind: 'answer', addresses: [e.vip] }
      if (e.tasks.length === 0) return { kind: 'nodata' }
      const k = rotate % e.tasks.length
      return { kind: 'answer', addresses: [...e.tasks.slice(k), ...e.tasks.slice(0, k)] }
    }
    return { kind: 'forward' }
  }

  // The name of the address a reverse name stands for, on the first of `networks` that has it.
  private resolveAddress(networks: readonly string[], reverseName: string): Resolution {
    const address = reverseAddress(reverseName)
    if (address === null) return { kind: 'forward' }
    for (const id of networks) {
      const name = this.reverse.get(id)?.get(address)
      if (name) return { kind: 'name', name }
    }
    return { kind: 'forward' }
  }
}
