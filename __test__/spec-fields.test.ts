// Refusal of docker spec fields shoal does not support (src/api/spec-fields.ts): every
// refused field of the table is refused by name through the converters, zero values (what
// docker's CLI sends for flags not given) pass, what shoal itself answers can be sent back,
// and docs/ARCHITECTURE.md shows the table as it is.
import { test } from 'node:test'
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { NODE_SPEC, SERVICE_SPEC, SWARM_SPEC, fieldPaths, supportTable } from '../src/api/spec-fields'
import { clusterSpecUpdateFromDocker, serviceSpecFromDocker, serviceSpecToDocker } from '../src/api/convert'
import { nodeSpecFromDocker } from '../src/api/convert-node'
import { insertServiceDefaults } from '../src/api/convert-defaults'

type Json = Record<string, any>

const base = (): Json => ({ Name: 'web', TaskTemplate: { ContainerSpec: { Image: 'busybox', Args: ['sleep', '60'] } }, Mode: { Replicated: { Replicas: 1 } } })

// Sets `value` at a table path ("ServiceSpec.TaskTemplate.ContainerSpec.Mounts[].BindOptions"),
// a list step taking one item (with the fields a mount or reference needs to be valid).
function setAt(root: Json, fieldPath: string, value: unknown): Json {
  const steps = fieldPath.split('.').slice(1)
  let o: Json = root
  steps.forEach((step, i) => {
    const last = i === steps.length - 1
    const isList = step.endsWith('[]')
    const key = isList ? step.slice(0, -2) : step
    if (last) {
      o[key] = value
      return
    }
    if (isList) {
      o[key] ??= [{}]
      o = o[key][0]
    } else {
      o[key] ??= {}
      o = o[key]
    }
  })
  return root
}

const converters: [string, Json, () => Json, (spec: Json) => unknown][] = [
  ['ServiceSpec', SERVICE_SPEC, base, serviceSpecFromDocker],
  ['NodeSpec', NODE_SPEC, () => ({ Role: 'worker', Availability: 'active' }), nodeSpecFromDocker],
  ['SwarmSpec', SWARM_SPEC, () => ({}), clusterSpecUpdateFromDocker],
]

test('every field the table refuses is refused by name, with what it is', () => {
  let refused = 0
  for (const [kind, fields, make, convert] of converters) {
    for (const [fieldPath, verdict] of fieldPaths(fields, kind)) {
      if (verdict === true) continue
      refused++
      const spec = setAt(make(), fieldPath, 'set')
      const shown = fieldPath.replace(/\[\]/g, '[0]')
      assert.throws(() => convert(spec), (err: Error) => err.message === `${shown}: shoal does not support ${verdict}`, fieldPath)
    }
  }
  assert.ok(refused >= 30, `${refused} refused fields`)
  // The ones the issue names.
  assert.throws(() => serviceSpecFromDocker(setAt(base(), 'ServiceSpec.TaskTemplate.ContainerSpec.Privileges.SELinuxContext', { User: 'system_u' })), /^ShoalError: ServiceSpec\.TaskTemplate\.ContainerSpec\.Privileges\.SELinuxContext: shoal does not support SELinux labels$/)
  assert.throws(() => serviceSpecFromDocker(setAt(base(), 'ServiceSpec.TaskTemplate.ContainerSpec.Privileges.CredentialSpec', { File: 'spec.json' })), /Privileges\.CredentialSpec: shoal does not support Windows credential specs/)
})

