// The client API: the swarm part of the Docker Engine REST API on a unix socket, so that
// the shoal CLI, docker's CLI and dockerode drive the daemon through the same door.
// Handlers parse and map; the logic lives in the daemon and the manager's Control.
import { TASK_FILTERS, checkFilterKeys, filterNodes, filterServices, filterTasks } from './list-filters'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as nodePath from 'node:path'
import { trace } from '../trace'
import { NotLeaderError, ShoalError, httpStatus, invalid, notFound } from '../manager/errors'
import type { Daemon } from '../daemon/daemon'
import type { ProxiedResponse } from '../rpc/server'
import { clusterSpecUpdateFromDocker, clusterToDocker, nodeToDocker, serviceSpecFromDocker, serviceToDocker, taskToDocker } from './convert'
import { idOf, type v1 } from '../manager/store'
import type { FileControl } from '../manager/files/control'
import type { FileObject } from '../manager/files/kinds'
import { nodeSpecFromDocker } from './convert-node'
import { configSpecFromDocker, configToDocker, secretSpecFromDocker, secretToDocker } from './convert-files'
import { networkSpecFromDocker, networkToDocker } from './convert-network'
import { clusterUnlockKey, formatUnlockKey } from '../manager/autolock'
import { distributionInspect, listImages, loadImages, pullImage, registryAuthOf, removeImage, withRegistryAuth } from '../daemon/images'
import { checkEventFilters, parseEventTime, streamEvents } from './events'
import { VERSION_HEADERS, compareVersions, versionedPath } from './version'
import { parseBool, versionParam, withDefaults } from './params'
import { constraintWarnings } from '../manager/scheduler/constraint'
import { forwardedHeaders, isSwarmWrite, type ForwardedHeaders } from '../daemon/leader-proxy'
import { checkRequestId, findRecord, recordRefusal, refusalOf, withRequestId } from '../manager/requests'
import { answerClientError, checkEscapes, parseBody, parseUrl, readRaw } from './request'
import { randomUUID } from 'node:crypto'

type Params = Record<string, string>
type Handler = (req: Request) => Promise<unknown> | unknown
// How a write's answer reads when a retry of it finds it already committed (its request
// id recorded: src/manager/requests.ts): from the id of the object it created, if any.
type Replay = (createdId: string) => { status: number; body: unknown }
const REPLAY_OK: Replay = () => ({ status: 200, body: '' })

interface Request {
  // The API version the client pinned in the path (the newest when it did not).
  version: string
  params: Params
  query: URLSearchParams
  body: any
  raw: http.IncomingMessage
  res: http.ServerResponse
}

// Docker's ?filters= is JSON: {"name": ["a"], "label": {"k=v": true}} (both shapes exist).
export function parseFilters(raw: string | null): Record<string, string[]> {
  if (!raw) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw invalid(`invalid filters: ${raw}`)
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid(`invalid filters: ${raw}`)
  const out: Record<string, string[]> = {}
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(v)) out[k] = v.map(String)
    else if (v && typeof v === 'object') out[k] = Object.keys(v)
    else throw invalid(`invalid filter ${k}`)
  }
  return out
}

function truthy(v: string | null): boolean {
  return v !== null && v !== '' && v !== '0' && v !== 'false'
}

export class ApiServer {
  private readonly routes: { method: string; re: RegExp; keys: string[]; handler: Handler; replay: Replay }[] = []
  // Writes by request id being answered here: a retry that arrives meanwhile waits for the
  // first attempt's outcome rather than running beside it.
  private readonly answering = new Map<string, Promise<unknown>>()
  private readonly server: http.Server

  private socketPath = ''

  constructor(private readonly daemon: Daemon) {
    this.server = http.createServer((req, res) => void this.handle(req, res))
    this.server.on('clientError', answerClientError)
    this.register()
    daemon.localApi = (method, urlPath, body, requestId, headers) => this.inject(method, urlPath, body, requestId, headers)
  }

