// The CA flags of swarm init and swarm update, parsed as docker parses them:
// --external-ca protocol=cfssl,url=URL[,cacert=FILE] (repeatable) and --ca-cert FILE.
import * as fs from 'node:fs'
import { repeatable } from './base'
import { UsageError } from './errors'

export const externalCAFlag = repeatable({
  summary: 'Specifications of one or more certificate signing endpoints (protocol=cfssl,url=URL)',
  helpValue: 'external-ca',
})

// docker's ExternalCA as the API takes it.
export interface DockerExternalCA {
  Protocol: string
  URL: string
  CACert?: string
}

export function parseExternalCA(text: string): DockerExternalCA {
  const out: Partial<DockerExternalCA> = {}
  for (const field of text.split(',')) {
    const eq = field.indexOf('=')
    if (eq <= 0) throw new UsageError(`invalid --external-ca field "${field}": must be a key=value pair`)
    const key = field.slice(0, eq).trim().toLowerCase()
    const value = field.slice(eq + 1).trim()
    if (key === 'protocol') {
      if (value.toLowerCase() !== 'cfssl') throw new UsageError(`invalid --external-ca: unrecognized external CA protocol "${value}" (only cfssl is supported)`)
      out.Protocol = 'cfssl'
    } else if (key === 'url') out.URL = value
    else if (key === 'cacert') out.CACert = readPem(value, '--external-ca cacert')
    else throw new UsageError(`invalid --external-ca: unknown field "${key}" (expected protocol, url, cacert)`)
  }
  if (!out.Protocol) throw new UsageError('invalid --external-ca: protocol is required (protocol=cfssl)')
  if (!out.URL) throw new UsageError('invalid --external-ca: url is required')
  return out as DockerExternalCA
}

// A PEM file named on the command line, read by the CLI (the daemon may run elsewhere).
export function readPem(file: string, flag: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (err) {
    throw new UsageError(`invalid ${flag} "${file}": ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`)
  }
}
