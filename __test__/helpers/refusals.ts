// Requests the API must refuse, as data: each names the endpoint, the body, the status
// and what the message must say. __test__/refusals.test.ts drives every one against a real
// daemon and checks that nothing changed; __test__/api-bounds.test.ts runs the spec cases
// through the converters alone. Kept as plain data so that fuzzing (issue 15) can start
// from them: every case is a seed whose mutations must also be refused or applied whole.
//
// Paths may hold placeholders the runner fills from the live swarm: {swarmVersion},
// {nodeId}, {nodeVersion}, {serviceVersion} (of the service named `web`).
import { BOUNDS, DEFAULT_SWARM_TASK_LIMIT } from '../../src/manager/bounds'

export interface RefusedRequest {
  what: string
  method: 'POST' | 'DELETE'
  path: string
  body?: unknown
  status: number
  message: RegExp
}

type Json = Record<string, any>

// A valid service spec (docker's shape), with `patch` merged in (objects merged deeply,
// anything else replaced).
export function serviceBody(name: string, patch: Json = {}): Json {
  const base: Json = {
    Name: name,
    TaskTemplate: { ContainerSpec: { Image: '/bin/sleep', Args: ['600'] }, Runtime: 'process' },
    Mode: { Replicated: { Replicas: 0 } },
  }
  return merge(base, patch)
}

function merge(a: Json, b: Json): Json {
  const out: Json = { ...a }
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && a[k] && typeof a[k] === 'object' ? merge(a[k], v) : v
  }
  return out
}

const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i))
const labels = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']))
const DAY_NS = 24 * 3600e9

// Service specs past a bound (or malformed), refused by the converters: [what, patch, message].
export const REFUSED_SPECS: [string, Json, RegExp][] = [
  ['negative replicas', { Mode: { Replicated: { Replicas: -1 } } }, /invalid replicas -1: must be a non-negative integer/],
  ['fractional replicas', { Mode: { Replicated: { Replicas: 1.5 } } }, /invalid replicas 1.5: must be a non-negative integer/],
  ['too many labels', { Labels: labels(BOUNDS.labels.max + 1) }, /invalid labels: 1001 given, must be at most 1000/],
  ['labels too large', { Labels: { big: 'x'.repeat(BOUNDS.labelBytes.max) } }, /invalid labels: 65539 bytes, must be at most 65536 bytes/],
  ['container labels too large', { TaskTemplate: { ContainerSpec: { Labels: { big: 'x'.repeat(BOUNDS.labelBytes.max) } } } }, /invalid container labels: 65539 bytes/],
  ['env too large', { TaskTemplate: { ContainerSpec: { Env: [`A=${'x'.repeat(BOUNDS.argvEnvBytes.max)}`] } } }, /invalid command, args and env: \d+ bytes, must be at most 131072 bytes/],
  ['too many args', { TaskTemplate: { ContainerSpec: { Args: many(BOUNDS.argvEnvEntries.max + 1, () => 'a') } } }, /invalid command, args and env entries: 4097 given, must be at most 4096/],
  ['image too long', { TaskTemplate: { ContainerSpec: { Image: '/' + 'x'.repeat(BOUNDS.image.max) } } }, /invalid image: 4097 bytes, must be at most 4096 bytes/],
  ['service name too long', { Name: 'n'.repeat(64) }, /invalid service name "n{64}": must be 1-63 characters/],
  ['restart delay past the longest timer', { TaskTemplate: { RestartPolicy: { Delay: 25 * DAY_NS } } }, /invalid restart delay 2160000000000000ns: must be at most 24 days/],
  ['negative restart window', { TaskTemplate: { RestartPolicy: { Window: -1 } } }, /invalid restart window -1: must be a non-negative integer/],
  ['update delay past the longest timer', { UpdateConfig: { Delay: 30 * DAY_NS } }, /invalid update delay 2592000000000000ns: must be at most 24 days/],
  ['rollback monitor past the longest timer', { RollbackConfig: { Monitor: 1e18 } }, /invalid rollback monitor 1000000000000000000ns: must be at most 24 days/],
  ['update parallelism past any task limit', { UpdateConfig: { Parallelism: 2_000_000 } }, /invalid update parallelism 2000000: must be at most 1000000/],
  ['max replicas per node past any task limit', { TaskTemplate: { Placement: { MaxReplicas: 2_000_000 } } }, /invalid max replicas per node 2000000: must be at most 1000000/],
  ['too many constraints', { TaskTemplate: { Placement: { Constraints: many(101, (i) => `node.labels.k${i}==v`) } } }, /invalid placement constraints: 101 given, must be at most 100/],
  ['constraint too long', { TaskTemplate: { Placement: { Constraints: [`node.labels.k==${'v'.repeat(1100)}`] } } }, /invalid placement constraint: 1115 bytes, must be at most 1024 bytes/],
  ['too many preferences', { TaskTemplate: { Placement: { Preferences: many(11, (i) => i).map((i) => ({ Spread: { SpreadDescriptor: `node.labels.k${i}` } })) } } }, /invalid placement preferences: 11 given, must be at most 10/],
  ['too many ports', { EndpointSpec: { Ports: many(1025, (i) => i).map((i) => ({ TargetPort: 1000 + Number(i) })) } }, /invalid published ports: 1025 given, must be at most 1024/],
  ['too many secrets', { TaskTemplate: { ContainerSpec: { Secrets: many(257, (i) => ({ SecretName: `s${i}`, File: { Name: `f${i}` } })) } } }, /invalid secrets of a service: 257 given, must be at most 256/],
  ['a secret uid that is not an id', { TaskTemplate: { ContainerSpec: { Secrets: [{ SecretName: 's', File: { Name: 'f', UID: 'root' } }] } } }, /File.UID "root" must be a numeric id/],
  ['a secret mode past the permission bits', { TaskTemplate: { ContainerSpec: { Secrets: [{ SecretName: 's', File: { Name: 'f', Mode: 0o7777 } }] } } }, /invalid secret mode 4095: permission bits only/],
]

