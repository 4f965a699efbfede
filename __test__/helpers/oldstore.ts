// Writes into a stopped manager's data directory what an older shoal could have stored
// (e.g. a service of 99,999,999,999 replicas, which the API now refuses): the manager's own
// Raft log opened in-process, the object written through the store as any write is.
import * as path from 'node:path'
import { KeyFiles } from '../../src/daemon/keys'
import { loadSwarmState } from '../../src/daemon/state'
import { Manager } from '../../src/manager/manager'
import { WriteBatch, type StoreView } from '../../src/manager/store'
import { commitOnceLeading } from './store'

// `dataDir`: the daemon's --data-dir (the daemon must not be running: the log is locked).
export async function writeAsOlderVersion(dataDir: string, write: (batch: WriteBatch, view: StoreView) => void): Promise<void> {
  const state = loadSwarmState(dataDir)
  if (!state || state.role !== 'manager') throw new Error(`${dataDir} holds no manager`)
  const keys = new KeyFiles(path.join(dataDir, 'certificates'))
  const mgr = Manager.open({ dataDir, raftId: state.raftId, addr: state.advertiseAddr, join: state.joined, raftKey: keys.raftKey() })
  try {
    // The write is retried while the reopened one-member group elects itself.
    for (let attempt = 0; ; attempt++) {
      const view = mgr.store.view()
      const batch = new WriteBatch()
      write(batch, view)
      try {
        await commitOnceLeading(mgr.store, batch)
        return
      } catch (err) {
        if (attempt > 20) throw err
      }
    }
  } finally {
    await mgr.close()
  }
}
