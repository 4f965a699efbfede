// Flag value validation, argv splitting at IMAGE, scale specifiers and --args splitting.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'

import { UsageError } from '../src/cli/errors'
import {
  flagShapes,
  parseEnv,
  parseEnvList,
  parseLabel,
  parseLabels,
  parseMode,
  parseReplicas,
  parseRestartCondition,
  parseRuntime,
  parseScaleArgs,
  parseTail,
  parseUint,
  shellSplit,
  splitArgvAtImage,
  type FlagShape,
} from '../src/cli/parse'
import { applyServiceUpdate, buildServiceSpec, updateEnv } from '../src/cli/service-spec'
import type { Service, ServiceSpec } from '../src/api/client'
import { applyContainerUpdate } from '../src/cli/container-opts'

function usageError(re: RegExp) {
  return (err: unknown) => {
    assert.ok(err instanceof UsageError, String(err))
    assert.match(err.message, re)
    return true
  }
}

describe('numbers', () => {
  test('non-negative integers only', () => {
    assert.equal(parseUint('0', 'x'), 0)
    assert.equal(parseUint('42', 'x'), 42)
    assert.equal(parseReplicas(' 3 '), 3)
    for (const bad of ['-1', 'abc', '', '1.5', '1e3', '0x10', '+2', '3 4']) {
      assert.throws(() => parseReplicas(bad), usageError(/invalid --replicas value .*non-negative integer/), bad)
    }
    assert.throws(() => parseUint('99999999999999999999', 'x'), usageError(/too large/))
  })

  test('--tail takes a count or "all"', () => {
    assert.equal(parseTail('all'), 'all')
    assert.equal(parseTail('ALL'), 'all')
    assert.equal(parseTail('10'), '10')
    assert.throws(() => parseTail('-1'), usageError(/--tail/))
  })
})

describe('enumerations', () => {
  test('mode, restart condition, runtime', () => {
    assert.equal(parseMode('global'), 'global')
    assert.equal(parseMode('replicated'), 'replicated')
    assert.equal(parseMode('replicated-job'), 'replicated-job')
    assert.equal(parseMode('global-job'), 'global-job')
    assert.throws(() => parseMode('cron'), usageError(/invalid --mode "cron": must be one of "replicated", "global", "replicated-job", "global-job"/))
    for (const c of ['none', 'on-failure', 'any']) assert.equal(parseRestartCondition(c), c)
    assert.throws(() => parseRestartCondition('sometimes'), usageError(/invalid --restart-condition "sometimes"/))
    assert.equal(parseRuntime('process'), 'process')
    assert.throws(() => parseRuntime('docker'), usageError(/--runtime/))
  })
})

describe('environment variables', () => {
  test('KEY=VALUE is kept verbatim, including empty values and "=" in values', () => {
    assert.equal(parseEnv('A=1'), 'A=1')
    assert.equal(parseEnv('A='), 'A=')
    assert.equal(parseEnv('URL=http://x/?a=b'), 'URL=http://x/?a=b')
    assert.equal(parseEnv('WITH_SPACE=a b'), 'WITH_SPACE=a b')
  })

  test('a bare KEY passes the CLI environment through, and fails if unset', () => {
    assert.equal(parseEnv('HOME', { HOME: '/root' }), 'HOME=/root')
    assert.throws(() => parseEnv('NOPE', {}), usageError(/invalid environment variable "NOPE": expected KEY=VALUE/))
  })

  test('malformed names are rejected with the input named', () => {
    assert.throws(() => parseEnv('=x'), usageError(/invalid environment variable "=x".*non-empty KEY/))
    assert.throws(() => parseEnv(''), usageError(/invalid environment variable ""/))
    assert.throws(() => parseEnv('A B=1'), usageError(/contains whitespace/))
    assert.throws(() => parseEnv('A=\0'), usageError(/NUL/))
  })

  test('lists', () => {
    assert.deepEqual(parseEnvList(undefined), [])
    assert.deepEqual(parseEnvList(['A=1', 'B=2']), ['A=1', 'B=2'])
  })

  test('update: removals first, then additions; order kept; additions replace in place', () => {
    assert.deepEqual(updateEnv(['A=1', 'B=2', 'C=3'], ['B=20', 'D=4'], ['A']), ['B=20', 'C=3', 'D=4'])
    assert.deepEqual(updateEnv(['A=1'], ['A=2'], ['A']), ['A=2'])
    assert.deepEqual(updateEnv(['A=1', 'B'], [], ['B=whatever']), ['A=1'])
  })
})

