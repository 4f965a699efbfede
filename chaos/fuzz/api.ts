// Fuzzing the REST API (issue 15): fast-check drives a real daemon, a one-node swarm, with
// requests built from valid ones by random edits (values.ts), raw bodies that are not
// JSON, odd ids in paths, odd filters, query values and API versions. Every answer must be
// a definite one: never a 500, never a dropped connection; an error carries a JSON
// {"message"} naming what was wrong; a refused request leaves every store table as it was;
// the daemon keeps answering. An accepted request is undone (the object removed, the spec
// put back) and the store allowed to settle before the next case.
import fc from 'fast-check'
import { changedTables, settledStore, storeTables, type StoreState } from '../../__test__/helpers/state'
import { answerOf, type Answer } from '../../__test__/helpers/http'
import { serviceBody } from '../../__test__/helpers/refusals'
import { applyEdits, edgeNumber, edgeString, jsonEdit, jsonValue, pct, rawBody, type JsonEdit } from './values'

export type { Answer } from '../../__test__/helpers/http'

// One request with a raw body, bounded in time. With `headersOnly` the answer is taken
// at its headers and the connection closed (an event stream stays open by design).
export function rawRequest(socketPath: string, method: string, urlPath: string, body?: Buffer, opts: { headersOnly?: boolean; timeoutMs?: number } = {}): Promise<Answer> {
  return answerOf({ socketPath }, method, urlPath, body, opts)
}

export interface ApiTarget {
  name: string
  method: 'POST' | 'DELETE'
  path: (ctx: SwarmContext) => string
  seed: (ctx: SwarmContext) => unknown
  // What to do once the daemon accepted the request: remove what it created, put back
  // what it changed.
  undo: (api: Api, ctx: SwarmContext, answer: Answer) => Promise<void>
}

// The live swarm's ids and versions, read before each case.
export interface SwarmContext {
  swarm: any
  node: any
  service: any // the standing service `fz` (update target)
}

type Api = (method: string, path: string, body?: unknown) => Promise<Answer>

const removeCreated = (collection: string) => async (api: Api, _ctx: SwarmContext, a: Answer) => {
  const id = a.body?.ID ?? a.body?.Id
  if (typeof id !== 'string') throw new Error(`${collection} create answered ${a.status} without an id: ${a.text}`)
  const r = await api('DELETE', `/${collection}/${id}`)
  if (r.status >= 300) throw new Error(`could not remove the ${collection} object ${id} fuzzing created: ${r.status} ${r.text}`)
}

// The standing service, its spec as docker's CLI sends it back.
export const STANDING = serviceBody('fz', { Labels: { fuzz: 'standing' } })

export const API_TARGETS: ApiTarget[] = [
  {
    name: 'service create',
    method: 'POST',
    path: () => '/services/create',
    seed: () => serviceBody('fzc', { Labels: { a: 'b' }, TaskTemplate: { ContainerSpec: { Env: ['A=1'] }, RestartPolicy: { Condition: 'none' } }, Mode: { Replicated: { Replicas: 1 } } }),
    undo: removeCreated('services'),
  },
  {
    name: 'service update',
    method: 'POST',
    path: (c) => `/services/${c.service.ID}/update?version=${c.service.Version.Index}`,
    seed: (c) => c.service.Spec,
    undo: async (api) => {
      const now = (await api('GET', '/services/fz')).body
      const r = await api('POST', `/services/fz/update?version=${now.Version.Index}`, STANDING)
      if (r.status !== 200) throw new Error(`could not put the standing service back: ${r.status} ${r.text}`)
    },
  },
  { name: 'secret create', method: 'POST', path: () => '/secrets/create', seed: () => ({ Name: 'fzs', Data: 'eA==', Labels: { a: 'b' } }), undo: removeCreated('secrets') },
  { name: 'config create', method: 'POST', path: () => '/configs/create', seed: () => ({ Name: 'fzk', Data: 'eA==', Labels: { a: 'b' } }), undo: removeCreated('configs') },
  {
    name: 'network create',
    method: 'POST',
    path: () => '/networks/create',
    seed: () => ({ Name: 'fzn', Driver: 'overlay', Attachable: true, IPAM: { Config: [{ Subnet: '10.240.0.0/24', Gateway: '10.240.0.1' }] }, Labels: { a: 'b' } }),
    undo: removeCreated('networks'),
  },
  {
    name: 'node update',
    method: 'POST',
    path: (c) => `/nodes/${c.node.ID}/update?version=${c.node.Version.Index}`,
    seed: (c) => c.node.Spec,
    undo: async (api, c) => {
      const now = (await api('GET', `/nodes/${c.node.ID}`)).body
      const r = await api('POST', `/nodes/${c.node.ID}/update?version=${now.Version.Index}`, c.node.Spec)
      if (r.status !== 200) throw new Error(`could not put the node's spec back: ${r.status} ${r.text}`)
    },
  },
  {
    name: 'swarm update',
    method: 'POST',
    path: (c) => `/swarm/update?version=${c.swarm.Version.Index}`,
    seed: (c) => c.swarm.Spec,
    undo: async (api, c) => {
      const now = (await api('GET', '/swarm')).body
      const r = await api('POST', `/swarm/update?version=${now.Version.Index}`, c.swarm.Spec)
      if (r.status !== 200) throw new Error(`could not put the swarm's spec back: ${r.status} ${r.text}`)
    },
  },
  // Refused on a node already in a swarm, whatever the body: nothing to undo.
  { name: 'swarm join', method: 'POST', path: () => '/swarm/join', seed: () => ({ JoinToken: 'SWMTKN-1-x', RemoteAddrs: ['127.0.0.1:1'], ListenAddr: '127.0.0.1:0' }), undo: refusedOnly('swarm join') },
  { name: 'swarm unlock', method: 'POST', path: () => '/swarm/unlock', seed: () => ({ UnlockKey: 'SWMKEY-1-x' }), undo: refusedOnly('swarm unlock') },
]

