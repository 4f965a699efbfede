// Tables and rows as docker prints them: tabwriter widths, column sets, cell renderings.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'

import type { Node, Service, Task } from '../src/api/client'
import { UsageError } from '../src/cli/errors'
import { parseFormat, parseObjectFormat, renderList, renderObjects } from '../src/cli/template-format'
import { errorLines } from '../src/cli/base'
import { MultiError } from '../src/cli/errors'
import {
  bytesSize,
  capitalize,
  displayImage,
  ellipsis,
  formatServicePorts,
  inspectArray,
  jsonLines,
  naturalCompare,
  nodeRow,
  nodeTable,
  renderInfo,
  renderTable,
  SERVICE_HEADERS,
  serviceRow,
  serviceTable,
  sortServices,
  taskRows,
  taskTable,
  truncateId,
} from '../src/cli/format'

describe('renderTable (docker tabwriter: minwidth 10, padding 3)', () => {
  test('columns are max(cell + 3, 10) wide; the last column is not padded', () => {
    const out = renderTable(['ID', 'NAME', 'LAST'], [
      ['abcdef123456', 'web', 'x'],
      ['1', 'a-much-longer-name', ''],
    ])
    assert.equal(
      out,
      'ID             NAME                 LAST\n' +
        'abcdef123456   web                  x\n' +
        '1              a-much-longer-name   \n',
    )
  })

  test('widths count characters, not UTF-16 units or bytes', () => {
    const out = renderTable(['A', 'B'], [['héllo…wörld', 'x']])
    assert.equal(out, 'A             B\nhéllo…wörld   x\n')
  })

  test('a header alone', () => {
    assert.equal(renderTable(['ID', 'NAME'], []), 'ID        NAME\n')
  })
})

