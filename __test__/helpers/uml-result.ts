// How every driver run inside user-mode-linux (ipvs-uml-driver.ts, mesh-uml-driver.ts)
// ends, whatever happened in it: a failure recorded in `out`, the backends it started
// killed, and every observation written as JSON to process.env.RESULT for the host-side
// test to judge.
import type { ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'

export async function recordRun(out: Record<string, unknown>, children: ChildProcess[], run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (e: any) {
    out.error = `${e.code ?? ''} ${e.stack ?? e}`
  } finally {
    for (const c of children) c.kill('SIGKILL')
    writeFileSync(process.env.RESULT!, JSON.stringify(out, null, 1))
  }
}
