// Docker's NodeSpec (POST /nodes/{id}/update) to shoal's. Docker's clients send back the
// whole spec they read with their changes applied, so every field is taken as given.
import { invalid } from '../manager/errors'
import { v1 } from '../manager/store'
import { BOUNDS, checkBytes, checkLabels } from '../manager/bounds'
import { NODE_SPEC, checkSupportedFields } from './spec-fields'
import { LOG_DRIVERS } from '../agent/logopts'

// What every shoal engine has, by docker's plugin type: /info's Plugins and each node's
// Description.Engine.Plugins (docker node inspect --pretty prints them). Alike on every
// node: one shoal build has one set.
export const ENGINE_PLUGINS: Record<'Volume' | 'Network' | 'Log', string[]> = { Volume: ['local'], Network: ['overlay'], Log: LOG_DRIVERS.filter(Boolean) }

// docker's NodeDescription.Engine.Plugins: [{Type, Name}], sorted by type then name as
// dockerd lists them.
export function enginePluginsToDocker(): { Type: string; Name: string }[] {
  return Object.entries(ENGINE_PLUGINS)
    .flatMap(([Type, names]) => names.map((Name) => ({ Type, Name })))
    .sort((a, b) => a.Type.localeCompare(b.Type) || a.Name.localeCompare(b.Name))
}

export const NODE_ROLES = ['worker', 'manager']
export const NODE_AVAILABILITIES = ['active', 'pause', 'drain']

export function nodeSpecFromDocker(value: unknown): v1.NodeSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('missing node spec')
  const s = value as Record<string, unknown>
  checkSupportedFields(s, NODE_SPEC, 'NodeSpec')
  const role = s.Role ?? 'worker'
  if (typeof role !== 'string' || !NODE_ROLES.includes(role)) throw invalid(`invalid role ${JSON.stringify(role)}: expected worker or manager`)
  const availability = s.Availability ?? 'active'
  if (typeof availability !== 'string' || !NODE_AVAILABILITIES.includes(availability))
    throw invalid(`invalid availability ${JSON.stringify(availability)}: expected active, pause or drain`)
  const labels = s.Labels ?? {}
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) throw invalid('invalid node labels: must be an object of strings')
  for (const [k, v] of Object.entries(labels)) {
    if (k === '' || typeof v !== 'string') throw invalid(`invalid node label ${JSON.stringify(k)}: labels are non-empty names with string values`)
  }
  checkLabels(labels as Record<string, string>, 'node labels')
  const name = s.Name ?? ''
  if (typeof name !== 'string') throw invalid('invalid node name: must be a string')
  checkBytes(name, BOUNDS.nodeName)
  return new v1.NodeSpec({ role, availability, annotations: new v1.Annotations({ name, labels: labels as Record<string, string> }) })
}
