// A real replicated store (the Rust RaftStore, one member, on a temp dir) for tests of
// what runs on top of it.
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { RaftStore } from '../../src/native'
import { ClusterStore, type WriteBatch } from '../../src/manager/store'

export interface TestStore {
  raft: RaftStore
  store: ClusterStore
  // Commits, waiting out the few ticks a fresh single-member cluster takes to elect itself.
  commit(batch: WriteBatch): Promise<number>
  close(): Promise<void>
}

// Commits, waiting out the few ticks a fresh (or reopened) single-member cluster takes to
// elect itself.
export async function commitOnceLeading(store: ClusterStore, batch: WriteBatch): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.commit(batch)
    } catch (err) {
      if ((err as { code?: string }).code !== 'Unavailable' || attempt > 100) throw err
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

export function openTestStore(prefix: string): TestStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const raft = RaftStore.open({ dataDir: dir, key: randomBytes(32), nodeId: 1, peers: [1], snapshotInterval: 1_000_000 })
  // Shared objects frozen whole whatever SHOAL_FREEZE_SHARED says: a component under test
  // that edits one in place fails.
  const store = new ClusterStore(raft, { freezeShared: true })
  return {
    raft,
    store,
    commit: (batch) => commitOnceLeading(store, batch),
    async close() {
      await raft.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