function refusedOnly(what: string) {
  return async (_api: Api, _c: SwarmContext, a: Answer) => {
    throw new Error(`${what} was accepted on a node already in an unlocked swarm: ${a.status} ${a.text}`)
  }
}

const COLLECTIONS = ['services', 'nodes', 'tasks', 'secrets', 'configs', 'networks'] as const

export type ApiCase =
  | { kind: 'edit'; target: number; edits: JsonEdit[]; version?: string }
  | { kind: 'raw'; target: number; body: Buffer }
  | { kind: 'id'; collection: (typeof COLLECTIONS)[number]; method: 'GET' | 'DELETE' | 'POST'; id: string; encode: boolean }
  | { kind: 'filters'; collection: (typeof COLLECTIONS)[number]; filters: string }
  | { kind: 'events'; since: string; until: string; filters: string }
  | { kind: 'version'; prefix: string; path: string }

const queryValue = fc.oneof(edgeString, edgeNumber.map(String))

export const apiCase: fc.Arbitrary<ApiCase> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('edit' as const), target: fc.nat(API_TARGETS.length - 1), edits: fc.array(jsonEdit, { minLength: 1, maxLength: 3 }), version: fc.option(queryValue, { nil: undefined }) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('raw' as const), target: fc.nat(API_TARGETS.length - 1), body: rawBody }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('id' as const), collection: fc.constantFrom(...COLLECTIONS), method: fc.constantFrom('GET' as const, 'DELETE' as const, 'POST' as const), id: edgeString, encode: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('filters' as const), collection: fc.constantFrom(...COLLECTIONS), filters: fc.oneof(jsonValue.map((v) => JSON.stringify(v)), edgeString) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('events' as const), since: queryValue, until: queryValue, filters: fc.oneof(jsonValue.map((v) => JSON.stringify(v)), edgeString) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('version' as const), prefix: fc.oneof(fc.constantFrom('/v1.24', '/v1.50', '/v1.51', '/v0.1', '/v9999999999999999999.1', '/v1.', '/v-1.2', '/vx'), edgeString.map((s) => '/v' + pct(s))), path: fc.constantFrom('/_ping', '/version', '/info', '/services', '/swarm') }), weight: 1 },
)