  // Answers a request another manager forwarded (Raft.ControlProxy) by making it to this
  // very server: the same routing, parsing and errors as a local client gets. Marked so
  // that it is never forwarded again (leadership may have moved meanwhile: then it fails
  // here with "not the leader" and the client retries).
  private inject(method: string, urlPath: string, body: Buffer, requestId: string, forwarded: ForwardedHeaders = {}): Promise<{ status: number; contentType: string; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { ...forwardedHeaders(forwarded), [PROXIED]: '1', 'Content-Type': 'application/json', 'Content-Length': body.length }
      if (requestId) headers[REQUEST_ID] = requestId
      const req = http.request(
        { socketPath: this.socketPath, method, path: urlPath, headers },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () => resolve({ status: res.statusCode ?? 500, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }))
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  }

  async listen(socketPath: string): Promise<void> {
    // A socket file left by a killed daemon would make listen fail with EADDRINUSE.
    try {
      fs.unlinkSync(socketPath)
    } catch {}
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(socketPath, () => resolve())
    })
    this.socketPath = socketPath
    fs.chmodSync(socketPath, 0o660)
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  // The five routes of secrets and of configs (/secrets, /configs): one kind's FileControl,
  // its converters to and from docker's shapes.
  private fileRoutes<T extends FileObject>(noun: 'secret' | 'config', control: () => FileControl<T>, toDocker: (o: T) => unknown, specFromDocker: (body: unknown) => v1.ISecretSpec | v1.IConfigSpec): void {
    const base = `/${noun}s`
    this.route('GET', base, (r) => {
      const f = parseFilters(r.query.get('filters'))
      return control().list({ name: f.name, names: f.names, id: f.id, label: f.label }).map(toDocker)
    })
    this.route('POST', `${base}/create`, async (r) => {
      const created = await control().create(specFromDocker(r.body))
      r.res.statusCode = 201
      return { ID: idOf(created) }
    }, (id) => ({ status: 201, body: { ID: id } }))
    this.route('GET', `${base}/{id}`, (r) => toDocker(control().get(decodeURIComponent(r.params.id))))
    this.route('POST', `${base}/{id}/update`, async (r) => {
      await control().update(decodeURIComponent(r.params.id), versionParam(r.query, noun), specFromDocker(r.body))
      return ''
    })
    this.route('DELETE', `${base}/{id}`, async (r) => {
      await control().remove(decodeURIComponent(r.params.id))
      r.res.statusCode = 204
      return ''
    }, REPLAY_NO_CONTENT)
  }

  // `replay`: a write's answer when its request id shows it committed already (default:
  // 200 and no body).
  private route(method: string, pattern: string, handler: Handler, replay: Replay = REPLAY_OK): void {
    const keys: string[] = []
    // {name}: one path segment; {name:.*}: any (docker's, for image references with slashes).
    const re = new RegExp('^' + pattern.replace(/\{(\w+)(:\.\*)?\}/g, (_m, k, any) => (keys.push(k), any ? '(.+)' : '([^/]+)')) + '$')
    this.routes.push({ method, re, keys, handler, replay })
  }

  private register(): void {
    const d = this.daemon
    // docker's ping: how clients negotiate (Api-Version) and learn the swarm state
    // (Swarm: inactive, active/manager, active/worker, locked) without a second request.
    const ping = (r: Request) => {
      r.res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate')
      r.res.setHeader('Pragma', 'no-cache')
      r.res.setHeader('Docker-Experimental', 'false')
      // "1": no BuildKit session endpoint (shoal builds nothing; /build is a 404 either way).
      r.res.setHeader('Builder-Version', '1')
      r.res.setHeader('Swarm', d.swarmStatus())
      return r.raw.method === 'HEAD' ? '' : 'OK'
    }
    this.route('GET', '/_ping', ping)
    this.route('HEAD', '/_ping', ping)
    this.route('GET', '/version', () => d.version())
    this.route('GET', '/info', () => d.info())

    // The node id as a JSON string, as dockerd's (docker's CLI decodes it).
    this.route('POST', '/swarm/init', async (r) => {
      const id = await d.swarmInit(r.body)
      r.res.writeHead(200, JSON_HEADERS)
      r.res.end(JSON.stringify(id) + '\n')
    })
    this.route('POST', '/swarm/leave', async (r) => {
      await d.swarmLeave(truthy(r.query.get('force')))
      return ''
    })
    this.route('GET', '/swarm', () => clusterToDocker(d.manager().cluster()))
    this.route('GET', '/swarm/unlockkey', () => {
      const key = clusterUnlockKey(d.manager().cluster(), d.manager().secretsKey)
      return { UnlockKey: key ? formatUnlockKey(key) : '' }
    })
    this.route('POST', '/swarm/unlock', async (r) => {
      await d.swarmUnlock(r.body)
      return ''
    })
    this.route('POST', '/swarm/join', async (r) => {
      await d.swarmJoin(r.body)
      return ''
    })
    this.route('POST', '/swarm/update', async (r) => {
      const rotate = { worker: truthy(r.query.get('rotateWorkerToken')), manager: truthy(r.query.get('rotateManagerToken')), unlockKey: truthy(r.query.get('rotateManagerUnlockKey')) }
      await d.manager().control.updateCluster(versionParam(r.query, 'swarm'), clusterSpecUpdateFromDocker(r.body), rotate)
      return ''
    })

    this.route('GET', '/nodes', (r) => {
      return filterNodes(d.manager().control.view().list('nodes'), parseFilters(r.query.get('filters'))).map(nodeToDocker)
    })
    this.route('GET', '/nodes/{id}', (r) => nodeToDocker(d.manager().control.getNode(r.params.id)))
    this.route('POST', '/nodes/{id}/update', async (r) => {
      await d.manager().control.updateNode(decodeURIComponent(r.params.id), versionParam(r.query, 'node'), nodeSpecFromDocker(r.body))
      return ''
    })
    this.route('DELETE', '/nodes/{id}', async (r) => {
      await d.manager().control.removeNode(decodeURIComponent(r.params.id), truthy(r.query.get('force')))
      return ''
    })

    this.route('GET', '/services', (r) => {
      const control = d.manager().control
      const view = control.view()
      const filters = parseFilters(r.query.get('filters'))
      const services = filterServices(view.list('services'), filters)
      // docker: status from API 1.41 on (older clients' parameter is ignored).
      const withStatus = compareVersions(r.version, '1.41') >= 0 && parseBool(r.query, 'status')
      // insertDefaults: docker's only on a single service; here on the list too.
      const defaults = parseBool(r.query, 'insertDefaults')
      return services.map((s) => withDefaults(serviceToDocker(s, withStatus ? control.serviceCounts(s, view) : undefined), defaults))
    })
    this.route('POST', '/services/create', async (r) => {
      const spec = serviceSpecFromDocker(r.body)
      withRegistryAuth(spec, r.raw.headers['x-registry-auth'])
      trace('api.create', spec.annotations?.name ?? '')
      const service = await d.manager().control.createService(spec)
      trace('api.created', idOf(service), spec.annotations?.name ?? '')
      r.res.statusCode = 201
      return { ID: idOf(service), Warnings: specWarnings(spec) }
    }, (id) => ({ status: 201, body: { ID: id, Warnings: null } }))
    this.route('GET', '/services/{id}', (r) => {
      const control = d.manager().control
      const view = control.view()
      // ServiceStatus here too, beyond docker (only its list has it): stack deploy's
      // depends_on waits read it.
      const s = control.getService(decodeURIComponent(r.params.id), view)
      return withDefaults(serviceToDocker(s, control.serviceCounts(s, view)), parseBool(r.query, 'insertDefaults'))
    })
    this.route('POST', '/services/{id}/update', async (r) => {
      const version = versionParam(r.query, 'service')
      // docker's ?rollback=previous: the body (the current spec, as docker's CLI sends it)
      // is not used; the service's previous spec comes back.
      const rollback = r.query.get('rollback') ?? ''
      if (rollback !== '' && rollback !== 'previous') throw invalid(`invalid rollback "${rollback}": expected "previous"`)
      const spec = rollback ? null : serviceSpecFromDocker(r.body)
      if (spec) {
        const current = d.manager().control.getService(decodeURIComponent(r.params.id), d.manager().control.view())
        withRegistryAuth(spec, r.raw.headers['x-registry-auth'], current.spec?.task?.container?.registryAuth)
      }
      await d.manager().control.updateService(decodeURIComponent(r.params.id), version, spec, { rollback: rollback === 'previous' })
      return { Warnings: spec ? specWarnings(spec) : null }
    }, () => ({ status: 200, body: { Warnings: null } }))
    this.route('DELETE', '/services/{id}', async (r) => {
      await d.manager().control.removeService(decodeURIComponent(r.params.id))
      return ''
    })
    this.route('GET', '/services/{id}/logs', async (r) => d.serviceLogs(decodeURIComponent(r.params.id), r.query, r.raw, r.res))

    this.route('GET', '/tasks', (r) => {
      const f = parseFilters(r.query.get('filters'))
      checkFilterKeys(f, TASK_FILTERS)
      const upToDate = f['_up-to-date']?.some((v) => truthy(v)) ?? false
      const control = d.manager().control
      const view = control.view()
      const tasks = control.listTasks({ service: f.service, node: f.node, desiredState: f['desired-state'], id: f.id, upToDate }, view)
      return filterTasks(tasks, f, (id) => view.get('services', id)).map(taskToDocker)
    })
    this.route('GET', '/tasks/{id}', (r) => taskToDocker(d.manager().control.getTask(r.params.id)))
    this.route('GET', '/tasks/{id}/logs', async (r) => d.serviceLogs(decodeURIComponent(r.params.id), r.query, r.raw, r.res, 'task'))

    // Networks (swarm-scoped overlays): docker's /networks endpoints.
    this.route('GET', '/networks', (r) => {
      const f = parseFilters(r.query.get('filters'))
      return d.manager().networks.list({ name: f.name, id: f.id, label: f.label, driver: f.driver, scope: f.scope, type: f.type }).map(networkToDocker)
    })
    this.route('GET', '/networks/{id}', (r) => networkToDocker(d.manager().networks.get(decodeURIComponent(r.params.id))))
    this.route('POST', '/networks/create', async (r) => {
      const network = await d.manager().networks.create(networkSpecFromDocker(r.body))
      r.res.statusCode = 201
      return { Id: idOf(network), Warning: '' }
    }, (id) => ({ status: 201, body: { Id: id, Warning: '' } }))
    this.route('DELETE', '/networks/{id}', async (r) => {
      await d.manager().networks.remove(decodeURIComponent(r.params.id))
      r.res.statusCode = 204
      return ''
    }, REPLAY_NO_CONTENT)

    // Secrets: data goes in, never out (no response carries it).
    this.route('GET', '/images/json', () => listImages(d.containers.images))
    this.route('POST', '/images/create', (r) =>
      pullImage(d.containers.images, r.query.get('fromImage') ?? '', r.query.get('tag') ?? '', registryAuthOf(r.raw.headers['x-registry-auth'])),
    )
    // docker's answer is a stream of JSON messages, not a list (docker load decodes one
    // object after another).
    this.route('POST', '/images/load', async (r) => {
      const messages = await loadImages(d.containers.images, r.raw, nodePath.join(d.dataDir, 'tmp'))
      r.res.writeHead(200, JSON_HEADERS)
      // {"stream"} only: docker's CLI prints a message with an id as "<id>: <text>".
      r.res.end(messages.map((m) => JSON.stringify({ stream: m.stream }) + '\n').join(''))
    })
    this.route('DELETE', '/images/{name:.*}', (r) => removeImage(d.containers.images, decodeURIComponent(r.params.name)))
    this.route('GET', '/distribution/{name:.*}/json', (r) =>
      distributionInspect(d.containers.images, decodeURIComponent(r.params.name), registryAuthOf(r.raw.headers['x-registry-auth'])),
    )

    this.fileRoutes('secret', () => d.manager().secrets, secretToDocker, secretSpecFromDocker)

    // Swarm events from this manager's replica (any manager answers).
    this.route('GET', '/events', (r) => {
      const events = d.manager().events
      const filters = parseFilters(r.query.get('filters'))
      checkEventFilters(filters)
      const since = parseEventTime(r.query.get('since'), 'since')
      const until = parseEventTime(r.query.get('until'), 'until')
      return streamEvents(events, r.raw, r.res, { since, until, filters, log: (m) => console.error(m) })
    })

    // Configs: as secrets, but stored in the clear and shown (Spec.Data).
    this.fileRoutes('config', () => d.manager().configs, configToDocker, configSpecFromDocker)
  }

  // Answers a write that carries a request id at most once: a retry of one that committed
  // (its record in the store) gets the answer the write would have had, without running
  // again. A retry that raced the first attempt's commit (both proposed; the record's
  // create refuses the second entry) is answered the same way. A final refusal is recorded
  // too when the id came from outside (a client's header, or the manager that forwarded
  // it): only then can a copy of the request come again; an id made here cannot (so a plain
  // refused request costs no Raft entry and leaves the log as it was).
  private async once(id: string, idGiven: boolean, method: string, path: string, replay: Replay, res: http.ServerResponse, run: () => unknown): Promise<unknown> {
    const store = this.daemon.manager().store
    const answered = () => {
      const rec = findRecord(store.view(), id)
      if (!rec) return null
      const refused = refusalOf(rec)
      if (refused) throw refused
      const r = replay(rec.createdId)
      res.statusCode = r.status
      return { body: r.body }
    }
    const earlier = this.answering.get(id)
    if (earlier) await earlier.catch(() => undefined)
    const done = answered()
    if (done) return done.body
    // A copy of this request waits for the whole answer, its refusal's record included.
    const attempt = (async () => {
      try {
        return await withRequestId(id, method, path, async () => run())
      } catch (err) {
        const raced = answered()
        if (raced) return raced.body
        if (idGiven) await recordRefusal(store, id, method, path, err)
        throw err
      }
    })()
    this.answering.set(id, attempt)
    try {
      return await attempt
    } finally {
      if (this.answering.get(id) === attempt) this.answering.delete(id)
    }
  }

  // A write to the swarm's store: forwarded to the leader from a follower, answered here on
  // the leader. A leader that loses the leadership while it proposes the write does not
  // know whether it will commit: it forwards it to the next leader under the same request
  // id, which answers from the record if it did (bounded: LeaderProxy waits at most two
  // election timeouts for a leader, and leadership moving back and forth is tried a few
  // times).
  private async write(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    w: { method: string; path: string; requestId: string; idGiven: boolean; raw: Buffer; replay: Replay },
    run: () => unknown,
  ): Promise<{ forwarded: ProxiedResponse } | { result: unknown }> {
    const forwardable = !req.headers[PROXIED]
    for (let attempt = 0; ; attempt++) {
      if (forwardable && this.daemon.shouldProxy(w.method, w.path)) {
        const r = await this.daemon.proxyToLeader(w.method, req.url ?? w.path, w.raw, w.requestId, forwardedHeaders(req.headers))
        if (r) return { forwarded: r }
      }
      try {
        return { result: await this.once(w.requestId, w.idGiven, w.method, w.path, w.replay, res, run) }
      } catch (err) {
        const lostLeadership = err instanceof NotLeaderError || (err instanceof ShoalError && err.code === 'Unavailable' && this.daemon.shouldProxy(w.method, w.path))
        if (!forwardable || !lostLeadership || attempt >= MAX_WRITE_ATTEMPTS) throw err
        // The Raft thread refuses the proposal before the status this manager reads shows
        // the new leader: a moment for it to catch up.
        await new Promise((r) => setTimeout(r, LEADERSHIP_SETTLE_MS))
      }
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // On every answer, errors and streams included, as dockerd's version middleware.
    for (const [k, v] of Object.entries(VERSION_HEADERS)) res.setHeader(k, v)
    try {
      const url = parseUrl(req.url ?? '/')
      const { path, version } = versionedPath(url.pathname)
      const method = req.method === 'HEAD' && path !== '/_ping' ? 'GET' : (req.method ?? 'GET')
      trace('api.request', method, path)
      let match: { handler: Handler; params: Params; replay: Replay } | null = null
      let pathKnown = false
      for (const r of this.routes) {
        const m = r.re.exec(path)
        if (!m) continue
        pathKnown = true
        if (r.method !== method) continue
        const params: Params = {}
        r.keys.forEach((k, i) => (params[k] = checkEscapes(m[i + 1], k)))
        match = { handler: r.handler, params, replay: r.replay }
        break
      }
      if (!match) {
        // A 404 for a method the path does not take too, as dockerd's router: docker's CLI
        // reads it as "no such object" (docker inspect tries one kind after another).
        throw notFound(pathKnown ? `page not found: ${method} ${path}` : `page not found: ${path}`)
      }
      // A write to the swarm's store carries an idempotency key: given by the manager that
      // forwarded it here or by a client that retries its own writes, else made here.
      const given = req.headers[REQUEST_ID]
      const swarmWrite = isSwarmWrite(method, path) && this.daemon.managesSwarm()
      let requestId = typeof given === 'string' && swarmWrite ? checkRequestId(given) : ''
      if (swarmWrite && !req.headers[PROXIED]) requestId ||= randomUUID()
      // An image archive streams to disk, past the JSON body limit (loadImages).
      const raw = path === '/images/load' ? Buffer.alloc(0) : await readRaw(req)
      const body = path === '/images/load' ? {} : parseBody(raw)
      const m = match
      const run = () => m.handler({ version, params: m.params, query: url.searchParams, body, raw: req, res })
      let result: unknown
      if (requestId) {
        const r = await this.write(req, res, { method, path, requestId, idGiven: typeof given === 'string', raw, replay: m.replay }, run)
        if ('forwarded' in r) {
          res.statusCode = r.forwarded.status
          if (r.forwarded.contentType) res.setHeader('Content-Type', r.forwarded.contentType)
          res.end(r.forwarded.body)
          return
        }
        result = r.result
      } else {
        // A read of the swarm's state sees every write acknowledged before it, on any
        // manager (Raft's ReadIndex: src/manager/read-index.ts).
        if (isSwarmRead(method, path) && this.daemon.managesSwarm()) await this.daemon.manager().reads.wait()
        result = await run()
      }
      if (res.headersSent || res.writableEnded) return
      if (typeof result === 'string') {
        res.writeHead(res.statusCode, TEXT_HEADERS)
        res.end(result)
      } else {
        res.writeHead(res.statusCode, JSON_HEADERS)
        res.end(JSON.stringify(result) + '\n')
      }
    } catch (err) {
      const status = httpStatus(err)
      if (status === 500) console.error('api:', err)
      const message = err instanceof Error ? err.message : String(err)
      if (res.headersSent) {
        res.destroy()
        return
      }
      res.writeHead(status, JSON_HEADERS)
      res.end(JSON.stringify({ message }) + '\n')
    }
  }
}

