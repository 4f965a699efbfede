// The nemesis: faults drawn from a seeded generator, one at a time, each held for a few
// seconds and then healed. Kinds (Jepsen's vocabulary): kill -9 of the leader (most
// often), of another manager, of a worker, each restarted on its data when healed;
// SIGSTOP of the leader or of any member, SIGCONT when healed; partitions by nftables in
// the hosts' namespaces (the leader in the minority, a random split, a bridge: a manager
// that sees both halves of the others, which do not see each other); one-way loss around
// the leader (it hears nobody, or nobody hears it); and, when one manager's data dir is a
// small tmpfs, its disk filled; and, under libfaketime (clock.ts), a member's wall clock
// jumped minutes ahead or back, as an NTP step would. Members that crash while a fault holds are restarted when
// it heals, and said so in the run's report.
import type { ChaosCluster, Member } from './cluster'
import type { Random } from './random'
import { setClockOffset } from './clock'

export const FAULT_KINDS = [
  'kill-leader',
  'kill-manager',
  'kill-worker',
  'pause-leader',
  'pause-member',
  'partition-leader-minority',
  'partition-random',
  'partition-bridge',
  'oneway-leader-deaf',
  'oneway-leader-mute',
  'disk-full',
  'clock-jump',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface Fault {
  kind: FaultKind
  detail: string // who, for the report
  heal(): Promise<void>
}

export class Nemesis {
  // What is in force now, for the client operations' records.
  active: string[] = []
  // Managers that cannot reach a majority of the managers while the fault is in force (a
  // partition's minority side, the leader under one-way loss): no leader answers them, and
  // only a client's retry at another manager helps (the run's retry counts say which).
  cutOff = new Set<string>()

  // `only`: the kinds this run may inject (`npm run chaos -- --faults a,b`); all by default.
  constructor(private readonly cluster: ChaosCluster, private readonly rng: Random, private readonly only: readonly FaultKind[] | null = null) {}

  weights(): Partial<Record<FaultKind, number>> {
    const c = this.cluster
    const tmpfs = c.managerMembers.some((m) => m.tmpfs)
    const all: Record<FaultKind, number> = {
      'kill-leader': 4,
      'kill-manager': c.managers > 1 ? 1 : 0,
      'kill-worker': c.workers > 0 ? 2 : 0,
      'pause-leader': 2,
      'pause-member': 1,
      'partition-leader-minority': 2,
      'partition-random': 2,
      'partition-bridge': c.managers >= 3 ? 1 : 0,
      'oneway-leader-deaf': 1,
      'oneway-leader-mute': 1,
      'disk-full': tmpfs ? 1 : 0,
      'clock-jump': c.faketime ? 2 : 0,
    }
    if (!this.only) return all
    return Object.fromEntries(FAULT_KINDS.map((k) => [k, this.only!.includes(k) ? all[k] : 0]))
  }

  async inject(kind: FaultKind = this.rng.weighted(this.weights())): Promise<Fault> {
    const c = this.cluster
    const managers = c.managerMembers
    const leader = (await c.leader()) ?? this.rng.pick(managers)
    const others = (xs: Member[], not: Member[]) => xs.filter((m) => !not.includes(m))
    let fault: Fault
    switch (kind) {
      case 'kill-leader':
      case 'kill-manager':
      case 'kill-worker': {
        const m = kind === 'kill-leader' ? leader : kind === 'kill-manager' ? this.rng.pick(others(managers, [leader])) : this.rng.pick(c.members.filter((x) => x.role === 'worker'))
        await m.daemon.kill9()
        fault = { kind, detail: m.name, heal: async () => void (c.closed || (await m.daemon.start())) }
        break
      }
      case 'pause-leader':
      case 'pause-member': {
        const m = kind === 'pause-leader' ? leader : this.rng.pick(c.members)
        m.daemon.pause()
        fault = { kind, detail: m.name, heal: async () => m.daemon.resume() }
        break
      }
      case 'partition-leader-minority':
      case 'partition-random': {
        // The minority: fewer than half the managers (the leader among them, or drawn),
        // and a random share of the workers.
        const size = Math.floor((managers.length - 1) / 2) || 1
        const pool = kind === 'partition-leader-minority' ? [leader, ...this.rng.shuffle(others(managers, [leader]))] : this.rng.shuffle(managers)
        const minority = [...pool.slice(0, size), ...c.members.filter((m) => m.role === 'worker' && this.rng.int(0, 1) === 1)]
        fault = this.partition(kind, [minority, others(c.members, minority)])
        break
      }
      case 'partition-bridge': {
        const [bridge, ...rest] = this.rng.shuffle(managers)
        const half = Math.ceil(rest.length / 2)
        const a = [...rest.slice(0, half)]
        const b = [...rest.slice(half)]
        for (const w of c.members.filter((m) => m.role === 'worker')) (this.rng.int(0, 1) ? a : b).push(w)
        // a and b do not see each other; the bridge sees both.
        fault = this.partition(kind, [a, b], bridge)
        break
      }
      case 'oneway-leader-deaf':
      case 'oneway-leader-mute': {
        const rest = others(c.members, [leader]).map((m) => m.host.addr)
        c.net.block(leader.host, rest, { inbound: kind === 'oneway-leader-deaf', outbound: kind === 'oneway-leader-mute' })
        fault = { kind, detail: leader.name, heal: async () => c.net.heal(leader.host) }
        this.cutOff = new Set([leader.name])
        break
      }
      case 'clock-jump': {
        // The leader or any member; 30 s to 10 min ahead, or 30 s to 5 min back.
        const m = this.rng.int(0, 1) ? leader : this.rng.pick(c.members)
        const seconds = this.rng.int(0, 2) ? this.rng.int(30, 600) : -this.rng.int(30, 300)
        setClockOffset(m.clockFile!, seconds)
        fault = { kind, detail: `${m.name} ${seconds > 0 ? '+' : ''}${seconds} s`, heal: async () => setClockOffset(m.clockFile!, 0) }
        break
      }
      case 'disk-full': {
        const m = managers.find((x) => x.tmpfs)!
        c.fill(m)
        fault = { kind, detail: m.name, heal: async () => c.unfill(m) }
        break
      }
    }
    this.active = [kind]
    return fault
  }

  // Two sides that do not reach each other (every member in one of them, or the bridge).
  private partition(kind: FaultKind, [a, b]: [Member[], Member[]], bridge?: Member): Fault {
    const net = this.cluster.net
    for (const [side, other] of [[a, b], [b, a]]) for (const m of side) net.block(m.host, other.map((o) => o.host.addr), { inbound: true, outbound: true })
    const names = (xs: Member[]) => xs.map((m) => m.name).join(',')
    const managers = (xs: Member[]) => xs.filter((m) => m.role === 'manager')
    const majority = Math.floor(managers(this.cluster.members).length / 2) + 1
    this.cutOff = new Set(
      [a, b].filter((side) => managers(side).length + (bridge ? 1 : 0) < majority).flatMap((side) => managers(side).map((m) => m.name)),
    )
    return {
      kind,
      detail: `${names(a)} | ${names(b)}${bridge ? ` (bridge ${bridge.name})` : ''}`,
      heal: async () => {
        for (const m of [...a, ...b]) net.heal(m.host)
      },
    }
  }

  // Heals a fault; members found dead meanwhile (crashed, not killed by the fault) are
  // restarted, and returned with the end of their log.
  async heal(fault: Fault): Promise<{ member: string; log: string }[]> {
    await fault.heal()
    this.active = []
    this.cutOff = new Set()
    const crashed: { member: string; log: string }[] = []
    if (this.cluster.closed) return crashed
    for (const m of this.cluster.members) {
      const p = m.daemon.proc
      if (p && p.exitCode === null && p.signalCode === null) continue
      crashed.push({ member: m.name, log: m.daemon.log.slice(-2000) })
      m.daemon.proc = null
      await m.daemon.start()
    }
    return crashed
  }
}