// Every endpoint that changes something, with a request it must refuse. Run in order
// against a one-node swarm holding a service `web` (WEB_SERVICE: one replica that no node
// may run, so no process starts; it uses secret `s1`; never updated), that secret, and
// nothing else.
export const WEB_SERVICE = serviceBody('web', {
  Mode: { Replicated: { Replicas: 1 } },
  TaskTemplate: { Placement: { Constraints: ['node.labels.nowhere==true'] }, ContainerSpec: { Secrets: [{ SecretName: 's1', File: { Name: 's1' } }] } },
})
export const REFUSED_REQUESTS: RefusedRequest[] = [
  // ---- swarm ----
  { what: 'init on a node already in a swarm', method: 'POST', path: '/swarm/init', body: {}, status: 503, message: /already part of a swarm/ },
  { what: 'join on a node already in a swarm', method: 'POST', path: '/swarm/join', body: { JoinToken: 'x', RemoteAddrs: ['127.0.0.1:1'] }, status: 503, message: /already part of a swarm/ },
  { what: 'unlock of a swarm that is not locked', method: 'POST', path: '/swarm/unlock', body: { UnlockKey: 'SWMKEY-1-x' }, status: 503, message: /swarm is not locked/ },
  { what: 'update with an election tick at the heartbeat tick', method: 'POST', path: '/swarm/update?version={swarmVersion}', body: { Raft: { ElectionTick: 3, HeartbeatTick: 3 } }, status: 400, message: /election tick 3: must be greater than the heartbeat tick \(3\)/ },
  { what: 'update with a task limit past its bound', method: 'POST', path: '/swarm/update?version={swarmVersion}', body: { Orchestration: { TaskLimit: 2_000_000 } }, status: 400, message: /invalid task limit 2000000: must be at most 1000000/ },
  { what: 'update with a task history past its bound', method: 'POST', path: '/swarm/update?version={swarmVersion}', body: { Orchestration: { TaskHistoryRetentionLimit: 1000 } }, status: 400, message: /invalid task history limit 1000: must be at most 100/ },
  { what: 'update with too many swarm labels', method: 'POST', path: '/swarm/update?version={swarmVersion}', body: { Labels: labels(1001) }, status: 400, message: /invalid swarm labels: 1001 given/ },
  { what: 'update with a cert expiry past its bound', method: 'POST', path: '/swarm/update?version={swarmVersion}', body: { CAConfig: { NodeCertExpiry: 4000 * DAY_NS } }, status: 400, message: /invalid node certificate expiry 345600000000000000ns: must be at most 3650 days/ },
  { what: 'update from an old version', method: 'POST', path: '/swarm/update?version=1', body: {}, status: 409, message: /update out of sequence/ },
  // ---- services ----
  { what: 'create asking for more tasks than the swarm holds', method: 'POST', path: '/services/create', body: serviceBody('huge', { Mode: { Replicated: { Replicas: 99999999999 } } }), status: 400, message: new RegExp(`invalid replicas 99999999999: must be at most ${DEFAULT_SWARM_TASK_LIMIT} \\(the swarm's task limit`) },
  { what: "create with the issue's two million replicas on one node", method: 'POST', path: '/services/create', body: serviceBody('twomillion', { Mode: { Replicated: { Replicas: 2_000_000 } } }), status: 400, message: /invalid replicas 2000000: must be at most 100000/ },
  { what: 'create past the swarm total', method: 'POST', path: '/services/create', body: serviceBody('big', { Mode: { Replicated: { Replicas: DEFAULT_SWARM_TASK_LIMIT } } }), status: 400, message: /invalid replicas 100000: the swarm would hold 100001 tasks, over its task limit of 100000 \(other services ask for 1/ },
  ...REFUSED_SPECS.map(([what, patch, message]): RefusedRequest => ({ what: `create with ${what}`, method: 'POST', path: '/services/create', body: serviceBody('bad', patch), status: 400, message })),
  { what: 'create with a taken name', method: 'POST', path: '/services/create', body: serviceBody('web'), status: 409, message: /service web already exists/ },
  { what: 'create with a secret that does not exist', method: 'POST', path: '/services/create', body: serviceBody('nosecret', { TaskTemplate: { ContainerSpec: { Secrets: [{ SecretName: 'missing', File: { Name: 'f' } }] } } }), status: 400, message: /secret not found: missing/ },
  { what: 'update (scale) past the task limit', method: 'POST', path: '/services/web/update?version={serviceVersion}', body: serviceBody('web', { Mode: { Replicated: { Replicas: DEFAULT_SWARM_TASK_LIMIT + 1 } } }), status: 400, message: /invalid replicas 100001: must be at most 100000/ },
  { what: 'update with env past its bound', method: 'POST', path: '/services/web/update?version={serviceVersion}', body: serviceBody('web', { TaskTemplate: { ContainerSpec: { Env: [`A=${'x'.repeat(200_000)}`] } } }), status: 400, message: /invalid command, args and env: \d+ bytes, must be at most 131072 bytes/ },
  { what: 'update from an old version', method: 'POST', path: '/services/web/update?version=1', body: serviceBody('web'), status: 409, message: /update out of sequence/ },
  { what: 'update changing the mode', method: 'POST', path: '/services/web/update?version={serviceVersion}', body: serviceBody('web', { Mode: { Global: {}, Replicated: undefined } }), status: 400, message: /service mode cannot change/ },
  { what: 'rollback of a service never updated', method: 'POST', path: '/services/web/update?version={serviceVersion}&rollback=previous', body: serviceBody('web'), status: 503, message: /does not have a previous spec/ },
  { what: 'rollback to something other than previous', method: 'POST', path: '/services/web/update?version={serviceVersion}&rollback=first', body: serviceBody('web'), status: 400, message: /invalid rollback "first"/ },
  { what: 'remove of a service that does not exist', method: 'DELETE', path: '/services/nosuch', status: 404, message: /service nosuch not found/ },
  // ---- nodes ----
  { what: 'node update with too many labels', method: 'POST', path: '/nodes/{nodeId}/update?version={nodeVersion}', body: { Role: 'manager', Availability: 'active', Labels: labels(1001) }, status: 400, message: /invalid node labels: 1001 given/ },
  { what: 'node update with a bad availability', method: 'POST', path: '/nodes/{nodeId}/update?version={nodeVersion}', body: { Role: 'manager', Availability: 'gone' }, status: 400, message: /invalid availability "gone"/ },
  { what: 'node update with a name past its bound', method: 'POST', path: '/nodes/{nodeId}/update?version={nodeVersion}', body: { Role: 'manager', Availability: 'active', Name: 'n'.repeat(256) }, status: 400, message: /invalid node name: 256 bytes, must be at most 255 bytes/ },
  { what: 'demotion of the last manager', method: 'POST', path: '/nodes/{nodeId}/update?version={nodeVersion}', body: { Role: 'worker', Availability: 'active' }, status: 503, message: /demote the last manager/ },
  { what: 'removal of a manager', method: 'DELETE', path: '/nodes/{nodeId}?force=1', status: 503, message: /must be demoted to worker before removal/ },
  // ---- secrets ----
  { what: 'secret create with data past its bound', method: 'POST', path: '/secrets/create', body: { Name: 'big', Data: Buffer.alloc(512_000).toString('base64') }, status: 400, message: /secret data must be larger than 0 and less than 512000 bytes/ },
  { what: 'secret create with a name past its bound', method: 'POST', path: '/secrets/create', body: { Name: 's'.repeat(65), Data: 'eA==' }, status: 400, message: /invalid secret name: 65 bytes, must be at most 64 bytes/ },
  { what: 'secret create with too many labels', method: 'POST', path: '/secrets/create', body: { Name: 'lab', Data: 'eA==', Labels: labels(1001) }, status: 400, message: /invalid secret labels: 1001 given/ },
  { what: 'secret create with a taken name', method: 'POST', path: '/secrets/create', body: { Name: 's1', Data: 'eA==' }, status: 409, message: /secret s1 already exists/ },
  { what: 'removal of a secret in use', method: 'DELETE', path: '/secrets/s1', status: 400, message: /in use by the following service: web/ },
]

// Refused by a node before it is in a swarm (and so before anything is written there).
export const REFUSED_BEFORE_SWARM: RefusedRequest[] = [
  { what: 'init with an election tick at the heartbeat tick', method: 'POST', path: '/swarm/init', body: { ListenAddr: '{listen}', Spec: { Raft: { ElectionTick: 2, HeartbeatTick: 2 } } }, status: 400, message: /election tick 2: must be greater than the heartbeat tick \(2\)/ },
  { what: 'init with a listen address that is no address', method: 'POST', path: '/swarm/init', body: { ListenAddr: 'no-such-interface0' }, status: 400, message: /invalid listen address "no-such-interface0"/ },
  { what: 'init with an external CA and no root certificate', method: 'POST', path: '/swarm/init', body: { ListenAddr: '{listen}', Spec: { CAConfig: { ExternalCAs: [{ Protocol: 'cfssl', URL: 'https://127.0.0.1:1/sign' }] } } }, status: 400, message: /an external CA needs the root CA certificate/ },
  { what: 'init with a task limit past its bound', method: 'POST', path: '/swarm/init', body: { ListenAddr: '{listen}', Spec: { Orchestration: { TaskLimit: 5_000_000 } } }, status: 400, message: /invalid task limit 5000000: must be at most 1000000/ },
  { what: 'init with too many swarm labels', method: 'POST', path: '/swarm/init', body: { ListenAddr: '{listen}', Spec: { Labels: labels(1001) } }, status: 400, message: /invalid swarm labels: 1001 given/ },
  { what: 'init with a heartbeat of 1 ms', method: 'POST', path: '/swarm/init', body: { ListenAddr: '{listen}', Spec: { Dispatcher: { HeartbeatPeriod: 1e6 } } }, status: 400, message: /invalid dispatcher heartbeat period 1ms/ },
  { what: 'init with a bad availability', method: 'POST', path: '/swarm/init', body: { ListenAddr: '{listen}', Availability: 'sometimes' }, status: 400, message: /invalid availability "sometimes"/ },
  { what: 'init with a root CA key', method: 'POST', path: '/swarm/init', body: { ListenAddr: '{listen}', Spec: { CAConfig: { SigningCAKey: 'key' } } }, status: 400, message: /swarm init takes no root CA key/ },
  { what: 'join without a token', method: 'POST', path: '/swarm/join', body: { RemoteAddrs: ['127.0.0.1:1'] }, status: 400, message: /a join token is required/ },
  { what: 'join with a malformed token', method: 'POST', path: '/swarm/join', body: { JoinToken: 'SWMTKN-1-nonsense', RemoteAddrs: ['127.0.0.1:1'] }, status: 400, message: /token/ },
  { what: 'join with too many managers', method: 'POST', path: '/swarm/join', body: { JoinToken: 'SWMTKN-1-x', RemoteAddrs: many(65, () => '127.0.0.1:1') }, status: 400, message: /invalid manager addresses: 65 given, must be at most 64/ },
  { what: 'unlock of a node in no swarm', method: 'POST', path: '/swarm/unlock', body: { UnlockKey: 'SWMKEY-1-x' }, status: 503, message: /not part of a swarm/ },
  { what: 'leave of a node in no swarm', method: 'POST', path: '/swarm/leave', status: 503, message: /not part of a swarm/ },
  { what: 'service create on a node in no swarm', method: 'POST', path: '/services/create', body: serviceBody('web'), status: 503, message: /not a swarm manager/ },
]

// docker's CLI (`docker swarm init`, no flags): swarm.InitRequest as Go encodes it. Spec is
// a struct, so every block is there, zero-valued; RaftConfig's ticks have no omitempty.
export const DOCKER_INIT_BODY = {
  ListenAddr: '0.0.0.0:2377',
  AdvertiseAddr: '',
  DataPathAddr: '',
  DataPathPort: 0,
  ForceNewCluster: false,
  Spec: {
    Labels: null,
    Orchestration: {},
    Raft: { ElectionTick: 0, HeartbeatTick: 0 },
    Dispatcher: {},
    CAConfig: {},
    TaskDefaults: {},
    EncryptionConfig: { AutoLockManagers: false },
  },
  AutoLockManagers: false,
  Availability: 'active',
  DefaultAddrPool: null,
  SubnetSize: 0,
}
