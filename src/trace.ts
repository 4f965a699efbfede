// Start-up tracing: where the time goes between `service create` and a task answering.
// Off unless the daemon's environment has SHOAL_TRACE=1; then each step of a task's way
// (the API's write, the store's commits of the task's states, the dispatcher's send, the
// agent's attach, prepare and start, the status report, each node's balancer taking the
// task) is one line on the daemon's stderr:
//     shoal-trace <wall-clock ms, 0.1 ms> <step> <id> [detail]
// Wall-clock, so the lines of daemons on one machine line up (bench/mesh.ts --trace reads
// them back). Off, `trace` is one test of a constant; call sites that would build strings
// or walk lists for it test `TRACING` first, so an untraced daemon does no work for it.
export const TRACING = process.env.SHOAL_TRACE === '1'

export function trace(step: string, id: string, detail?: string): void {
  if (!TRACING) return
  const at = (performance.timeOrigin + performance.now()).toFixed(1)
  process.stderr.write(`shoal-trace ${at} ${step} ${id}${detail ? ` ${detail}` : ''}\n`)
}

// A trace line read back: what `trace` wrote.
export interface TraceLine {
  at: number
  step: string
  id: string
  detail: string
}

export function parseTrace(text: string): TraceLine[] {
  const out: TraceLine[] = []
  for (const m of text.matchAll(/^shoal-trace (\d+(?:\.\d+)?) (\S+) (\S+) ?(.*)$/gm)) {
    out.push({ at: Number(m[1]), step: m[2], id: m[3], detail: m[4] })
  }
  return out
}
