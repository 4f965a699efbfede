// Jobs (docker's swarm jobs): `--mode replicated-job` runs --replicas completions, at most
// --max-concurrent at a time, and never runs a completed task again; `--mode global-job`
// runs one task per node to completion; `service update --force` runs a job again as a new
// iteration. A real daemon, process-runtime tasks, the CLI as a user runs it.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TestDaemon, startSwarm, waitFor } from './helpers/daemon'

const filters = (f: Record<string, string[]>) => encodeURIComponent(JSON.stringify(f))

describe('jobs', () => {
  const d = new TestDaemon('shoal-jobs')
  const tasksOf = async (service: string): Promise<any[]> => {
    const r = await d.api('GET', `/tasks?filters=${filters({ service: [service] })}`)
    assert.equal(r.status, 200, r.text)
    return r.body
  }
  const inspect = async (service: string): Promise<any> => {
    const r = await d.api('GET', `/services/${service}`)
    assert.equal(r.status, 200, r.text)
    return r.body
  }

  before(() => startSwarm(d))
  after(() => d.destroy())

  test('a replicated job completes --replicas tasks, --max-concurrent at a time, and stops', async () => {
    const r = await d.cli('service', 'create', '--name', 'batch', '--mode', 'replicated-job', '--replicas', '5', '--max-concurrent', '2', '--runtime', 'process', '--detach', 'sh', '-c', 'sleep 0.3')
    assert.equal(r.code, 0, r.stderr)
    const spec = (await inspect('batch')).Spec
    assert.deepEqual(spec.Mode, { ReplicatedJob: { MaxConcurrent: 2, TotalCompletions: 5 } })
    // None stored (none was given, as docker's); in effect (insertDefaults): on-failure.
    assert.equal(spec.TaskTemplate.RestartPolicy, undefined)
    assert.equal((await d.api('GET', '/services/batch?insertDefaults=true')).body.Spec.TaskTemplate.RestartPolicy.Condition, 'on-failure')
    let most = 0
    const done = await waitFor('five tasks completed', async () => {
      const tasks = await tasksOf('batch')
      most = Math.max(most, tasks.filter((t) => t.Status.State === 'running' || t.Status.State === 'starting').length)
      return tasks.filter((t) => t.Status.State === 'complete').length === 5 ? tasks : null
    }, 60_000, 50)
    assert.ok(most <= 2, `${most} tasks ran at once`)
    assert.deepEqual(done.map((t) => t.Slot).sort(), [1, 2, 3, 4, 5])
    assert.ok(done.every((t) => t.DesiredState === 'complete' && t.JobIteration.Index === 1))
    const job = (await inspect('batch')).JobStatus
    assert.equal(job.JobIteration.Index, 1)
    assert.ok(Date.parse(job.LastExecution) > 0)

    // Completed tasks are not run again: the pass the last completion triggers adds nothing.
    const again = await d.cli('service', 'create', '--name', 'marker', '--mode', 'replicated-job', '--runtime', 'process', 'true')
    assert.equal(again.code, 0, again.stderr)
    assert.equal((await tasksOf('batch')).length, 5)

    const ls = await d.cli('service', 'ls')
    assert.equal(ls.code, 0, ls.stderr)
    const row = ls.stdout.split('\n').find((l) => / batch /.test(l))
    assert.match(row ?? '', /replicated job\s+0\/0 \(5\/5 completed\)/)
    const ps = await d.cli('service', 'ps', 'batch')
    assert.equal(ps.code, 0, ps.stderr)
    assert.equal(ps.stdout.split('\n').filter((l) => /batch\.\d\s.*Complete\s+Complete/.test(l)).length, 5, ps.stdout)
  })

  test('service update --force runs the job again as a new iteration', async () => {
    const r = await d.cli('service', 'update', '--force', '--detach', 'batch')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('the second iteration completed', async () => {
      const tasks = await tasksOf('batch')
      return tasks.filter((t) => t.JobIteration.Index === 2 && t.Status.State === 'complete').length === 5
    }, 60_000)
    assert.equal((await inspect('batch')).JobStatus.JobIteration.Index, 2)
    const ls = await d.cli('service', 'ls')
    assert.match(ls.stdout.split('\n').find((l) => / batch /.test(l)) ?? '', /0\/0 \(5\/5 completed\)/)
  })

  test('service scale sets a replicated job\'s completions and runs it again', async () => {
    const r = await d.cli('service', 'scale', 'batch=3')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /job progress: 3 out of 3 complete/)
    const s = await inspect('batch')
    assert.deepEqual([s.Spec.Mode.ReplicatedJob.TotalCompletions, s.JobStatus.JobIteration.Index], [3, 3])
    assert.equal((await tasksOf('batch')).filter((t) => t.JobIteration.Index === 3 && t.Status.State === 'complete').length, 3)
  })

  test('service create waits until the job has completed', async () => {
    const r = await d.cli('service', 'create', '--name', 'waited', '--mode', 'replicated-job', '--replicas', '3', '--runtime', 'process', 'sh', '-c', 'sleep 0.1')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /job progress: 3 out of 3 complete/)
    assert.equal((await tasksOf('waited')).filter((t) => t.Status.State === 'complete').length, 3)
  })

  test('a failed job task is replaced under on-failure until it succeeds', async () => {
    // Fails the first time it runs in its slot, succeeds the second.
    const flag = `${d.dir}/failed-once`
    const r = await d.cli('service', 'create', '--name', 'flaky', '--mode', 'replicated-job', '--restart-delay', '100ms', '--runtime', 'process', '--detach', 'sh', '-c', `if [ -e ${flag} ]; then exit 0; fi; touch ${flag}; exit 3`)
    assert.equal(r.code, 0, r.stderr)
    const tasks = await waitFor('completed after one failure', async () => {
      const t = await tasksOf('flaky')
      return t.some((x) => x.Status.State === 'complete') ? t : null
    }, 30_000)
    assert.equal(tasks.length, 2)
    assert.equal(tasks.filter((t) => t.Status.State === 'failed').length, 1)
  })

  test('a global job runs once on every node', async () => {
    const r = await d.cli('service', 'create', '--name', 'sweep', '--mode', 'global-job', '--runtime', 'process', 'true')
    assert.equal(r.code, 0, r.stderr)
    const tasks = await tasksOf('sweep')
    assert.equal(tasks.length, 1)
    assert.equal(tasks[0].Status.State, 'complete')
    assert.deepEqual((await inspect('sweep')).Spec.Mode, { GlobalJob: {} })
    const scale = await d.cli('service', 'scale', 'sweep=2')
    assert.equal(scale.code, 1)
    assert.match(scale.stderr, /scale can only be used with replicated or replicated-job mode/)
    const ls = await d.cli('service', 'ls')
    assert.match(ls.stdout.split('\n').find((l) => / sweep /.test(l)) ?? '', /global job\s+0\/0 \(1\/1 completed\)/)
  })

  test('bad job options are refused, nothing is created', async () => {
    const any = await d.cli('service', 'create', '--name', 'bad1', '--mode', 'replicated-job', '--restart-condition', 'any', '--runtime', 'process', 'true')
    assert.equal(any.code, 1)
    assert.match(any.stderr, /restart condition "any" cannot be used with a job/)
    const upd = await d.cli('service', 'create', '--name', 'bad2', '--mode', 'global-job', '--update-parallelism', '2', '--runtime', 'process', 'true')
    assert.equal(upd.code, 1)
    assert.match(upd.stderr, /UpdateConfig cannot be used with a job/)
    const mc = await d.cli('service', 'create', '--name', 'bad3', '--max-concurrent', '2', '--runtime', 'process', 'true')
    assert.equal(mc.code, 1)
    assert.match(mc.stderr, /max-concurrent can only be used with replicated-job mode/)
    const rep = await d.cli('service', 'create', '--name', 'bad4', '--mode', 'global-job', '--replicas', '2', '--runtime', 'process', 'true')
    assert.equal(rep.code, 1)
    const ls = await d.api('GET', '/services')
    assert.ok(!ls.body.some((s: any) => /^bad/.test(s.Spec.Name)))
  })
})

