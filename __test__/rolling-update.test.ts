// Rolling updates and rollbacks end to end on a one-node swarm: a real daemon, the real
// CLI, real processes. What is checked is what a user can see: task history and times
// through the API and `service ps`, UpdateStatus through `service inspect`, and the CLI's
// progress output and exit status.
import { after, before, describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { TestDaemon, freePort, pidAlive, waitFor } from './helpers/daemon'

async function tasksOf(d: TestDaemon, service: string): Promise<any[]> {
  const r = await d.api('GET', `/tasks?filters=${encodeURIComponent(JSON.stringify({ service: [service] }))}`)
  assert.equal(r.status, 200, r.text)
  return r.body
}

async function inspect(d: TestDaemon, service: string): Promise<any> {
  const r = await d.api('GET', `/services/${service}`)
  assert.equal(r.status, 200, r.text)
  return r.body
}

const args = (t: any): string[] => t.Spec?.ContainerSpec?.Args ?? []
const image = (t: any): string => t.Spec?.ContainerSpec?.Image ?? ''
const running = (t: any) => t.Status.State === 'running' && t.DesiredState === 'running'
const ms = (iso: string) => Date.parse(iso)

async function create(d: TestDaemon, name: string, replicas: number, ...cmd: string[]): Promise<void> {
  const r = await d.cli('service', 'create', '--detach', '--name', name, '--replicas', String(replicas), '--runtime', 'process', ...cmd)
  assert.equal(r.code, 0, r.stderr)
  await waitFor(`${name} running`, async () => (await tasksOf(d, name)).filter(running).length === replicas)
}

describe('rolling updates on a one-node swarm', () => {
  const d = new TestDaemon('shoal-rolling')
  before(async () => {
    await d.start()
    const r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${await freePort()}`)
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => d.destroy())

  test('parallelism 2 with a delay replaces in waves, and the history shows it', async () => {
    await create(d, 'waves', 5, 'sleep', '300')
    const r = await d.cli('service', 'update', '--update-parallelism', '2', '--update-delay', '1s', '--update-monitor', '300ms', '--args', '301', 'waves')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^waves\n/)
    assert.match(r.stdout, /overall progress: 5 out of 5 tasks/)
    assert.match(r.stdout, /verify: Service converged/)

    const all = await tasksOf(d, 'waves')
    const fresh = all.filter((t) => args(t)[0] === '301')
    assert.equal(fresh.length, 5, 'one new task per slot, no more')
    assert.ok(fresh.every(running))
    // Creation times cluster into waves of 2, 2 and 1, at least `delay` apart.
    const times = fresh.map((t) => ms(t.CreatedAt)).sort((a, b) => a - b)
    const waves: number[][] = []
    for (const t of times) {
      const last = waves.at(-1)
      if (last && t - last[0] < 500) last.push(t)
      else waves.push([t])
    }
    assert.deepEqual(waves.map((w) => w.length), [2, 2, 1], `creation times ${times.map((t) => t - times[0])}`)
    for (let i = 1; i < waves.length; i++) assert.ok(waves[i][0] - waves[i - 1][0] >= 1000, 'the delay separates waves')
    // The old tasks are history: shut down, one per slot.
    const old = all.filter((t) => args(t)[0] === '300')
    assert.equal(old.length, 5)
    assert.ok(old.every((t) => t.DesiredState === 'shutdown' && t.Status.State === 'shutdown'))
    const ps = await d.cli('service', 'ps', 'waves')
    assert.equal(ps.stdout.match(/\\_ waves\.\d\s.*Shutdown\s+Shutdown/g)?.length, 5, ps.stdout)

    await waitFor('update completed', async () => (await inspect(d, 'waves')).UpdateStatus?.State === 'completed')
    const svc = await inspect(d, 'waves')
    assert.equal(svc.UpdateStatus.Message, 'update completed')
    assert.ok(ms(svc.UpdateStatus.CompletedAt) >= ms(svc.UpdateStatus.StartedAt))
    assert.deepEqual(svc.Spec.UpdateConfig, { Parallelism: 2, Delay: 1e9, FailureAction: 'pause', Monitor: 300e6, MaxFailureRatio: 0, Order: 'stop-first' })
    const shown = JSON.parse((await d.cli('service', 'inspect', 'waves')).stdout)[0]
    assert.equal(shown.UpdateStatus.State, 'completed')
  })

  test('start-first keeps at least `replicas` tasks running throughout', async () => {
    await create(d, 'sf', 3, 'sleep', '300')
    const r = await d.cli('service', 'update', '--detach', '--update-order', 'start-first', '--update-monitor', '300ms', '--args', '302', 'sf')
    assert.equal(r.code, 0, r.stderr)
    let minRunning = Infinity
    let polls = 0
    await waitFor(
      'start-first update completed',
      async () => {
        const tasks = await tasksOf(d, 'sf')
        // Processes running, whether or not the manager still wants them.
        minRunning = Math.min(minRunning, tasks.filter((t) => t.Status.State === 'running').length)
        polls++
        return (await inspect(d, 'sf')).UpdateStatus?.State === 'completed'
      },
      30_000,
      20,
    )
    assert.ok(polls > 10, `observed the update ${polls} times`)
    assert.ok(minRunning >= 3, `running dropped to ${minRunning}`)
    const tasks = await tasksOf(d, 'sf')
    assert.equal(tasks.filter(running).length, 3)
    assert.ok(tasks.filter(running).every((t) => args(t)[0] === '302'))
  })

  test('an update to a failing version pauses with the message and leaves the old tasks running', async () => {
    await create(d, 'fp', 4, 'sleep', '300')
    const before = (await tasksOf(d, 'fp')).filter(running)
    const r = await d.cli('service', 'update', '--update-failure-action', 'pause', '--update-monitor', '2s', '--image', '/bin/sh', '--args', "-c 'exit 1'", 'fp')
    assert.equal(r.code, 1, r.stdout)
    assert.match(r.stderr, /^Error: service update paused: update paused due to failure or early termination of task \w{25}\n$/)
    const svc = await inspect(d, 'fp')
    assert.equal(svc.UpdateStatus.State, 'paused')
    const culprit = /task (\w+)/.exec(svc.UpdateStatus.Message)![1]
    const failed = (await tasksOf(d, 'fp')).find((t) => t.ID === culprit)
    assert.equal(image(failed), '/bin/sh')
    assert.equal(failed.Status.State, 'failed')

    // Paused means paused: no further slot is replaced, however long we wait.
    await new Promise((res) => setTimeout(res, 2500))
    const tasks = await tasksOf(d, 'fp')
    const oldRunning = tasks.filter((t) => running(t) && image(t) === 'sleep')
    assert.equal(oldRunning.length, 3, 'three slots still on the old version')
    assert.ok(oldRunning.every((t) => before.some((b) => b.ID === t.ID)), 'the very same tasks')
    assert.equal((await inspect(d, 'fp')).UpdateStatus.State, 'paused')
  })

  test('failure action rollback returns to the previous spec by itself', async () => {
    await create(d, 'fr', 3, 'sleep', '300')
    const r = await d.cli(
      'service', 'update',
      '--update-failure-action', 'rollback', '--update-monitor', '1s',
      '--rollback-parallelism', '0', '--rollback-monitor', '300ms',
      '--image', '/nonexistent/shoal-no-such-binary', 'fr',
    )
    assert.equal(r.code, 0, r.stderr) // as docker: the service converged, on the old spec
    assert.match(r.stdout, /rollback: update rolled back due to failure or early termination of task \w{25}\n/)
    assert.match(r.stdout, /overall progress: rolling back update: 3 out of 3 tasks/)
    assert.match(r.stdout, /verify: Service converged/)
    await waitFor('rollback completed', async () => (await inspect(d, 'fr')).UpdateStatus?.State === 'rollback_completed')
    const svc = await inspect(d, 'fr')
    assert.equal(svc.Spec.TaskTemplate.ContainerSpec.Image, 'sleep')
    assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec.Args, ['300'])
    assert.equal(svc.PreviousSpec, undefined, 'an automatic rollback leaves nothing to roll back to')
    const live = (await tasksOf(d, 'fr')).filter((t) => t.DesiredState === 'running')
    assert.equal(live.length, 3)
    assert.ok(live.every((t) => running(t) && image(t) === 'sleep' && args(t)[0] === '300'))
  })

  test('`service rollback` and `service update --rollback` swap back and forth', async () => {
    await create(d, 'mr', 2, 'sleep', '300')
    let r = await d.cli('service', 'update', '--update-monitor', '300ms', '--args', '301', 'mr')
    assert.equal(r.code, 0, r.stderr)

    r = await d.cli('service', 'rollback', 'mr')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^mr\nrollback: manually requested rollback\n/)
    assert.match(r.stdout, /overall progress: rolling back update: 2 out of 2 tasks/)
    assert.match(r.stdout, /verify: Service converged/)
    let svc = await inspect(d, 'mr')
    assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec.Args, ['300'])
    assert.deepEqual(svc.PreviousSpec.TaskTemplate.ContainerSpec.Args, ['301'])
    assert.match(svc.UpdateStatus.State, /^rollback_(started|completed)$/)
    let live = (await tasksOf(d, 'mr')).filter(running)
    assert.equal(live.length, 2)
    assert.ok(live.every((t) => args(t)[0] === '300'))

    r = await d.cli('service', 'update', '--rollback', '--detach', 'mr')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('rolled forward again', async () => {
      const now = (await tasksOf(d, 'mr')).filter(running)
      return now.length === 2 && now.every((t) => args(t)[0] === '301')
    })
    svc = await inspect(d, 'mr')
    assert.deepEqual(svc.Spec.TaskTemplate.ContainerSpec.Args, ['301'])

    r = await d.cli('service', 'update', '--rollback', '--args', '9', 'mr')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /other flags may not be combined with --rollback/)

    await create(d, 'fresh', 1, 'sleep', '300')
    r = await d.cli('service', 'rollback', 'fresh')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /^Error: service fresh does not have a previous spec\n$/)
  })

  test('--force replaces every task with the same spec', async () => {
    await create(d, 'forced', 2, 'sleep', '300')
    const before = (await tasksOf(d, 'forced')).filter(running)
    const r = await d.cli('service', 'update', '--force', '--update-parallelism', '0', '--update-monitor', '300ms', 'forced')
    assert.equal(r.code, 0, r.stderr)
    const live = (await tasksOf(d, 'forced')).filter(running)
    assert.equal(live.length, 2)
    assert.ok(live.every((t) => !before.some((b) => b.ID === t.ID) && t.Spec.ForceUpdate === 1 && args(t)[0] === '300'))
  })

  test('bad rollout flags are refused before anything is sent', async () => {
    const cases: [string[], RegExp][] = [
      [['--update-failure-action', 'explode'], /invalid --update-failure-action value "explode"/],
      [['--rollback-failure-action', 'rollback'], /invalid --rollback-failure-action value "rollback"/],
      [['--update-max-failure-ratio', '1.5'], /between 0 and 1/],
      [['--update-order', 'sideways'], /invalid --update-order value "sideways"/],
      [['--update-delay', '-1s'], /cannot be negative/],
      [['--update-parallelism', 'x'], /--update-parallelism/],
    ]
    for (const [flags, re] of cases) {
      const r = await d.cli('service', 'update', ...flags, 'waves')
      assert.equal(r.code, 1, flags.join(' '))
      assert.match(r.stderr, re, flags.join(' '))
    }
    // The API validates too (clients other than ours).
    const svc = await inspect(d, 'waves')
    const res = await d.api('POST', `/services/${svc.ID}/update?version=${svc.Version.Index}`, { ...svc.Spec, RollbackConfig: { FailureAction: 'rollback' } })
    assert.equal(res.status, 400)
    assert.match(res.body.message, /invalid rollback failure action "rollback"/)
  })
})

describe('a rolling update across a daemon kill -9', () => {
  const d = new TestDaemon('shoal-rolling-crash')
  before(async () => {
    await d.start()
    const r = await d.cli('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${await freePort()}`)
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => d.destroy())

  test('resumes and completes after the manager restarts', async () => {
    await create(d, 'crash', 4, 'sleep', '300')
    const oldPids = (await tasksOf(d, 'crash')).filter(running).map((t) => t.Status.ContainerStatus.PID)
    const r = await d.cli('service', 'update', '--detach', '--update-parallelism', '1', '--update-delay', '2s', '--update-monitor', '300ms', '--args', '301', 'crash')
    assert.equal(r.code, 0, r.stderr)
    await waitFor('the first wave running', async () => (await tasksOf(d, 'crash')).filter((t) => running(t) && args(t)[0] === '301').length === 1)
    const mid = await inspect(d, 'crash')
    assert.equal(mid.UpdateStatus.State, 'updating')
    assert.equal((await tasksOf(d, 'crash')).filter((t) => running(t) && args(t)[0] === '300').length, 3, 'killed mid-update')

    await d.kill9()
    await d.start()

    await waitFor('update completed after restart', async () => (await inspect(d, 'crash')).UpdateStatus?.State === 'completed', 30_000)
    const tasks = await tasksOf(d, 'crash')
    const live = tasks.filter((t) => t.DesiredState === 'running')
    assert.equal(live.length, 4)
    assert.ok(live.every((t) => running(t) && args(t)[0] === '301'))
    assert.equal(tasks.filter((t) => args(t)[0] === '301').length, 4, 'each slot replaced once')
    const svc = await inspect(d, 'crash')
    assert.equal(ms(svc.UpdateStatus.StartedAt), ms(mid.UpdateStatus.StartedAt), 'the same rollout, resumed')
    await waitFor('old processes gone', () => oldPids.every((p: number) => !pidAlive(p)))
  })
})
