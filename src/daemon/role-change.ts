// A node's role changing under it: a worker promoted by `node promote` becomes a manager
// that joins the Raft group; a manager demoted by `node demote` becomes a worker once it
// is out of the group. Both are membership changes, serialized with init, join and leave.
import type { Manager } from '../manager/manager'
import { MANAGER_ROLE } from '../manager/ca/identity'
import { newRaftId } from '../manager/ids'
import { requestRenewal } from '../rpc/renewal'
import type { SwarmComponents } from './components'
import type { NodeContext } from './context'
import type { SwarmState } from './state'

// How long a demoted follower keeps voting (see checkDemoted): a few election timeouts.
const DEMOTION_GRACE_MS = 5000

export class RoleChanges {
  private promoting = false
  private demoting = false
  private demotedSince: number | null = null

  constructor(
    private readonly ctx: NodeContext,
    private readonly components: SwarmComponents,
  ) {}

  // A promoted worker (node promote, seen in a heartbeat answer): gets a manager
  // certificate for a new key (NodeCA.RenewNodeCertificate, authorised by its current
  // certificate, the role taken from the store), then starts as a manager that joins the
  // Raft group (Raft.Join), keeping its tasks (the agent adopts them). If that fails it
  // goes back to being a worker; the next heartbeat tries again.
  promote(state: SwarmState): void {
    if (this.promoting || this.ctx.state?.nodeId !== state.nodeId || this.ctx.state.role !== 'worker') return
    this.promoting = true
    void this.ctx.serialize(async () => {
      const cur = this.ctx.state
      if (!cur || cur.role !== 'worker' || cur.nodeId !== state.nodeId) return
      const rootPem = this.ctx.files.readTrust()
      const renewed = await requestRenewal(cur.managers ?? [], rootPem, this.ctx.files.readIdentity(), MANAGER_ROLE)
      await this.components.stop()
      this.ctx.files.removeRaft()
      this.ctx.files.saveIdentity(renewed.identity)
      const next: SwarmState = { ...cur, role: 'manager', raftId: newRaftId(), joined: true }
      this.ctx.setState(next)
      try {
        await this.components.start(next, true)
      } catch (err) {
        await this.components.stop().catch(() => undefined)
        this.ctx.files.removeRaft()
        this.ctx.setState(cur)
        await this.components.startWorker(cur)
        throw err
      }
    })
      .catch((err) => console.error(`becoming a manager after promotion failed: ${(err as Error).message}`))
      .finally(() => (this.promoting = false))
  }

  // A demoted manager (node update --role worker, written through the leader) becomes a
  // worker once it is out of the Raft group, or is no longer the leader (the leader
  // removes the member; a removed follower may never learn of it, so the role in the
  // store, replicated while it was still a member, is the signal). Its Raft data goes:
  // a former member must not come back with old state.
  checkDemoted(mgr: Manager, state: SwarmState): void {
    if (this.components.mgr !== mgr || this.demoting) return
    const own = mgr.store.view().get('nodes', state.nodeId)
    // This incarnation's demotion only: a promoted node replaying the log passes through
    // its earlier demotion (role worker, an older or no raft id) on the way.
    if (own?.spec?.role !== 'worker' || Number(own.managerStatus?.raftId ?? 0) !== state.raftId) {
      this.demotedSince = null
      return
    }
    const member = mgr.raft.members().some((m) => m.id === state.raftId)
    if (mgr.isLeader() && member) return
    // A follower's removal may need its own vote to commit (two managers, one demoted):
    // it stays until its applied configuration no longer has it or, since a removed
    // follower may never learn that, for DEMOTION_GRACE_MS after it saw the new role.
    if (member) {
      this.demotedSince ??= Date.now()
      if (Date.now() - this.demotedSince < DEMOTION_GRACE_MS) return
    }
    this.demotedSince = null
    this.demoting = true
    const managers = [...new Set([...mgr.raft.members().map((m) => m.context.toString('utf8')), ...(state.managers ?? [])])].filter((a) => a && a !== state.advertiseAddr)
    void this.ctx.serialize(async () => {
      if (this.components.mgr !== mgr) return
      await this.components.stop()
      this.ctx.files.removeRaft()
      mgr.secretsKey.forget() // workers never hold it
      this.ctx.files.keys.rewrap(null) // nor lock their key
      this.ctx.files.keys.reset() // nor have a Raft log to encrypt
      const next: SwarmState = { ...state, role: 'worker', raftId: 0, joined: undefined, managers }
      this.ctx.setState(next)
      await this.components.startWorker(next)
    })
      .catch((err) => console.error(`becoming a worker after demotion failed: ${(err as Error).message}`))
      .finally(() => (this.demoting = false))
  }
}
