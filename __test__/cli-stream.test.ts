// The multiplexed log stream (demux) and `service logs` line formatting.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'

import { StreamDemuxer, type StreamFrame } from '../src/api/client'
import { ServiceLogFormatter, parseLogDetails, payloadLines, splitLogLine, type LogNameResolver } from '../src/cli/logs'

function frame(stream: number, text: string): Buffer {
  const payload = Buffer.from(text)
  const header = Buffer.alloc(8)
  header[0] = stream
  header.writeUInt32BE(payload.length, 4)
  return Buffer.concat([header, payload])
}

const decoded = (frames: StreamFrame[]) => frames.map((f) => [f.stream, f.payload.toString()])

describe('StreamDemuxer', () => {
  test('several frames in one chunk', () => {
    const d = new StreamDemuxer()
    const frames = d.push(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n'), frame(1, '')]))
    assert.deepEqual(decoded(frames), [[1, 'out\n'], [2, 'err\n'], [1, '']])
    assert.equal(d.hasPartialFrame, false)
  })

  test('frames split at every possible byte boundary', () => {
    const stream = Buffer.concat([frame(1, 'hello world\n'), frame(2, 'ünïcödé\n'), frame(1, 'x')])
    for (let cut1 = 0; cut1 <= stream.length; cut1++) {
      for (let cut2 = cut1; cut2 <= stream.length; cut2 += 3) {
        const d = new StreamDemuxer()
        const frames = [...d.push(stream.subarray(0, cut1)), ...d.push(stream.subarray(cut1, cut2)), ...d.push(stream.subarray(cut2))]
        assert.deepEqual(decoded(frames), [[1, 'hello world\n'], [2, 'ünïcödé\n'], [1, 'x']], `cuts ${cut1},${cut2}`)
        assert.equal(d.hasPartialFrame, false)
      }
    }
  })

  test('one byte at a time', () => {
    const stream = Buffer.concat([frame(2, 'abc'), frame(1, 'defg')])
    const d = new StreamDemuxer()
    const frames: StreamFrame[] = []
    for (const byte of stream) frames.push(...d.push(Buffer.from([byte])))
    assert.deepEqual(decoded(frames), [[2, 'abc'], [1, 'defg']])
  })

  test('a stream cut mid-frame is detectable', () => {
    const d = new StreamDemuxer()
    assert.deepEqual(d.push(frame(1, 'complete message').subarray(0, 12)), [])
    assert.equal(d.hasPartialFrame, true)
  })

  test('the system-error stream passes through; unknown stream ids are refused', () => {
    assert.deepEqual(decoded(new StreamDemuxer().push(frame(3, 'boom'))), [[3, 'boom']])
    assert.throws(() => new StreamDemuxer().push(frame(9, 'x')), /unrecognized stream id 9/)
  })

  test('a large payload', () => {
    const big = 'x'.repeat(1 << 20)
    const bytes = frame(1, big)
    const d = new StreamDemuxer()
    const frames: StreamFrame[] = []
    for (let i = 0; i < bytes.length; i += 65536) frames.push(...d.push(bytes.subarray(i, i + 65536)))
    assert.equal(frames.length, 1)
    assert.equal(frames[0].payload.length, 1 << 20)
  })
})

describe('log lines', () => {
  const details = 'com.docker.swarm.node.id=node1,com.docker.swarm.service.id=svc1,com.docker.swarm.task.id=task0123456789abcdef'

  test('details parse like docker (URL-escaped k=v pairs)', () => {
    const d = parseLogDetails('a=1,b=x%2Cy,c=with+space')
    assert.deepEqual(d && Object.fromEntries(d), { a: '1', b: 'x,y', c: 'with space' })
    assert.equal(parseLogDetails('notdetails'), null)
    assert.equal(parseLogDetails(''), null)
  })

  test('split with and without timestamps', () => {
    const plain = splitLogLine(`${details} hello world`, false)
    assert.equal(plain.message, 'hello world')
    assert.equal(plain.details?.get('com.docker.swarm.task.id'), 'task0123456789abcdef')
    const stamped = splitLogLine(`2024-01-01T00:00:00.123456789Z ${details} hi`, true)
    assert.equal(stamped.timestamp, '2024-01-01T00:00:00.123456789Z')
    assert.equal(stamped.message, 'hi')
    const empty = splitLogLine(details, false)
    assert.equal(empty.message, '')
    // No details (a daemon that ignored details=1): the line is left alone.
    assert.deepEqual(splitLogLine('just a=b message', false), { timestamp: undefined, message: 'just a=b message' })
  })

  const resolver: LogNameResolver = {
    async task(id) {
      return id.startsWith('task0') ? { slot: 2, nodeId: 'node1', serviceId: 'svc1' } : undefined
    },
    async nodeName(id) {
      return id === 'node1' ? 'host-a' : id
    },
    async serviceName(id) {
      return id === 'svc1' ? 'web' : id
    },
  }

  test('prefix: service.slot.taskid@node, padded to the replica count width', async () => {
    const f = new ServiceLogFormatter(resolver, { timestamps: false, noTrunc: false, noTaskIds: false, raw: false, slotWidth: 2 })
    assert.equal(await f.format(`${details} hello`), 'web.2.task01234567@host-a     | hello')
    assert.equal(await f.format('no details here'), 'no details here')
  })

  test('timestamps, --no-trunc, --no-task-ids, --raw', async () => {
    const line = `2024-01-01T00:00:00Z ${details} hello`
    const opts = { timestamps: true, noTrunc: false, noTaskIds: false, raw: false, slotWidth: 1 }
    assert.equal(await new ServiceLogFormatter(resolver, opts).format(line), '2024-01-01T00:00:00Z web.2.task01234567@host-a    | hello')
    assert.equal(
      await new ServiceLogFormatter(resolver, { ...opts, noTrunc: true }).format(line),
      '2024-01-01T00:00:00Z web.2.task0123456789abcdef@host-a    | hello',
    )
    assert.equal(await new ServiceLogFormatter(resolver, { ...opts, noTaskIds: true }).format(line), '2024-01-01T00:00:00Z web.2@host-a    | hello')
    assert.equal(await new ServiceLogFormatter(resolver, { ...opts, raw: true }).format(line), '2024-01-01T00:00:00Z hello')
  })

  test('names are resolved once per task', async () => {
    let lookups = 0
    const counting: LogNameResolver = { ...resolver, task: async (id) => (lookups++, resolver.task(id)) }
    const f = new ServiceLogFormatter(counting, { timestamps: false, noTrunc: false, noTaskIds: false, raw: false, slotWidth: 1 })
    for (let i = 0; i < 5; i++) await f.format(`${details} line ${i}`)
    assert.equal(lookups, 1)
  })

  test('payload lines keep track of the final newline', () => {
    assert.deepEqual(payloadLines('a\nb\n'), [
      { text: 'a', newline: true },
      { text: 'b', newline: true },
    ])
    assert.deepEqual(payloadLines('partial'), [{ text: 'partial', newline: false }])
    assert.deepEqual(payloadLines(''), [])
    assert.deepEqual(payloadLines('\n'), [{ text: '', newline: true }])
  })
})