// Marks a request another manager forwarded here (see inject).
const PROXIED = 'x-shoal-proxied'
// Reads of the replicated state: what ReadIndex makes linearizable. Not the event and log
// streams (they follow the replica as it moves) nor /info (this node's own view, as docker's).
const SWARM_READ = /^\/(swarm(\/unlockkey)?|nodes|services|tasks|networks|secrets|configs)(\/[^/]+)?$/
function isSwarmRead(method: string, path: string): boolean {
  return method === 'GET' && SWARM_READ.test(path)
}

// How many times a write goes between answering here and forwarding, as leadership moves.
const MAX_WRITE_ATTEMPTS = 3
const LEADERSHIP_SETTLE_MS = 50
// A write's idempotency key (src/manager/requests.ts).
export const REQUEST_ID = 'x-shoal-request-id'
const REPLAY_NO_CONTENT: Replay = () => ({ status: 204, body: '' })

const TEXT_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8' }
const JSON_HEADERS = { 'Content-Type': 'application/json' }

// docker's Warnings of a service written: null when there are none, as dockerd's.
function specWarnings(spec: { task?: { placement?: { constraints?: string[] | null } | null } | null }): string[] | null {
  const warnings = constraintWarnings(spec.task?.placement?.constraints ?? [])
  return warnings.length > 0 ? warnings : null
}
