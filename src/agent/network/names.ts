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
//   not forwarded, so it cannot leak to the outside.
import type { LoadBalancerState } from './types'

export type Resolution =
  | { kind: 'answer'; addresses: string[] } // A records, in the order to give them
  | { kind: 'nodata' } // known here, no address of the asked type: an empty NOERROR answer
  | { kind: 'forward' } // not ours: ask the host's resolvers

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

  constructor(state: LoadBalancerState) {
    for (const n of state.networks) {
      if (n.network.ingress) continue
      const names = new Map<string, Entry>()
      for (const s of n.services) {
        const entry: Entry = {
          vip: s.endpointMode === 'vip' ? s.vip : '',
          tasks: s.tasks.filter((t) => t.active && t.address).map((t) => t.address),
        }
        for (const name of [s.serviceName, ...s.aliases]) if (name) names.set(normalize(name), entry)
      }
      this.byNetwork.set(n.network.id, names)
    }
  }

  // What `name` means to a task attached to `networks` (network ids, in the task's order).
  // `rotate` turns multi-address answers round (a counter the server bumps per query), so
  // successive dnsrr and tasks.NAME answers start at different tasks, as docker shuffles them.
  resolve(networks: readonly string[], name: string, type: 'A' | 'AAAA', rotate = 0): Resolution {
    const q = normalize(name)
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
}
