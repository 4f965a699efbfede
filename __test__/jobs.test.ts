// Jobs (docker's swarm jobs): `--mode replicated-job` runs --replicas completions, at most
// --max-concurrent at a time, and never runs a completed task again; `--mode global-job`
// runs one task per node to completion; `service update --force` runs a job again as a new
// iteration. A real daemon, process-runtime tasks, the CLI as a user runs it.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, waitFor } from './helpers/daemon'

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

  before(async () => {
    await d.start()
    const addr = `127.0.0.1:${await freePort()}`
    const r = await d.cli('swarm', 'init', '--listen-addr', addr, '--advertise-addr', addr)
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => d.destroy())

  test('a replicated job completes --replicas tasks, --max-concurrent at a time, and stops', async () => {
    const r = await d.cli('service', 'create', '--name', 'batch', '--mode', 'replicated-job', '--replicas', '5', '--max-concurrent', '2', '--runtime', 'process', '--detach', 'sh', '-c', 'sleep 0.3')
    assert.equal(r.code, 0, r.stderr)
    const spec = (await inspect('batch')).Spec
    assert.deepEqual(spec.Mode, { ReplicatedJob: { MaxConcurrent: 2, TotalCompletions: 5 } })
    assert.equal(spec.TaskTemplate.RestartPolicy.Condition, 'on-failure')
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
