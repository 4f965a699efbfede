// Query parameters as dockerd reads them: booleans (Go's strconv.ParseBool), an update's
// ?version=, and ?insertDefaults= applied to a service's JSON.
import { invalid } from '../manager/errors'
import { insertServiceDefaults } from './convert-defaults'

// A boolean query parameter as docker reads it (Go's strconv.ParseBool); absent: false.
export function parseBool(query: URLSearchParams, name: string): boolean {
  const v = query.get(name)
  if (v === null || v === '') return false
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v)) return true
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v)) return false
  throw invalid(`invalid value for ${name}: ${v}: expected true or false`)
}

// ?version= of an update: the Version.Index the client read (docker: a 400 when it is
// not a number; a stale one is the 409 of the update itself).
export function versionParam(query: URLSearchParams, kind: string): number {
  const raw = query.get('version') ?? ''
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw invalid(`invalid ${kind} version '${raw}': expected the Version.Index the ${kind} was read at`)
  return Number(raw)
}

export function withDefaults(service: Record<string, any>, insert: boolean): Record<string, any> {
  return insert ? { ...service, Spec: insertServiceDefaults(service.Spec) } : service
}
