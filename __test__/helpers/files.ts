// Looking for data on disk: what a test of secrets or configs checks was (or was not)
// written where.
import * as fs from 'node:fs'
import * as path from 'node:path'

// Every file under dir (recursively) whose bytes contain needle.
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = []
  const want = Buffer.from(needle)
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile() && fs.readFileSync(p).includes(want)) hits.push(p)
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return hits
}
