// The shoal daemon's REST client. The daemon speaks a subset of the Docker Engine API
// (v1.41 JSON shapes, PascalCase) over a unix socket; the CLI is a pure client of it.
//
// This module is the client's one door: ShoalClient's methods, one per endpoint, grouped
// by resource. The rest lives beside it, by concern, and is re-exported from here:
// where the daemon is (client-host.ts), how a request travels and how failures read
// (client-transport.ts), how the multiplexed log stream is framed (client-stream.ts), and
// the JSON the daemon returns, by resource (wire/).

import http from 'node:http'

import { DaemonTransport } from './client-transport'
import type { Config, ConfigSpec, Secret, SecretSpec } from './wire/files'
import type { Network, NetworkCreateRequest } from './wire/network'
import type { LogsOptions, Service, ServiceCreateResponse, ServiceSpec, ServiceUpdateResponse, Task } from './wire/service'
import type { EventsOptions, Node, Swarm, SwarmInitRequest, SwarmJoinRequest, SystemInfo, VersionInfo } from './wire/swarm'

export * from './client-host'
export * from './client-stream'
export { ApiError, ConnectionError } from './client-transport'
export * from './wire/common'
export * from './wire/files'
export * from './wire/network'
export * from './wire/service'
export * from './wire/swarm'

// GET /images/json (docker's ImageSummary, the fields shoal fills).
export interface ImageSummary {
  Id: string
  RepoTags: string[]
  RepoDigests: string[]
  Size: number
  Created: number
}

export interface LogStream {
  body: http.IncomingMessage
  // false when the daemon sends raw bytes (a TTY task); then there are no frame headers.
  multiplexed: boolean
}

export class ShoalClient extends DaemonTransport {
  ping(): Promise<string> {
    return this.call<string>('GET', '/_ping')
  }

  version(): Promise<VersionInfo> {
    return this.call('GET', '/version')
  }

  info(): Promise<SystemInfo> {
    return this.call('GET', '/info')
  }

  // Resolves with the new node's id.
  swarmInit(request: SwarmInitRequest): Promise<string> {
    return this.call('POST', '/swarm/init', { body: request })
  }

  async swarmLeave(force: boolean): Promise<void> {
    await this.call('POST', '/swarm/leave', { query: { force } })
  }

  async swarmJoin(request: SwarmJoinRequest): Promise<void> {
    await this.call('POST', '/swarm/join', { body: request })
  }

  // spec: the swarm's Spec as read (with changes); version: the Version.Index read.
  async swarmUpdate(version: number, spec: Record<string, unknown>, rotate: { worker?: boolean; manager?: boolean; unlockKey?: boolean } = {}): Promise<void> {
    await this.call('POST', '/swarm/update', {
      query: { version, rotateWorkerToken: rotate.worker || undefined, rotateManagerToken: rotate.manager || undefined, rotateManagerUnlockKey: rotate.unlockKey || undefined },
      body: spec,
    })
  }

  swarmInspect(): Promise<Swarm> {
    return this.call('GET', '/swarm')
  }

  // The autolock unlock key (SWMKEY-1-...); "" while autolock is off.
  async swarmUnlockKey(): Promise<string> {
    return (await this.call<{ UnlockKey?: string }>('GET', '/swarm/unlockkey')).UnlockKey ?? ''
  }

  async swarmUnlock(unlockKey: string): Promise<void> {
    await this.call('POST', '/swarm/unlock', { body: { UnlockKey: unlockKey } })
  }