describe('cells', () => {
  test('ids, states, ellipsis, images', () => {
    assert.equal(truncateId('0123456789abcdefghijklmno'), '0123456789ab')
    assert.equal(truncateId(undefined), '')
    assert.equal(capitalize('running'), 'Running')
    assert.equal(capitalize(''), '')
    assert.equal(ellipsis('short', 30), 'short')
    assert.equal(ellipsis('abcdefghij', 5), 'abcd…')
    assert.equal(displayImage('nginx:1.25@sha256:abc'), 'nginx:1.25')
    assert.equal(displayImage('nginx@sha256:abc'), 'nginx@sha256:abc')
    assert.equal(displayImage('localhost:5000/app@sha256:abc'), 'localhost:5000/app@sha256:abc')
    assert.equal(displayImage('/usr/bin/sleep'), '/usr/bin/sleep')
  })

  test('natural order', () => {
    const names = ['web10', 'web2', 'api', 'web1', 'web02', 'Web']
    assert.deepEqual([...names].sort(naturalCompare), ['Web', 'api', 'web1', 'web2', 'web02', 'web10'])
  })

  test('ports grouped into ranges like docker', () => {
    assert.equal(formatServicePorts(undefined), '')
    assert.equal(
      formatServicePorts([
        { Protocol: 'tcp', PublishedPort: 81, TargetPort: 81, PublishMode: 'ingress' },
        { Protocol: 'tcp', PublishedPort: 80, TargetPort: 80, PublishMode: 'ingress' },
        { Protocol: 'tcp', PublishedPort: 82, TargetPort: 80, PublishMode: 'ingress' },
        { Protocol: 'udp', PublishedPort: 53, TargetPort: 53, PublishMode: 'ingress' },
        { Protocol: 'tcp', PublishedPort: 9000, TargetPort: 9000, PublishMode: 'host' },
      ]),
      '*:80-81->80-81/tcp, *:82->80/tcp, *:53->53/udp',
    )
  })

  test('bytes like units.BytesSize', () => {
    assert.equal(bytesSize(512), '512B')
    assert.equal(bytesSize(2048), '2KiB')
    assert.equal(bytesSize(2097152000), '1.953GiB')
  })

  test('--format values', () => {
    assert.deepEqual(parseFormat(undefined), { kind: 'table' })
    assert.deepEqual(parseFormat('table'), { kind: 'table' })
    assert.deepEqual(parseFormat('json'), { kind: 'json' })
    assert.deepEqual(parseFormat('{{json .}}'), { kind: 'json' })
    assert.deepEqual(parseFormat('{{.ID}}'), { kind: 'template', template: '{{.ID}}', table: false })
    assert.deepEqual(parseFormat('table {{.ID}}\\t{{.Name}}'), { kind: 'template', template: '{{.ID}}\t{{.Name}}', table: true })
    assert.throws(() => parseFormat('{{.ID'), UsageError)
    assert.throws(() => parseFormat('{{bogus .ID}}'), /invalid --format "\{\{bogus \.ID\}\}": template: :1: function "bogus" not defined/)
    assert.deepEqual(parseObjectFormat(undefined), { kind: 'default' })
    assert.deepEqual(parseObjectFormat('json'), { kind: 'json' })
    assert.deepEqual(parseObjectFormat('{{.Spec.Name}}'), { kind: 'template', template: '{{.Spec.Name}}' })
  })

  test('--format templates over rows, as docker prints them', () => {
    const rows = [serviceRow(service('web')), serviceRow(service('api-long-name'))]
    const list = (f: string) => renderList(parseFormat(f), { rows, type: 'serviceContext', headers: SERVICE_HEADERS, table: () => 'TABLE' })
    assert.equal(list('{{.Name}} {{.Replicas}}'), 'web 2/3\napi-long-name 2/3\n')
    assert.equal(list('table {{.Name}}\\t{{.Replicas}}'), 'NAME            REPLICAS\nweb             2/3\napi-long-name   2/3\n')
    assert.equal(list('table {{.Name | upper}}\\t{{.Mode}}\\t{{.Image}}'), 'NAME            MODE         IMAGE\nWEB             replicated   sleep\nAPI-LONG-NAME   replicated   sleep\n')
    assert.equal(list('{{json .Name}}|{{truncate .Name 3}}|{{pad .Mode 1 1}}|'), '"web"|web| replicated |\n"api-long-name"|api| replicated |\n')
    assert.equal(list('table'), 'TABLE')
    assert.equal(list('json'), rows.map((r) => JSON.stringify(r) + '\n').join(''))
    assert.throws(() => list('{{.Nmae}}'), /can't evaluate field Nmae in type serviceContext/)
    assert.equal(renderObjects('{{.Spec.Name}} {{.Spec.Mode.Replicated.Replicas}} {{.Missing}}', [service('web')]), 'web 3 <no value>\n')
  })
})

const service = (name: string, over: Partial<Service> = {}): Service => ({
  ID: `${name}-id-0123456789abcdef`,
  Spec: { Name: name, TaskTemplate: { ContainerSpec: { Image: 'sleep' } }, Mode: { Replicated: { Replicas: 3 } } },
  ServiceStatus: { RunningTasks: 2, DesiredTasks: 3, CompletedTasks: 0 },
  ...over,
})

describe('service ls', () => {
  test('table with docker columns, sorted by name', () => {
    const services = sortServices([
      service('web'),
      service('agent', { Spec: { Name: 'agent', TaskTemplate: { ContainerSpec: { Image: 'x' } }, Mode: { Global: {} } }, ServiceStatus: { RunningTasks: 1, DesiredTasks: 1 } }),
    ])
    assert.equal(
      serviceTable(services.map(serviceRow)),
      'ID             NAME      MODE         REPLICAS   IMAGE     PORTS\n' +
        'agent-id-012   agent     global       1/1        x         \n' +
        'web-id-01234   web       replicated   2/3        sleep     \n',
    )
  })

  test('json rows have docker\'s {{json .}} keys', () => {
    const line = jsonLines([serviceRow(service('web'))])
    assert.equal(line, '{"ID":"web-id-01234","Image":"sleep","Mode":"replicated","Name":"web","Ports":"","Replicas":"2/3"}\n')
  })

  test('a service without status shows 0/0 rather than failing', () => {
    assert.equal(serviceRow(service('x', { ServiceStatus: undefined })).Replicas, '0/0')
  })
})

describe('service ps', () => {
  const now = Date.parse('2024-01-01T00:01:00Z')
  const task = (id: string, slot: number, state: string, desired: string, createdAt: string, err?: string): Task => ({
    ID: id,
    ServiceID: 'svc',
    Slot: slot,
    NodeID: 'node1',
    DesiredState: desired,
    CreatedAt: createdAt,
    Spec: { ContainerSpec: { Image: 'sleep' } },
    Status: { State: state, Timestamp: '2024-01-01T00:00:57Z', Err: err },
  })
  const ctx = {
    serviceNames: new Map([['svc', 'web']]),
    nodeNames: new Map([['node1', 'host-a']]),
    trunc: true,
    table: true,
    now,
  }

  test('grouped by slot, newest first, history indented, errors quoted and cut at 30', () => {
    const rows = taskRows(
      [
        task('t2aaaaaaaaaaaaaaaa', 2, 'running', 'running', '2024-01-01T00:00:10Z'),
        task('t1oldaaaaaaaaaaaaa', 1, 'failed', 'shutdown', '2024-01-01T00:00:01Z', 'non-zero exit (3): and a long explanation'),
        task('t1newaaaaaaaaaaaaa', 1, 'running', 'running', '2024-01-01T00:00:05Z'),
        task('t10aaaaaaaaaaaaaaa', 10, 'pending', 'running', '2024-01-01T00:00:05Z'),
      ],
      ctx,
    )
    assert.deepEqual(
      rows.map((r) => r.Name),
      ['web.1', ' \\_ web.1', 'web.2', 'web.10'],
    )
    assert.equal(rows[0].CurrentState, 'Running 3 seconds ago')
    assert.equal(rows[1].DesiredState, 'Shutdown')
    assert.equal(rows[1].Error, '"non-zero exit (3): and a long…"')
    assert.equal(rows[0].Node, 'host-a')
    assert.equal(rows[0].ID, 't1newaaaaaaa')
    const table = taskTable(rows)
    const lines = table.split('\n')
    assert.equal(lines[0], 'ID             NAME        IMAGE     NODE      DESIRED STATE   CURRENT STATE           ERROR                              PORTS')
    assert.equal(lines[1], 't1newaaaaaaa   web.1       sleep     host-a    Running         Running 3 seconds ago                                      ')
  })

  test('json rows are not indented; --no-trunc keeps full ids and errors', () => {
    const rows = taskRows(
      [
        task('t1newaaaaaaaaaaaaa', 1, 'running', 'running', '2024-01-01T00:00:05Z'),
        task('t1oldaaaaaaaaaaaaa', 1, 'failed', 'shutdown', '2024-01-01T00:00:01Z', 'x'.repeat(40)),
      ],
      { ...ctx, trunc: false, table: false },
    )
    assert.equal(rows[1].Name, 'web.1')
    assert.equal(rows[1].ID, 't1oldaaaaaaaaaaaaa')
    assert.equal(rows[1].Error, `"${'x'.repeat(40)}"`)
    assert.deepEqual(Object.keys(rows[0]), ['CurrentState', 'DesiredState', 'Error', 'ID', 'Image', 'Name', 'Node', 'Ports'])
  })

  test('global tasks are named service.nodeID', () => {
    const rows = taskRows([{ ...task('g1', 0, 'running', 'running', '2024-01-01T00:00:05Z'), Slot: undefined }], ctx)
    assert.equal(rows[0].Name, 'web.node1')
  })
})

describe('node ls', () => {
  const node = (id: string, hostname: string, leader?: boolean): Node => ({
    ID: id,
    Spec: { Role: 'manager', Availability: 'active' },
    Description: { Hostname: hostname, Engine: { EngineVersion: '0.1.0' } },
    Status: { State: 'ready', Addr: '10.0.0.1' },
    ManagerStatus: { Leader: leader, Reachability: 'reachable', Addr: '10.0.0.1:2377' },
  })

  test('the current node is marked with *', () => {
    const info = { Swarm: { NodeID: 'n1aaaaaaaaaaaaaaaaaaaaaaa' } }
    const rows = [node('n1aaaaaaaaaaaaaaaaaaaaaaa', 'alpha', true), node('n2bbbbbbbbbbbbbbbbbbbbbbb', 'beta')].map((n) => nodeRow(n, info))
    assert.equal(
      nodeTable(rows),
      'ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION\n' +
        'n1aaaaaaaaaaaaaaaaaaaaaaa *   alpha      Ready     Active         Leader           0.1.0\n' +
        'n2bbbbbbbbbbbbbbbbbbbbbbb     beta       Ready     Active         Reachable        0.1.0\n',
    )
    assert.equal(
      JSON.stringify(rows[0]),
      '{"Availability":"Active","EngineVersion":"0.1.0","Hostname":"alpha","ID":"n1aaaaaaaaaaaaaaaaaaaaaaa","ManagerStatus":"Leader","Self":true,"Status":"Ready","TLSStatus":"Unknown"}',
    )
  })

  test('a worker has an empty manager status', () => {
    const worker: Node = { ...node('w', 'w'), ManagerStatus: undefined }
    assert.equal(nodeRow(worker, undefined).ManagerStatus, '')
  })
})

describe('inspect and info', () => {
  test('inspect prints a 4-space indented array', () => {
    assert.equal(inspectArray([]), '[]\n')
    assert.equal(inspectArray([{ ID: 'x' }]), '[\n    {\n        "ID": "x"\n    }\n]\n')
  })

  test('info shows the swarm section only when active', () => {
    const inactive = renderInfo({ Swarm: { LocalNodeState: 'inactive' } }, { version: '0.1.0', host: 'unix:///s' })
    assert.match(inactive, /^ Swarm: inactive$/m)
    assert.doesNotMatch(inactive, /NodeID/)
    const active = renderInfo(
      {
        ServerVersion: '0.1.0',
        Name: 'host-a',
        Swarm: {
          LocalNodeState: 'active',
          NodeID: 'n1',
          NodeAddr: '10.0.0.1',
          ControlAvailable: true,
          Nodes: 2,
          Managers: 1,
          Cluster: { ID: 'c1', RootRotationInProgress: true },
          RemoteManagers: [{ NodeID: 'n1', Addr: '10.0.0.1:2377' }],
          LoadBalancer: 'ipvs',
          NodeRules: 'iptables',
        },
      },
      { version: '0.1.0', host: 'unix:///s' },
    )
    assert.match(active, /^ Swarm: active\n  NodeID: n1\n  Is Manager: true\n  ClusterID: c1\n  Managers: 1\n  Nodes: 2\n  Root Rotation In Progress: true\n  Node Address: 10.0.0.1\n  Manager Addresses:\n   10.0.0.1:2377\n  Load Balancer: ipvs\n  Node Rules: iptables$/m)
  })
})

describe('errors print as one line each', () => {
  test('usage errors point at --help; daemon messages pass through', () => {
    assert.deepEqual(errorLines(new UsageError('bad thing'), 'shoal service create'), ["Error: bad thing (see 'shoal service create --help')"])
    assert.deepEqual(errorLines(new Error('service x not found\n'), 'shoal service rm'), ['Error: service x not found'])
    assert.deepEqual(errorLines(new MultiError(['a: gone', 'b: gone']), 'shoal service rm'), ['Error: a: gone', 'Error: b: gone'])
  })
})
