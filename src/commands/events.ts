import { Flags } from '@oclif/core'

import { parseObjectFormat, renderObjects } from '../cli/template-format'
import { ShoalCommand } from '../cli/base'
import { eventLine, eventTimestamp, timeNanoOf } from '../cli/events'
import { parseFilterFlags } from '../cli/parse'
import type { EventMessage } from '../api/client'

export default class Events extends ShoalCommand {
  static summary = 'Get real time events from the swarm'
  static usage = 'events [OPTIONS]'
  static description = `Swarm events (scope "swarm") for services, nodes, secrets, configs and networks: create, update and remove, as docker's. Any manager answers. --since replays what the manager still keeps (its last 1,000 events since it started); --until ends the stream.

Filters (docker's): type=service|node|secret|config|network, event=create|update|remove, scope=swarm, service=, node=, secret=, config=, network= (an ID or name, or a prefix of one), name=, label=KEY[=VALUE].`
  static examples = [
    '<%= config.bin %> events',
    '<%= config.bin %> events --filter type=service --filter event=update',
    '<%= config.bin %> events --since 10m --until 1m --format json',
    "<%= config.bin %> events --filter type=service --format '{{.Action}} {{.Actor.Attributes.name}}'",
  ]
  static flags = {
    since: Flags.string({ summary: 'Show all events created since timestamp', helpValue: 'string' }),
    until: Flags.string({ summary: 'Stream events until this timestamp', helpValue: 'string' }),
    filter: Flags.string({ char: 'f', summary: 'Filter output based on conditions provided', helpValue: 'filter', multiple: true, multipleNonGreedy: true }),
    format: Flags.string({ summary: 'Format output: "json" (each event as docker\'s JSON message, one a line) or a Go template (\'{{.Type}} {{.Action}} {{.Actor.Attributes.name}}\')', helpValue: 'string' }),
  }

  async run(): Promise<void> {
    const { flags } = await this.parse(Events)
    const format = parseObjectFormat(flags.format)
    const filters = parseFilterFlags(flags.filter)
    const now = Date.now()
    const res = await this.client(flags.host).events({
      since: flags.since === undefined ? undefined : eventTimestamp(flags.since, 'since', now),
      until: flags.until === undefined ? undefined : eventTimestamp(flags.until, 'until', now),
      filters,
    })
    await new Promise<void>((resolve, reject) => {
      let pending = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        pending += chunk
        let nl: number
        while ((nl = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, nl)
          pending = pending.slice(nl + 1)
          if (line.trim() === '') continue
          if (format.kind === 'json') this.write(line + '\n')
          else if (format.kind === 'template') this.write(renderObjects(format.template, [JSON.parse(line)]))
          else {
            const e = JSON.parse(line) as EventMessage
            this.write(eventLine(e, timeNanoOf(line, e)))
          }
        }
      })
      let ended = false
      res.on('end', () => {
        ended = true
        resolve()
      })
      // The daemon drops a reader that falls too far behind (or it went away).
      const cut = () => reject(new Error('the event stream was cut off by the daemon (a reader too slow to keep up is dropped, or the daemon stopped)'))
      res.on('error', cut)
      res.on('close', () => {
        if (!ended) cut()
      })
    })
  }
}
