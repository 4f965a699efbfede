// The --secret flags of `service create` (--secret) and `service update` (--secret-add,
// --secret-rm): docker's syntax (opts.SecretOpt), and how they change a ServiceSpec. The
// CLI sends names; the daemon resolves them to ids and refuses unknown ones.
import { Flags } from '@oclif/core'

import type { SecretReference, ServiceSpec } from '../api/client'
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

// "db-pass" or "source=db-pass,target=db/password,mode=0400": docker's defaults (target
// = source, uid and gid 0, mode 0444); mode as in Go's ParseUint base 0 (0400 is octal).
export function parseSecretRef(text: string): SecretReference {
  const ref: Required<Pick<SecretReference, 'SecretName'>> & { File: NonNullable<SecretReference['File']> } = {
    SecretName: '',
    File: { Name: '', UID: '0', GID: '0', Mode: 0o444 },
  }
  if (!text.includes('=')) {
    ref.SecretName = text.trim()
  } else {
    for (const field of text.split(',')) {
      const eq = field.indexOf('=')
      const key = field.slice(0, eq).trim().toLowerCase()
      const value = field.slice(eq + 1).trim()
      switch (eq === -1 ? '' : key) {
        case 'source':
        case 'src':
          ref.SecretName = value
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
          if (!Number.isInteger(m)) throw new UsageError(`invalid secret "${text}": invalid mode specified: ${value}`)
          ref.File.Mode = m
          break
        }
        default:
          throw new UsageError(`invalid secret "${text}": invalid field in secret request: ${field}`)
      }
    }
  }
  if (ref.SecretName === '') throw new UsageError(`invalid secret "${text}": source is required`)
  ref.File.Name ||= ref.SecretName
  return ref
}

export function applySecretsCreate(spec: ServiceSpec, refs: readonly SecretReference[]): void {
  if (refs.length > 0) (spec.TaskTemplate.ContainerSpec ??= { Image: '' }).Secrets = [...refs]
}

// docker's updateSecrets: removals (by name) first, then additions.
export function applySecretsUpdate(spec: ServiceSpec, add: readonly SecretReference[], remove: readonly string[]): void {
  if (add.length === 0 && remove.length === 0) return
  const container = (spec.TaskTemplate.ContainerSpec ??= { Image: '' })
  const gone = new Set(remove)
  container.Secrets = [...(container.Secrets ?? []).filter((r) => !gone.has(r.SecretName ?? '')), ...add]
}