  // filters as Docker's JSON form: {"role": ["manager"], "node.label": ["zone=a"]}.
  async nodeList(filters: Record<string, string[]> = {}): Promise<Node[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Node[] | null>('GET', '/nodes', { query })) ?? []
  }

  nodeInspect(id: string): Promise<Node> {
    return this.call('GET', `/nodes/${encodeURIComponent(id)}`)
  }

  // spec: the node's Spec as read, with changes; version: the Version.Index read.
  async nodeUpdate(id: string, version: number, spec: NonNullable<Node['Spec']>): Promise<void> {
    await this.call('POST', `/nodes/${encodeURIComponent(id)}/update`, { query: { version }, body: spec })
  }

  async nodeRemove(id: string, options: { force?: boolean } = {}): Promise<void> {
    await this.call('DELETE', `/nodes/${encodeURIComponent(id)}`, { query: { force: options.force || undefined } })
  }

  async serviceList(options: { status?: boolean; filters?: Record<string, string[]> } = {}): Promise<Service[]> {
    const filters = options.filters && Object.keys(options.filters).length > 0 ? JSON.stringify(options.filters) : undefined
    return (await this.call<Service[] | null>('GET', '/services', { query: { status: options.status, filters } })) ?? []
  }

  // registryAuth: X-Registry-Auth (--with-registry-auth), the credentials the nodes pull with.
  serviceCreate(spec: ServiceSpec, options: { registryAuth?: string } = {}): Promise<ServiceCreateResponse> {
    return this.call('POST', '/services/create', { body: spec, headers: registryAuthHeader(options.registryAuth) })
  }

  serviceInspect(idOrName: string): Promise<Service> {
    return this.call('GET', `/services/${encodeURIComponent(idOrName)}`)
  }

  // rollback: docker's ?rollback=previous; the daemon restores the previous spec and
  // ignores `spec` (docker's CLI sends the current one).
  async serviceUpdate(id: string, version: number, spec: ServiceSpec, options: { rollback?: boolean; registryAuth?: string } = {}): Promise<ServiceUpdateResponse> {
    return (await this.call<ServiceUpdateResponse | undefined>('POST', `/services/${encodeURIComponent(id)}/update`, {
      query: { version, rollback: options.rollback ? 'previous' : undefined },
      body: spec,
      headers: registryAuthHeader(options.registryAuth),
    })) ?? {}
  }

  async serviceRemove(id: string): Promise<void> {
    await this.call('DELETE', `/services/${encodeURIComponent(id)}`)
  }

  // filters as Docker's JSON form: {"service": ["<id>"], "desired-state": ["running"]}.
  async taskList(filters: Record<string, string[]> = {}): Promise<Task[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Task[] | null>('GET', '/tasks', { query })) ?? []
  }

  taskInspect(id: string): Promise<Task> {
    return this.call('GET', `/tasks/${encodeURIComponent(id)}`)
  }

  // filters as Docker's JSON form: {"name": ["db-pass"], "label": ["env=prod"]}.
  async secretList(filters: Record<string, string[]> = {}): Promise<Secret[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Secret[] | null>('GET', '/secrets', { query })) ?? []
  }

  secretCreate(spec: SecretSpec): Promise<{ ID: string }> {
    return this.call('POST', '/secrets/create', { body: spec })
  }

  secretInspect(idOrName: string): Promise<Secret> {
    return this.call('GET', `/secrets/${encodeURIComponent(idOrName)}`)
  }

  async secretRemove(id: string): Promise<void> {
    await this.call('DELETE', `/secrets/${encodeURIComponent(id)}`)
  }

  async imageList(): Promise<ImageSummary[]> {
    return (await this.call<ImageSummary[] | null>('GET', '/images/json')) ?? []
  }

  imagePull(ref: string, auth?: { username: string; password: string }): Promise<{ status: string; digest: string }> {
    const headers = auth ? { 'X-Registry-Auth': Buffer.from(JSON.stringify(auth)).toString('base64url') } : undefined
    return this.call('POST', '/images/create', { query: { fromImage: ref }, headers })
  }

  distributionInspect(ref: string, registryAuth?: string): Promise<{ Descriptor: { digest: string } }> {
    return this.call('GET', `/distribution/${encodeURIComponent(ref)}/json`, { headers: registryAuthHeader(registryAuth) })
  }

  imageLoad(file: string): Promise<{ stream: string }[]> {
    return this.call('POST', '/images/load', { upload: file, messages: true })
  }

  imageRemove(ref: string): Promise<{ Untagged: string }[]> {
    return this.call('DELETE', `/images/${encodeURIComponent(ref)}`)
  }

  async networkList(filters: Record<string, string[]> = {}): Promise<Network[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Network[] | null>('GET', '/networks', { query })) ?? []
  }

  networkCreate(request: NetworkCreateRequest): Promise<{ Id: string; Warning?: string }> {
    return this.call('POST', '/networks/create', { body: request })
  }

  networkInspect(idOrName: string): Promise<Network> {
    return this.call('GET', `/networks/${encodeURIComponent(idOrName)}`)
  }

  async networkRemove(idOrName: string): Promise<void> {
    await this.call('DELETE', `/networks/${encodeURIComponent(idOrName)}`)
  }

  // filters as Docker's JSON form: {"name": ["app.conf"], "label": ["env=prod"]}.
  async configList(filters: Record<string, string[]> = {}): Promise<Config[]> {
    const query = Object.keys(filters).length > 0 ? { filters: JSON.stringify(filters) } : {}
    return (await this.call<Config[] | null>('GET', '/configs', { query })) ?? []
  }

  configCreate(spec: ConfigSpec): Promise<{ ID: string }> {
    return this.call('POST', '/configs/create', { body: spec })
  }

  configInspect(idOrName: string): Promise<Config> {
    return this.call('GET', `/configs/${encodeURIComponent(idOrName)}`)
  }

  async configUpdate(id: string, version: number, spec: ConfigSpec): Promise<void> {
    await this.call('POST', `/configs/${encodeURIComponent(id)}/update`, { query: { version }, body: spec })
  }

  async configRemove(id: string): Promise<void> {
    await this.call('DELETE', `/configs/${encodeURIComponent(id)}`)
  }

  // The event stream (GET /events): the response, one JSON message per line, open until
  // `until` passes or the caller destroys it.
  async events(options: EventsOptions = {}): Promise<http.IncomingMessage> {
    const filters = options.filters && Object.keys(options.filters).length > 0 ? JSON.stringify(options.filters) : undefined
    const res = await this.send('GET', '/events', { query: { since: options.since, until: options.until, filters } })
    if ((res.statusCode ?? 0) >= 400) throw this.apiError(res.statusCode ?? 0, await this.readBody(res))
    return res
  }

  async serviceLogs(id: string, options: LogsOptions): Promise<LogStream> {
    const res = await this.send('GET', `/services/${encodeURIComponent(id)}/logs`, {
      query: {
        stdout: 1,
        stderr: 1,
        follow: options.follow ? 1 : undefined,
        tail: options.tail,
        timestamps: options.timestamps ? 1 : undefined,
        details: options.details ? 1 : undefined,
      },
    })
    if ((res.statusCode ?? 0) >= 400) {
      throw this.apiError(res.statusCode ?? 0, await this.readBody(res))
    }
    const contentType = String(res.headers['content-type'] ?? '')
    return { body: res, multiplexed: !contentType.startsWith('application/vnd.docker.raw-stream') }
  }
}

function registryAuthHeader(encoded: string | undefined): http.OutgoingHttpHeaders | undefined {
  return encoded ? { 'X-Registry-Auth': encoded } : undefined
}
