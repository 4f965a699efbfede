// Wire shapes of secrets and configs, and of the references tasks hold to them (Docker
// Engine API v1.41 shapes, the subset shoal serves).

import type { Labels, ObjectVersion } from './common'

// A file a task gets from a secret. The daemon fills SecretID in from SecretName.
export interface SecretReference {
  File?: { Name?: string; UID?: string; GID?: string; Mode?: number }
  SecretID?: string
  SecretName?: string
}

// A file a task gets from a config. The daemon fills ConfigID in from ConfigName.
export interface ConfigReference {
  File?: { Name?: string; UID?: string; GID?: string; Mode?: number }
  ConfigID?: string
  ConfigName?: string
}

export interface ConfigSpec {
  Name?: string
  Labels?: Labels
  Data?: string // base64
  Templating?: { Name?: string; Options?: Record<string, string> }
}

export interface Config {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: ConfigSpec
}

export interface SecretSpec {
  Name?: string
  Labels?: Labels
  Data?: string // base64; only sent, never returned
}

export interface Secret {
  ID: string
  Version?: ObjectVersion
  CreatedAt?: string
  UpdatedAt?: string
  Spec?: { Name?: string; Labels?: Labels; Driver?: { Name?: string } }
}