describe('labels', () => {
  test('KEY=VALUE and bare KEY', () => {
    assert.deepEqual(parseLabel('a=b'), ['a', 'b'])
    assert.deepEqual(parseLabel('a=b=c'), ['a', 'b=c'])
    assert.deepEqual(parseLabel('flag'), ['flag', ''])
    assert.deepEqual(parseLabels(['x=1', 'y', 'x=2']), { x: '2', y: '' })
  })

  test('empty or whitespace names are rejected', () => {
    assert.throws(() => parseLabel('=v'), usageError(/invalid label "=v": empty name/))
    assert.throws(() => parseLabel('a b=c'), usageError(/whitespace/))
  })
})

describe('scale specifiers', () => {
  test('several at once', () => {
    assert.deepEqual(parseScaleArgs(['web=5', 'api=0']), [
      { service: 'web', replicas: 5 },
      { service: 'api', replicas: 0 },
    ])
  })

  test('every argument is validated before any is used', () => {
    assert.throws(() => parseScaleArgs(['web=5', 'api']), usageError(/invalid scale specifier 'api'/))
    assert.throws(() => parseScaleArgs(['web=5', '=3']), usageError(/invalid scale specifier '=3'/))
    assert.throws(() => parseScaleArgs(['web=']), usageError(/invalid scale specifier 'web='/))
    assert.throws(() => parseScaleArgs(['web=-3']), usageError(/web: invalid replicas value -3/))
    assert.throws(() => parseScaleArgs(['web=x']), usageError(/web: invalid replicas value x/))
    assert.throws(() => parseScaleArgs(['web=1', 'web=2']), usageError(/web: given more than once/))
    assert.throws(() => parseScaleArgs([]), usageError(/at least one/))
  })
})

