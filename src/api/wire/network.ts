// Wire shapes of networks (Docker Engine API v1.41 shapes, the subset shoal serves).

import type { Labels } from './common'

export interface IPAMConfig {
  Subnet?: string
  IPRange?: string
  Gateway?: string
}

// docker's NetworkCreateRequest (the fields shoal acts on).
export interface NetworkCreateRequest {
  Name: string
  Driver?: string
  Scope?: string
  Internal?: boolean
  Attachable?: boolean
  Ingress?: boolean
  IPAM?: { Driver?: string; Config?: IPAMConfig[]; Options?: Record<string, string> }
  Options?: Record<string, string>
  Labels?: Labels
}

// docker's network resource.
export interface Network {
  Name: string
  Id: string
  Created?: string
  Scope?: string
  Driver?: string
  EnableIPv6?: boolean
  IPAM?: { Driver?: string; Options?: Record<string, string> | null; Config?: IPAMConfig[] }
  Internal?: boolean
  Attachable?: boolean
  Ingress?: boolean
  Options?: Record<string, string>
  Labels?: Labels
}
