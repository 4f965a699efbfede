// The --secret and --config flags of `service create` (--secret, --config) and `service
// update` (--secret-add/--secret-rm, --config-add/--config-rm): docker's syntax
// (opts.SecretOpt, opts.ConfigOpt: the same for both), and how they change a ServiceSpec.
// The CLI sends names; the daemon resolves them to ids and refuses unknown ones.
import { Flags } from '@oclif/core'

import type { ConfigReference, SecretReference, ServiceSpec } from '../api/client'
import { UsageError } from './errors'

function list(summary: string, helpValue: string) {
  return Flags.string({ summary, helpValue, multiple: true, multipleNonGreedy: true })
}

export const secretCreateFlags = {
  secret: list('Give the tasks a secret as a file (NAME, or source=NAME,target=PATH,uid=,gid=,mode=)', 'secret'),
}

export const secretUpdateFlags = {
  'secret-add': list('Add or update a secret on a service', 'secret'),
  'secret-rm': list('Remove a secret by its name', 'name'),
}

export const configCreateFlags = {
  config: list('Give the tasks a config as a file (NAME, or source=NAME,target=PATH,uid=,gid=,mode=)', 'config'),
}

export const configUpdateFlags = {
  'config-add': list('Add or update a config file on a service', 'config'),
  'config-rm': list('Remove a configuration file', 'name'),
}

type Noun = 'secret' | 'config'
type File = { Name: string; UID: string; GID: string; Mode: number }

// "db-pass" or "source=db-pass,target=db/password,mode=0400": docker's defaults (target
// = source, uid and gid 0, mode 0444); mode as in Go's ParseUint base 0 (0400 is octal).
function parseFileRef(noun: Noun, text: string): { name: string; File: File } {
  const ref = { name: '', File: { Name: '', UID: '0', GID: '0', Mode: 0o444 } }
  if (!text.includes('=')) {
    ref.name = text.trim()
  } else {
    for (const field of text.split(',')) {
      const eq = field.indexOf('=')
      const key = field.slice(0, eq).trim().toLowerCase()
      const value = field.slice(eq + 1).trim()
      switch (eq === -1 ? '' : key) {
        case 'source':
        case 'src':
          ref.name = value
          break
        case 'target':
          ref.File.Name = value
          break
        case 'uid':
          ref.File.UID = value
          break
        case 'gid':
          ref.File.GID = value
          break
        case 'mode': {
          const m = /^0[0-7]*$/.test(value) ? parseInt(value, 8) : /^[1-9]\d*$/.test(value) ? Number(value) : NaN
          if (!Number.isInteger(m)) throw new UsageError(`invalid ${noun} "${text}": invalid mode specified: ${value}`)
          ref.File.Mode = m
          break
        }
        default:
          throw new UsageError(`invalid ${noun} "${text}": invalid field in ${noun} request: ${field}`)
      }
    }
  }
  if (ref.name === '') throw new UsageError(`invalid ${noun} "${text}": source is required`)
  ref.File.Name ||= ref.name
  return ref
}

export function parseSecretRef(text: string): SecretReference {
  const { name, File } = parseFileRef('secret', text)
  return { SecretName: name, File }
}

export function parseConfigRef(text: string): ConfigReference {
  const { name, File } = parseFileRef('config', text)
  return { ConfigName: name, File }
}

type Container = NonNullable<ServiceSpec['TaskTemplate']['ContainerSpec']>
const LISTS = { secret: { list: 'Secrets', name: 'SecretName' }, config: { list: 'Configs', name: 'ConfigName' } } as const

export function applyFilesCreate(spec: ServiceSpec, noun: Noun, refs: readonly (SecretReference | ConfigReference)[]): void {
  if (refs.length > 0) ((spec.TaskTemplate.ContainerSpec ??= { Image: '' }) as Container & Record<string, unknown>)[LISTS[noun].list] = [...refs]
}

// docker's updateSecrets / updateConfigs: removals (by name) first, then additions.
export function applyFilesUpdate(spec: ServiceSpec, noun: Noun, add: readonly (SecretReference | ConfigReference)[], remove: readonly string[]): void {
  if (add.length === 0 && remove.length === 0) return
  const container = (spec.TaskTemplate.ContainerSpec ??= { Image: '' }) as Container & Record<string, unknown>
  const { list, name } = LISTS[noun]
  const gone = new Set(remove)
  const current = (container[list] ?? []) as Record<string, unknown>[]
  container[list] = [...current.filter((r) => !gone.has((r[name] as string) ?? '')), ...add]
}
