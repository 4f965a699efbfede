// docker's TaskTemplate.LogDriver {Name, Options} ↔ TaskSpec.log_driver. Shoal keeps every
// task's output itself, rotated (src/agent/logopts.ts): the file drivers docker names are
// accepted for what they ask (max-size, max-file); options are checked here, so a service
// never carries one its nodes would refuse.
import { LOG_DRIVERS, logRotationOf } from '../agent/logopts'
import { invalid } from '../manager/errors'
import { v1 } from '../manager/store'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

export function logDriverFromDocker(value: Json): v1.LogDriver | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid('invalid LogDriver: expected {Name, Options}')
  const name = value.Name ?? ''
  if (typeof name !== 'string' || !LOG_DRIVERS.includes(name)) {
    throw invalid(`unsupported log driver "${name}": shoal keeps task output itself (local, json-file)`)
  }
  const options: Record<string, string> = {}
  for (const [k, v] of Object.entries(value.Options ?? {})) {
    if (typeof v !== 'string') throw invalid(`invalid log option ${k}: expected a string`)
    options[k] = v
  }
  try {
    logRotationOf(options)
  } catch (err) {
    throw invalid((err as Error).message)
  }
  if (name === '' && Object.keys(options).length === 0) return null
  return new v1.LogDriver({ name, options })
}

export function logDriverToDocker(d: v1.ILogDriver | null | undefined): Json {
  if (!d) return undefined
  return { Name: d.name ?? '', Options: { ...(d.options ?? {}) } }
}
