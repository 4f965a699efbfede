import { once } from 'node:events'

import { Args, Flags } from '@oclif/core'

import { STDERR, STDOUT, SYSTEMERR, StreamDemuxer, type ShoalClient } from '../../api/client'
import { ShoalCommand } from '../../cli/base'
import { ServiceLogFormatter, payloadLines, type LogNameResolver, type TaskIdentity } from '../../cli/logs'
import { parseTail } from '../../cli/parse'

// Names for log prefixes, each looked up once. A lookup that fails (a task already
// deleted, a node gone) falls back to the ID rather than failing the whole stream.
function cachedResolver(client: ShoalClient, known: { serviceId: string; serviceName: string }): LogNameResolver {
  const tasks = new Map<string, Promise<TaskIdentity | undefined>>()
  const nodes = new Map<string, Promise<string>>()
  return {
    task(id) {
      if (!tasks.has(id)) {
        tasks.set(
          id,
          client.taskInspect(id).then(
            (t) => ({ slot: t.Slot, nodeId: t.NodeID, serviceId: t.ServiceID }),
            () => undefined,
          ),
        )
      }
      return tasks.get(id)!
    },
    nodeName(id) {
      if (!nodes.has(id)) {
        nodes.set(
          id,
          client.nodeInspect(id).then(
            (n) => n.Description?.Hostname || id,
            () => id,
          ),
        )
      }
      return nodes.get(id)!
    },
    async serviceName(id) {
      return id === known.serviceId || id === '' ? known.serviceName : id
    },
  }
}

// Writes respecting backpressure, so following a chatty service into a slow pipe doesn't
// buffer without bound.
async function writeTo(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

export default class ServiceLogs extends ShoalCommand {
  static summary = 'Fetch the logs of a service'
  static usage = 'service logs [OPTIONS] SERVICE'
  static examples = [
    '<%= config.bin %> service logs web',
    '<%= config.bin %> service logs --follow --tail 20 web',
    '<%= config.bin %> service logs -t web',
  ]
  static strict = false
  static args = { service: Args.string({ description: 'service name or ID', ignoreStdin: true }) }
  static flags = {
    follow: Flags.boolean({ char: 'f', summary: 'Follow log output' }),
    tail: Flags.string({ char: 'n', summary: 'Number of lines to show from the end of the logs', default: 'all', helpValue: 'string' }),
    timestamps: Flags.boolean({ char: 't', summary: 'Show timestamps' }),
    'no-trunc': Flags.boolean({ summary: 'Do not truncate output' }),
    'no-task-ids': Flags.boolean({ summary: 'Do not include task IDs in output' }),
    raw: Flags.boolean({ summary: 'Do not neatly format logs' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(ServiceLogs)
    this.requireArgs(argv as string[], { exactly: 1 })
    const tail = parseTail(flags.tail)
    const client = this.client(flags.host)

    const service = await client.serviceInspect(argv[0] as string)
    const replicas = service.Spec.Mode?.Replicated?.Replicas
    const formatter = new ServiceLogFormatter(
      cachedResolver(client, { serviceId: service.ID, serviceName: service.Spec.Name ?? service.ID }),
      {
        timestamps: flags.timestamps,
        noTrunc: flags['no-trunc'],
        noTaskIds: flags['no-task-ids'],
        raw: flags.raw,
        slotWidth: replicas ? String(replicas).length : 1,
      },
    )

    // details=1 makes the daemon tag each line with its task and node: the prefix's source.
    const stream = await client.serviceLogs(service.ID, {
      follow: flags.follow,
      tail,
      timestamps: flags.timestamps,
      details: true,
    })

    if (!stream.multiplexed) {
      for await (const chunk of stream.body) await writeTo(process.stdout, chunk.toString())
      return
    }

    const demuxer = new StreamDemuxer()
    try {
      for await (const chunk of stream.body) {
        for (const frame of demuxer.push(chunk as Buffer)) {
          // Stream 3 is the daemon failing mid-stream; its payload is the reason.
          if (frame.stream === SYSTEMERR) throw new Error(frame.payload.toString('utf8').trim())
          if (frame.stream !== STDOUT && frame.stream !== STDERR) continue
          const out = frame.stream === STDERR ? process.stderr : process.stdout
          for (const line of payloadLines(frame.payload.toString('utf8'))) {
            await writeTo(out, (await formatter.format(line.text)) + (line.newline ? '\n' : ''))
          }
        }
      }
    } catch (err) {
      if ((err as { code?: string }).code === 'ECONNRESET') throw client.connectionError(err as Error)
      throw err
    }
    if (demuxer.hasPartialFrame) throw new Error('the log stream from the daemon ended in the middle of a message')
  }
}