describe('shellSplit (--args)', () => {
  test('words, quotes and escapes', () => {
    assert.deepEqual(shellSplit('a b  c'), ['a', 'b', 'c'])
    assert.deepEqual(shellSplit(`--msg "hello world" 'single $quoted' x\\ y`), ['--msg', 'hello world', 'single $quoted', 'x y'])
    assert.deepEqual(shellSplit(`"a\\"b" ''`), ['a"b', ''])
    assert.deepEqual(shellSplit('a"b"c'), ['abc'])
    assert.deepEqual(shellSplit('   '), [])
  })

  test('unterminated quotes are errors', () => {
    assert.throws(() => shellSplit('"abc'), usageError(/unterminated " quote/))
    assert.throws(() => shellSplit("'abc"), usageError(/unterminated ' quote/))
    assert.throws(() => shellSplit('abc\\'), usageError(/trailing backslash/))
  })
})

describe('splitArgvAtImage', () => {
  const shapes: Record<string, FlagShape> = {
    name: { type: 'option' },
    replicas: { type: 'option' },
    env: { type: 'option', char: 'e' },
    label: { type: 'option', char: 'l' },
    detach: { type: 'boolean', char: 'd' },
    quiet: { type: 'boolean', char: 'q' },
    host: { type: 'option', char: 'H' },
  }

  test('flags before IMAGE, the rest verbatim even when it looks like flags', () => {
    assert.deepEqual(splitArgvAtImage(['--name', 'web', '-e', 'A=1', 'sleep', '--name', '-d', '10'], shapes), {
      flags: ['--name', 'web', '-e', 'A=1'],
      positional: ['sleep', '--name', '-d', '10'],
    })
  })

  test('--flag=value, attached short values and boolean clusters', () => {
    assert.deepEqual(splitArgvAtImage(['--name=web', '-eA=1', '-dq', 'img', 'x'], shapes), {
      flags: ['--name=web', '-eA=1', '-dq'],
      positional: ['img', 'x'],
    })
    // A cluster ending in a value flag takes the next token as its value.
    assert.deepEqual(splitArgvAtImage(['-de', 'A=1', 'img'], shapes), { flags: ['-de', 'A=1'], positional: ['img'] })
  })

  test('a flag value that looks like IMAGE is still the value', () => {
    assert.deepEqual(splitArgvAtImage(['--replicas', '3', '-H', 'unix:///x.sock', 'img'], shapes), {
      flags: ['--replicas', '3', '-H', 'unix:///x.sock'],
      positional: ['img'],
    })
  })

  test('"--" ends the flags: the next token is IMAGE even if it starts with "-"', () => {
    assert.deepEqual(splitArgvAtImage(['-d', '--', 'img', '--help'], shapes), { flags: ['-d'], positional: ['img', '--help'] })
    assert.deepEqual(splitArgvAtImage(['--', '-weird'], shapes), { flags: [], positional: ['-weird'] })
  })

  test('no IMAGE, unknown flags are left for the parser to reject', () => {
    assert.deepEqual(splitArgvAtImage(['-d', '--bogus'], shapes), { flags: ['-d', '--bogus'], positional: [] })
    assert.deepEqual(splitArgvAtImage([], shapes), { flags: [], positional: [] })
  })

  test('a value flag at the very end has nothing to take', () => {
    assert.deepEqual(splitArgvAtImage(['--name'], shapes), { flags: ['--name'], positional: [] })
  })

  test('flagShapes maps oclif definitions', () => {
    const s = flagShapes({ detach: { type: 'boolean', char: 'd' }, env: { type: 'option', char: 'e' } })
    assert.deepEqual(s.detach, { type: 'boolean', char: 'd', aliases: undefined, charAliases: undefined, allowNo: undefined })
    assert.equal(s.env.type, 'option')
  })
})

describe('service specs', () => {
  test('create sends only what was set', () => {
    const spec = buildServiceSpec({
      image: 'sleep',
      args: ['300'],
      name: 'web',
      mode: 'replicated',
      replicas: 3,
      env: ['A=1'],
      labels: { tier: 'front' },
      restart: { condition: 'on-failure', delayNs: 5e9 },
      runtime: 'process',
    })
    assert.deepEqual(spec, {
      Name: 'web',
      Labels: { tier: 'front' },
      TaskTemplate: {
        ContainerSpec: { Image: 'sleep', Args: ['300'], Env: ['A=1'] },
        RestartPolicy: { Condition: 'on-failure', Delay: 5e9 },
        Runtime: 'process',
      },
      Mode: { Replicated: { Replicas: 3 } },
    })
    const minimal = buildServiceSpec({ image: 'x', args: [], mode: 'global', env: [], labels: {}, restart: {} })
    assert.deepEqual(minimal, { Labels: {}, TaskTemplate: { ContainerSpec: { Image: 'x' } }, Mode: { Global: {} } })
  })

  test('--replicas with --mode global is refused', () => {
    assert.throws(
      () => buildServiceSpec({ image: 'x', args: [], mode: 'global', replicas: 2, env: [], labels: {}, restart: {} }),
      usageError(/replicas can only be used with replicated mode/),
    )
  })

  const service: Service = {
    ID: 'svc1',
    Version: { Index: 7 },
    Spec: {
      Name: 'web',
      Labels: { a: '1', b: '2' },
      TaskTemplate: {
        ContainerSpec: { Image: 'sleep', Args: ['1'], Env: ['X=1', 'Y=2'] },
        RestartPolicy: { Condition: 'any', Delay: 5e9, MaxAttempts: 0 },
        Runtime: 'process',
      },
      Mode: { Replicated: { Replicas: 2 } },
    },
  }

  test('update changes only what was asked and leaves the original untouched', () => {
    const spec = applyServiceUpdate(service, {
      image: 'sleep2',
      args: ['5', '6'],
      envAdd: ['Z=3', 'X=10'],
      envRemove: ['Y'],
      labelAdd: { c: '3' },
      labelRemove: ['a'],
      replicas: 4,
      restart: { maxAttempts: 3 },
    })
    assert.deepEqual(spec, {
      Name: 'web',
      Labels: { b: '2', c: '3' },
      TaskTemplate: {
        ContainerSpec: { Image: 'sleep2', Args: ['5', '6'], Env: ['X=10', 'Z=3'] },
        RestartPolicy: { Condition: 'any', Delay: 5e9, MaxAttempts: 3 },
        Runtime: 'process',
      },
      Mode: { Replicated: { Replicas: 4 } },
    })
    assert.deepEqual(service.Spec.TaskTemplate.ContainerSpec?.Env, ['X=1', 'Y=2'])
  })

  test('--replicas on a global service is refused', () => {
    const global: Service = { ...service, Spec: { ...service.Spec, Mode: { Global: {} } } }
    assert.throws(
      () => applyServiceUpdate(global, { envAdd: [], envRemove: [], labelAdd: {}, labelRemove: [], replicas: 2, restart: {} }),
      /replicas can only be used with replicated mode/,
    )
  })
})

describe('service update: container fields (docker service update)', () => {
  const base = (): ServiceSpec => ({
    Name: 'web',
    TaskTemplate: {
      ContainerSpec: {
        Image: 'busybox',
        User: 'app',
        Mounts: [{ Type: 'tmpfs', Target: '/cache' }, { Type: 'volume', Source: 'data', Target: '/data' }],
        CapabilityAdd: ['NET_ADMIN'],
        CapabilityDrop: ['CHOWN'],
        Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 1e9, Retries: 2 },
      },
    },
  })

  test('each flag changes only its field; empty strings and --no-X unset', () => {
    const spec = base()
    applyContainerUpdate(spec, { user: '', workdir: '/w', init: true, 'read-only': false, 'limit-pids': '20', 'stop-grace-period': '3s' })
    const cs = spec.TaskTemplate.ContainerSpec!
    assert.equal(cs.User, undefined)
    assert.equal(cs.Dir, '/w')
    assert.equal(cs.Init, true)
    assert.equal(cs.ReadOnly, undefined)
    assert.equal(cs.StopGracePeriod, 3e9)
    assert.equal(spec.TaskTemplate.Resources?.Limits?.Pids, 20)
    assert.equal(cs.Mounts?.length, 2, 'untouched')
    applyContainerUpdate(spec, { init: false })
    assert.equal(cs.Init, undefined)
  })

  test('mounts: added (replacing the same target) and removed by target; an unknown target is refused', () => {
    const spec = base()
    applyContainerUpdate(spec, { 'mount-rm': ['/cache'], 'mount-add': ['type=bind,source=/srv,target=/data,readonly', 'type=tmpfs,target=/t'] })
    assert.deepEqual(spec.TaskTemplate.ContainerSpec!.Mounts, [
      { Type: 'bind', Source: '/srv', Target: '/data', ReadOnly: true },
      { Type: 'tmpfs', Target: '/t' },
    ])
    assert.throws(() => applyContainerUpdate(base(), { 'mount-rm': ['/nope'] }), /--mount-rm \/nope: the service has no mount at that target/)
  })

  test('capabilities: --cap-add takes one off the drop list, --cap-drop off the add list', () => {
    const spec = base()
    applyContainerUpdate(spec, { 'cap-add': ['chown,SYS_TIME'], 'cap-drop': ['net_admin'] })
    assert.deepEqual(spec.TaskTemplate.ContainerSpec!.CapabilityAdd, ['CHOWN', 'SYS_TIME'])
    assert.deepEqual(spec.TaskTemplate.ContainerSpec!.CapabilityDrop, ['NET_ADMIN'])
  })

  test('health: fields merge over the current check; --no-healthcheck stands alone', () => {
    const spec = base()
    applyContainerUpdate(spec, { 'health-interval': '300ms' })
    assert.deepEqual(spec.TaskTemplate.ContainerSpec!.Healthcheck, { Test: ['CMD-SHELL', 'true'], Interval: 3e8, Retries: 2 })
    applyContainerUpdate(spec, { 'no-healthcheck': true })
    assert.deepEqual(spec.TaskTemplate.ContainerSpec!.Healthcheck, { Test: ['NONE'] })
    applyContainerUpdate(spec, { 'health-cmd': 'test -f /ok' })
    assert.deepEqual(spec.TaskTemplate.ContainerSpec!.Healthcheck, { Test: ['CMD-SHELL', 'test -f /ok'] })
    assert.throws(() => applyContainerUpdate(base(), { 'no-healthcheck': true, 'health-retries': '3' }), /--no-healthcheck conflicts with --health-retries/)
    assert.throws(() => applyContainerUpdate(base(), { 'health-retries': 'x' }), /--health-retries/)
  })
})