test("a docker field spelled in another case is refused; names docker has not are ignored, as dockerd does", () => {
  assert.throws(() => serviceSpecFromDocker(setAt(base(), 'ServiceSpec.TaskTemplate.ContainerSpec.hostname', 'h')), /^ShoalError: ServiceSpec\.TaskTemplate\.ContainerSpec\.hostname: docker's field is spelled Hostname$/)
  assert.throws(() => nodeSpecFromDocker({ Role: 'worker', Availability: 'active', labels: { a: 'b' } }), /NodeSpec\.labels: docker's field is spelled Labels/)
  // dockerode's service.update({version, ...spec}) sends the version in the body as well.
  const spec = serviceSpecFromDocker({ ...base(), version: 12 })
  assert.equal(spec.annotations?.name, 'web')
  assert.doesNotThrow(() => clusterSpecUpdateFromDocker({ Raft: { Ticks: 5 }, version: 3 }))
})

test("docker's CLI's service create body (flags not given are zero values) passes", () => {
  // docker service create --name web busybox sleep 60, as Docker 28's CLI sends it.
  const body = {
    Name: 'web',
    Labels: {},
    TaskTemplate: {
      ContainerSpec: {
        Image: 'busybox:latest@sha256:' + 'a'.repeat(64),
        Args: ['sleep', '60'],
        Init: false,
        DNSConfig: {},
        Isolation: '',
        Privileges: { CredentialSpec: null, SELinuxContext: null, NoNewPrivileges: false },
        Groups: [],
        Hosts: null,
        Sysctls: {},
        Ulimits: [],
        OomScoreAdj: 0,
        TTY: false,
      },
      Resources: { Limits: {}, Reservations: {} },
      Placement: {},
      ForceUpdate: 0,
      Runtime: 'container',
    },
    Mode: { Replicated: { Replicas: 1 } },
    UpdateConfig: { Parallelism: 1, FailureAction: 'pause', MaxFailureRatio: 0, Order: 'stop-first' },
    RollbackConfig: { Parallelism: 1, FailureAction: 'pause', MaxFailureRatio: 0, Order: 'stop-first' },
    EndpointSpec: { Mode: 'vip' },
  }
  const spec = serviceSpecFromDocker(body)
  assert.equal(spec.task?.container?.image, body.TaskTemplate.ContainerSpec.Image)
})

test('what shoal answers passes back in: services (with insertDefaults too), nodes, the swarm', () => {
  const rich = base()
  Object.assign(rich.TaskTemplate.ContainerSpec, {
    Hostname: 'h',
    Dir: '/srv',
    User: '1000:1000',
    Mounts: [{ Type: 'tmpfs', Target: '/tmp', TmpfsOptions: { SizeBytes: 1 << 20 } }],
    Healthcheck: { Test: ['CMD', 'true'], Interval: 1e9 },
    CapabilityAdd: ['CAP_NET_ADMIN'],
    StopGracePeriod: 3e9,
  })
  Object.assign(rich.TaskTemplate, {
    Resources: { Limits: { NanoCPUs: 5e8, Pids: 100 }, Reservations: { MemoryBytes: 8 << 20 } },
    Placement: { Constraints: ['node.role==worker'], Preferences: [{ Spread: { SpreadDescriptor: 'node.labels.zone' } }], Platforms: [{ OS: 'linux', Architecture: 'amd64' }] },
    LogDriver: { Name: 'json-file', Options: { 'max-size': '1m' } },
  })
  rich.EndpointSpec = { Mode: 'vip', Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' }] }
  rich.UpdateConfig = { Parallelism: 2, Delay: 1e9, FailureAction: 'rollback', Order: 'start-first' }
  const shown = serviceSpecToDocker(serviceSpecFromDocker(rich))
  assert.doesNotThrow(() => serviceSpecFromDocker(shown))
  assert.doesNotThrow(() => serviceSpecFromDocker(insertServiceDefaults(shown)))
  assert.doesNotThrow(() => serviceSpecFromDocker(insertServiceDefaults(serviceSpecToDocker(serviceSpecFromDocker(base())))))
  assert.doesNotThrow(() => nodeSpecFromDocker({ Name: 'n', Labels: { a: 'b' }, Role: 'manager', Availability: 'drain' }))
  assert.doesNotThrow(() =>
    clusterSpecUpdateFromDocker({
      Name: 'default',
      Labels: {},
      Orchestration: { TaskHistoryRetentionLimit: 5, TaskLimit: 100000 },
      Raft: { SnapshotInterval: 10000, KeepOldSnapshots: 0, LogEntriesForSlowFollowers: 500, ElectionTick: 10, HeartbeatTick: 1, TickPeriod: 1e9 },
      Dispatcher: { HeartbeatPeriod: 5e9 },
      CAConfig: { NodeCertExpiry: 7776000e9, ExternalCAs: [], ForceRotate: 0 },
      EncryptionConfig: { AutoLockManagers: false },
      TaskDefaults: {},
    }),
  )
})

test('docs/ARCHITECTURE.md shows the support table as the code has it', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'ARCHITECTURE.md'), 'utf8')
  for (const row of supportTable()) assert.ok(doc.includes(row + '\n'), `docs/ARCHITECTURE.md lacks the row:\n${row}\n(print the table: node -e "console.log(require('./dist/src/api/spec-fields').supportTable().join('\\n'))")`)
})