describe('a global job on two nodes', () => {
  const m = new TestDaemon('shoal-jobs-m', ['--hostname', 'jm'])
  const w = new TestDaemon('shoal-jobs-w', ['--hostname', 'jw'])

  before(async () => {
    await Promise.all([startSwarm(m), w.start()])
    const join = (await m.cli('swarm', 'join-token', 'worker')).stdout
    const [, token, addr] = /--token (\S+) (\S+)/.exec(join) ?? []
    const r = await w.cli('swarm', 'join', '--token', token, addr)
    assert.equal(r.code, 0, r.stderr)
    await waitFor('two nodes ready', async () => (await m.api('GET', '/nodes')).body.filter((n: any) => n.Status.State === 'ready').length === 2, 20_000)
  })
  after(() => Promise.all([w.destroy(), m.destroy()]))

  test('runs once on each node, with that node in its templates', async () => {
    const out = path.join(m.dir, 'ran-on')
    fs.mkdirSync(out)
    const r = await m.cli('service', 'create', '--name', 'everywhere', '--mode', 'global-job', '-e', 'HOST={{.Node.Hostname}}', '--runtime', 'process', 'sh', '-c', `touch ${out}/$HOST`)
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /job progress: 2 out of 2 complete/)
    assert.deepEqual(fs.readdirSync(out).sort(), ['jm', 'jw'])
    const tasks = (await m.api('GET', `/tasks?filters=${filters({ service: ['everywhere'] })}`)).body
    assert.equal(new Set(tasks.map((t: any) => t.NodeID)).size, 2)
    assert.ok(tasks.every((t: any) => t.Status.State === 'complete'))
    const ls = await m.cli('service', 'ls', '--filter', 'name=everywhere', '--format', '{{.Mode}} {{.Replicas}}')
    assert.equal(ls.stdout, 'global job 0/0 (2/2 completed)\n')
  })
})
