// Progress of a job (docker's swarm jobs) while `service create|update` waits on it: the
// current iteration's tasks, done once they have all completed (replicated: the total
// completions; global: every node's task), as docker's job progress.
import type { Service, Task } from '../api/client'
import type { Observation, ProgressLine, Updater } from './progress'

export const isJob = (service: Service): boolean => !!(service.Spec.Mode?.ReplicatedJob || service.Spec.Mode?.GlobalJob)

export class JobUpdater implements Updater {
  update({ service, tasks }: Observation): { converged: boolean; lines: ProgressLine[] } {
    const iteration = service.JobStatus?.JobIteration?.Index
    const current = tasks.filter((t: Task) => iteration === undefined || t.JobIteration?.Index === iteration)
    const completed = current.filter((t) => t.Status?.State === 'complete').length
    const running = current.filter((t) => t.Status?.State === 'running').length
    const failed = current.filter((t) => ['failed', 'rejected'].includes(String(t.Status?.State ?? ''))).length
    const global = !!service.Spec.Mode?.GlobalJob
    // A global job's tasks tell how many nodes run it (the CLI can't judge constraints).
    const total = global ? current.filter((t) => t.DesiredState !== 'shutdown' || t.Status?.State === 'complete').length : Number(service.Spec.Mode?.ReplicatedJob?.TotalCompletions ?? 0)
    if (global && total === 0) return { converged: false, lines: [{ id: 'job progress', text: 'waiting for new tasks' }] }
    const lines: ProgressLine[] = [{ id: 'job progress', text: `${completed} out of ${total} complete` }]
    lines.push({ id: 'active tasks', text: `${running} out of ${global ? total - completed : Math.min(Number(service.Spec.Mode?.ReplicatedJob?.MaxConcurrent ?? 1) || 1, total - completed)} tasks${failed > 0 ? ` (${failed} failed)` : ''}` })
    return { converged: completed >= total, lines }
  }
}
