// The top functions of a V8 .cpuprofile (node --cpu-prof) by self time, and the share of
// the profile spent idle, in GC and in the program: where a daemon's CPU went.
import * as fs from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

export function summarizeCpuProfile(file: string, top: number): string {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] }
  const total = prof.samples.length || 1
  const wallS = (prof.endTime - prof.startTime) / 1e6
  const self = new Map<string, number>()
  for (const n of prof.nodes) {
    const f = n.callFrame
    const where = f.url ? `${f.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : ''
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim()
    self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0))
  }
  const idle = self.get('(idle)') ?? 0
  const lines = [`wall ${wallS.toFixed(1)} s, busy ${(((total - idle) / total) * wallS).toFixed(1)} s (${(((total - idle) / total) * 100).toFixed(0)}%)`]
  const sorted = [...self.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)
  for (const [k, hits] of sorted) lines.push(`${((hits / total) * wallS).toFixed(2).padStart(7)} s  ${((hits / (total - idle || 1)) * 100).toFixed(1).padStart(5)}%  ${k}`)
  return lines.join('\n')
}
