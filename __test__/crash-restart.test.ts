// Crash points under load, end to end: a manager taking concurrent writes is killed
// (SIGKILL) at seeded random moments, with a snapshot (and a compaction of the log) every
// 25 entries so that kills land in appends, snapshot writes and compactions alike, and
// restarted on its data each time. Every write acknowledged before a kill is there after
// the restart, once. Then a committed entry in the middle of the log is damaged: the
// daemon refuses to start, naming the file and the offset. (crates/shoal-log's
// crash_tests.rs cuts the files at every such point; this is the same through a real
// process.)
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Random } from '../chaos/random'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

const spec = (name: string) => ({ Name: name, TaskTemplate: { Runtime: 'process', ContainerSpec: { Image: 'true' } }, Mode: { Replicated: { Replicas: 0 } } })
const ROUNDS = 8
const WRITERS = 4

describe('SIGKILL under load, restart on the same data', () => {
  const d = new TestDaemon('shoal-crash')
  const acked: string[] = []
  const rng = new Random(15)

  const names = async (): Promise<string[]> => {
    const r = await d.api('GET', '/services')
    assert.equal(r.status, 200, r.text)
    return (r.body as any[]).map((s) => s.Spec.Name)
  }

  before(async () => {
    await d.start()
    // Not the default port 2377, which another test run on the machine may hold.
    const addr = `127.0.0.1:${await freePort()}`
    let r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
    r = await d.cli('swarm', 'update', '--snapshot-interval', '25')
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => d.destroy())

  test(`${ROUNDS} kills at random points of a write load lose no acknowledged write`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      let stop = false
      // Writers: one create at a time each, until the daemon dies under them.
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let n = 0; !stop; n++) {
          const name = `r${round}-w${w}-${n}`
          try {
            if ((await d.api('POST', '/services/create', spec(name))).status === 201) acked.push(name)
          } catch {
            return // the daemon is gone: the write was not acknowledged
          }
        }
      })
      await new Promise((r) => setTimeout(r, rng.int(150, 900)))
      await d.kill9()
      stop = true
      await Promise.all(writers)
      await d.start()
      const have = await waitFor('the manager leads again', async () => ((await d.api('GET', '/info')).body?.Swarm?.Raft?.Role === 'leader' ? names() : null), 30_000)
      const set = new Set(have)
      assert.equal(set.size, have.length, `round ${round}: a service twice`)
      const lost = acked.filter((a) => !set.has(a))
      assert.deepEqual(lost, [], `round ${round}: acknowledged writes lost`)
    }
    // Enough writes and snapshots for the kills to have landed among them.
    assert.ok(acked.length >= ROUNDS * 5, `only ${acked.length} writes acknowledged`)
    assert.ok(fs.readdirSync(path.join(d.dir, 'data', 'raft')).some((f) => f.endsWith('.snap')), 'snapshots were taken')
  })

  test('a damaged committed entry: the daemon refuses to start, naming file and offset', async () => {
    await d.stop()
    const raft = path.join(d.dir, 'data', 'raft')
    const seg = fs.readdirSync(raft).filter((f) => f.endsWith('.seg')).sort().pop()!
    const file = path.join(raft, seg)
    const raw = fs.readFileSync(file)
    // A byte inside the first record after the segment's header (a valid record follows).
    raw[Math.min(80, raw.length >> 1)] ^= 0x5a
    fs.writeFileSync(file, raw)
    d.log = '' // only what this start says (earlier starts may have reported torn tails cut)
    await assert.rejects(d.start(), (err: Error) => {
      assert.match(err.message, new RegExp(`${seg.replace(/\./g, '\\.')}.*offset \\d+|offset \\d+.*${seg.replace(/\./g, '\\.')}`))
      return true
    })
  })
})
