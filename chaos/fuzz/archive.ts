// Fuzzing `image load` (issue 15): image archives as `docker save` writes them, damaged —
// truncated, bytes flipped, manifest.json edited (paths that escape, missing or wrong
// fields), members renamed — sent to POST /images/load of a real daemon on a private
// containerd. Every answer is definite (loaded, or a 4xx naming what was wrong; never a
// 500 or a dropped connection), the daemon keeps answering, no temporary file stays
// behind, and an archive that was refused adds no image.
import * as fs from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { buildBusyboxImage, sha256, tar, type BuiltImage, type TarEntry } from '../../__test__/helpers/containerd'
import type { TestDaemon } from '../../__test__/helpers/daemon'
import { rawRequest } from './api'
import { applyEdits, edgeString, jsonEdit, type JsonEdit } from './values'

// The members of a `docker save` archive of `image`, as entries to damage and re-pack.
export function saveEntries(image: BuiltImage, tags: string[]): TarEntry[] {
  const configName = `${sha256(image.config).slice(7)}.json`
  const layerDir = sha256(image.layer).slice(7, 19)
  return [
    { name: configName, type: 'file', mode: 0o644, data: image.config },
    { name: `${layerDir}/`, type: 'dir', mode: 0o755 },
    { name: `${layerDir}/layer.tar`, type: 'file', mode: 0o644, data: image.layer },
    { name: 'manifest.json', type: 'file', mode: 0o644, data: Buffer.from(JSON.stringify([{ Config: configName, RepoTags: tags, Layers: [`${layerDir}/layer.tar`] }])) },
  ]
}

export type ArchiveCase =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; flips: { at: number; byte: number }[] }
  | { kind: 'manifest'; edits: JsonEdit[] }
  | { kind: 'config'; edits: JsonEdit[] }
  | { kind: 'rename'; member: number; name: string }

export const archiveCase: fc.Arbitrary<ArchiveCase> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), flips: fc.array(fc.record({ at: fc.nat(), byte: fc.nat(255) }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('manifest' as const), edits: fc.array(jsonEdit, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('config' as const), edits: fc.array(jsonEdit, { minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant('rename' as const), member: fc.nat(3), name: fc.oneof(fc.constantFrom('../../../tmp/escaped', '/etc/passwd', 'manifest.json', '', 'a/../../b'), edgeString.map((s) => s.slice(0, 99))) }),
)

// The damaged archive for one case (tags name the image it would load).
export function damagedArchive(image: BuiltImage, tags: string[], c: ArchiveCase): Buffer {
  const entries = saveEntries(image, tags)
  if (c.kind === 'manifest' || c.kind === 'config') {
    const i = c.kind === 'manifest' ? 3 : 0
    const edited = JSON.stringify(applyEdits(JSON.parse(entries[i].data!.toString()), c.edits)) ?? ''
    entries[i] = { ...entries[i], data: Buffer.from(edited) }
  }
  if (c.kind === 'rename') entries[c.member] = { ...entries[c.member], name: c.name }
  const whole = tar(entries)
  if (c.kind === 'truncate') return whole.subarray(0, c.at % whole.length)
  if (c.kind === 'flip') {
    const out = Buffer.from(whole)
    for (const f of c.flips) out[f.at % out.length] = f.byte
    return out
  }
  return whole
}

export interface ArchiveFuzzStats {
  cases: number
  loaded: number
  byStatus: Record<string, number>
}

// Runs `runs` cases against a daemon answering image loads (one with --containerd-socket).
export async function fuzzArchives(d: TestDaemon, opts: { seed: number; runs: number; log?: (l: string) => void }): Promise<ArchiveFuzzStats> {
  const image = buildBusyboxImage()
  const tmpDir = path.join(d.dir, 'data', 'tmp')
  const stats: ArchiveFuzzStats = { cases: 0, loaded: 0, byStatus: {} }
  const images = async () => JSON.stringify(((await d.api('GET', '/images/json')).body as any[]).map((i) => [i.Id, i.RepoTags]).sort())
  let n = 0
  const property = fc.asyncProperty(archiveCase, async (c) => {
    stats.cases++
    const tag = `fuzz:c${n++}`
    const before = await images()
    const answer = await rawRequest(d.socket, 'POST', '/images/load', damagedArchive(image, [tag], c), { timeoutMs: 60_000 })
    stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1
    const what = `${c.kind} case answered ${answer.status}: ${answer.text.slice(0, 300)}`
    if (answer.status === 0) throw new Error(`no answer: ${what}`)
    if (answer.status >= 500 && answer.status !== 503) throw new Error(`server error: ${what}`)
    if (answer.status >= 400 && typeof answer.body?.message !== 'string') throw new Error(`an error without a JSON message: ${what}`)
    if ((await d.api('GET', '/_ping')).status !== 200) throw new Error(`the daemon stopped answering after: ${what}`)
    const left = fs.existsSync(tmpDir) ? fs.readdirSync(tmpDir).filter((f) => f.startsWith('load-')) : []
    if (left.length > 0) throw new Error(`temporary files left behind (${left.join(', ')}) after: ${what}`)
    if (answer.status >= 400) {
      if ((await images()) !== before) throw new Error(`a refused archive changed the image list: ${what}`)
      return
    }
    stats.loaded++
    // Loaded: a real image now (under whatever names the edited manifest gave it); remove
    // what is new so that the list stays small.
    const was = new Set(JSON.parse(before).map((i: [string, string[]]) => i[0]))
    for (const i of (await d.api('GET', '/images/json')).body as any[]) {
      if (was.has(i.Id)) continue
      for (const ref of i.RepoTags ?? []) await d.api('DELETE', `/images/${encodeURIComponent(ref)}`)
    }
  })
  await fc.assert(property, { seed: opts.seed, numRuns: opts.runs, endOnFailure: true })
  opts.log?.(`archive fuzz: ${stats.cases} archives, ${stats.loaded} loaded; by status ${JSON.stringify(stats.byStatus)}`)
  return stats
}