// A path with `id` in it, either percent-encoded (what a careful client sends) or as it
// is, minus the characters Node's client refuses to send (a bare % stays).
function idPath(c: Extract<ApiCase, { kind: 'id' }>): string {
  // A write on a made-up id starts with "~", which no id or name holds (ids are base36,
  // names [A-Za-z0-9_.-]): a short random id must not match the prefix of a real one.
  const raw = c.method === 'GET' ? c.id : `~${c.id}`
  const id = c.encode ? pct(raw) : raw.replace(/[^\x21-\x7e]|[?#]/g, '') || '%'
  return c.method === 'POST' ? `/${c.collection}/${id}/update?version=1` : `/${c.collection}/${id}`
}

export interface ApiFuzzStats {
  cases: number
  byKind: Record<string, number>
  byStatus: Record<string, number>
  accepted: number
}

export interface ApiFuzzOptions {
  socket: string
  seed: number
  runs: number
  log?: (line: string) => void
}

// Sets up the fuzzed swarm's standing objects: the service `fz` (no replicas) and its
// secret is not needed. Call once on a fresh one-node swarm.
export async function prepareSwarm(socket: string): Promise<void> {
  const r = await rawRequest(socket, 'POST', '/services/create', Buffer.from(JSON.stringify(STANDING)))
  if (r.status !== 201) throw new Error(`could not create the standing service: ${r.status} ${r.text}`)
}

export async function fuzzApi(opts: ApiFuzzOptions): Promise<ApiFuzzStats> {
  const api: Api = (method, path, body) => rawRequest(opts.socket, method, path, body === undefined ? undefined : Buffer.from(JSON.stringify(body)))
  const daemon = { api: async (method: string, path: string) => api(method, path) }
  const stats: ApiFuzzStats = { cases: 0, byKind: {}, byStatus: {}, accepted: 0 }
  let baseline: StoreState = await settledStore(daemon)
  const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1)

  const property = fc.asyncProperty(apiCase, async (c) => {
    stats.cases++
    count(stats.byKind, c.kind)
    const ctx: SwarmContext = { swarm: (await api('GET', '/swarm')).body, node: (await api('GET', '/nodes')).body[0], service: (await api('GET', '/services/fz')).body }
    let answer: Answer
    let target: ApiTarget | null = null
    if (c.kind === 'edit' || c.kind === 'raw') {
      target = API_TARGETS[c.target]
      let path = target.path(ctx)
      if (c.kind === 'edit' && c.version !== undefined && path.includes('version=')) path = path.replace(/version=[^&]*/, `version=${pct(c.version)}`)
      const body = c.kind === 'raw' ? c.body : Buffer.from(JSON.stringify(applyEdits(target.seed(ctx), c.edits)) ?? '')
      answer = await rawRequest(opts.socket, target.method, path, body)
    } else if (c.kind === 'id') {
      answer = await rawRequest(opts.socket, c.method, idPath(c), c.method === 'POST' ? Buffer.from('{}') : undefined)
    } else if (c.kind === 'filters') {
      answer = await api('GET', `/${c.collection}?filters=${pct(c.filters)}`)
    } else if (c.kind === 'events') {
      const q = `since=${pct(c.since)}&until=${pct(c.until)}&filters=${pct(c.filters)}`
      answer = await rawRequest(opts.socket, 'GET', `/events?${q}`, undefined, { headersOnly: true, timeoutMs: 5_000 })
    } else {
      answer = await api('GET', `${c.prefix}${c.path}`)
    }
    count(stats.byStatus, String(answer.status))
    const what = `${c.kind} case answered ${answer.status}: ${answer.text.slice(0, 300)}`
    if (answer.status === -1) return // Node's client would not send it
    if (answer.status === 0) throw new Error(`no answer (connection closed): ${what}`)
    if (answer.status >= 500 && answer.status !== 503) throw new Error(`server error: ${what}`)
    if (answer.status >= 400 && c.kind !== 'events' && (typeof answer.body?.message !== 'string' || answer.body.message === '')) throw new Error(`an error without a JSON message: ${what}`)
    if ((await api('GET', '/_ping')).status !== 200) throw new Error(`the daemon stopped answering after: ${what}`)
    const accepted = answer.status < 300
    if (!accepted) {
      const after = await storeTables(daemon)
      const changed = changedTables(baseline, after)
      if (changed.length > 0) throw new Error(`a refused request changed ${changed.join(', ')}: ${what}`)
      return
    }
    if (target) {
      stats.accepted++
      await target.undo(api, ctx, answer)
    } else if (c.kind === 'id' && c.method !== 'GET') {
      throw new Error(`a request on a made-up id was accepted: ${c.method} ${idPath(c)}: ${what}`)
    }
    baseline = await settledStore(daemon)
  })
  await fc.assert(property, { seed: opts.seed, numRuns: opts.runs, endOnFailure: true })
  opts.log?.(`api fuzz: ${stats.cases} cases, ${stats.accepted} accepted and undone; by kind ${JSON.stringify(stats.byKind)}; by status ${JSON.stringify(stats.byStatus)}`)
  return stats
}
