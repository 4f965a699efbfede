// The swarm fuzzing runs against: one real daemon on temp dirs, a one-node swarm whose task
// limit is small (an accepted random service asks for at most 20 tasks, process tasks
// that start and are removed again), holding the standing objects the cases edit.
import { TestDaemon, freePort, request } from '../../__test__/helpers/daemon'
import { prepareSwarm } from './api'

export const FUZZ_TASK_LIMIT = 20

export async function startFuzzSwarm(name = 'shoal-fuzz'): Promise<TestDaemon> {
  const d = new TestDaemon(name)
  try {
    await d.start()
    const listen = `127.0.0.1:${await freePort()}`
    const r = await request(d.socket, 'POST', '/swarm/init', { ListenAddr: listen, Spec: { Orchestration: { TaskLimit: FUZZ_TASK_LIMIT } } })
    if (r.status !== 200) throw new Error(`swarm init answered ${r.status}: ${r.text}`)
    await prepareSwarm(d.socket)
    return d
  } catch (err) {
    await d.destroy()
    throw err
  }
}
