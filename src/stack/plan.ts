// A stack as shoal will deploy it: the services, networks, secrets and configs a compose
// file (or a bundle) describes, fully validated, named and labelled as docker's `stack
// deploy` names and labels them. Deploying (apply.ts) only compares this with what the
// daemon has.
import { createHash } from 'node:crypto'

import type { NetworkCreateRequest, ServiceSpec } from '../api/client'

// docker's label: every object of a stack carries its name.
export const NAMESPACE_LABEL = 'com.docker.stack.namespace'
// docker's label: the image as the file names it (the spec's may be pinned to a digest).
export const IMAGE_LABEL = 'com.docker.stack.image'
// shoal's: a digest of what the file asked for, so a redeploy leaves an unchanged object
// alone (the daemon fills defaults into what it stores: comparing specs field by field
// would see changes that are not there).
export const DIGEST_LABEL = 'io.shoal.stack.digest'

export type DependencyCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully'

export interface Dependency {
  service: string // the key in the file
  condition: DependencyCondition
  where: string // "compose.yml:12"
}

export interface PlannedService {
  key: string // the name in the file
  name: string // NAMESPACE_key
  spec: ServiceSpec
  dependsOn: Dependency[]
}

export interface PlannedNetwork {
  key: string
  name: string
  external: boolean
  request?: NetworkCreateRequest // what to create (not external)
  where: string
}

// A secret or a config (SecretSpec and ConfigSpec share these fields).
export interface PlannedFile {
  key: string
  name: string
  external: boolean
  spec?: { Name: string; Labels: Record<string, string>; Data: string } // Data: base64 (not external)
  where: string
}

export interface StackPlan {
  namespace: string
  services: PlannedService[]
  networks: PlannedNetwork[]
  secrets: PlannedFile[]
  configs: PlannedFile[]
}

// The digest label's value: a hash of the canonical JSON (keys sorted) of what is asked.
export function specDigest(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical)
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
      )
    }
    return v
  }
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex').slice(0, 32)
}

// Stamps the stack's labels and the digest of everything else onto a service's spec.
export function sealService(spec: ServiceSpec, namespace: string): ServiceSpec {
  spec.Labels = { ...(spec.Labels ?? {}), [NAMESPACE_LABEL]: namespace }
  spec.Labels[DIGEST_LABEL] = specDigest(spec)
  return spec
}

// Stack names, as docker's: a name the objects' names can start with.
export function validateNamespace(name: string): void {
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
    throw new Error(`invalid stack name "${name}": use letters, digits, "_", "." and "-", starting with a letter or digit`)
  }
}

export const scoped = (namespace: string, key: string): string => `${namespace}_${key}`
