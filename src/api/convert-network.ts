// Docker's network shapes (POST /networks/create, GET /networks, the Network fields of
// services and tasks) to shoal's and back. Swarm-scoped overlay networks only.
import { invalid } from '../manager/errors'
import { OVERLAY, VNI_OPTION } from '../manager/network/control'
import { v1, type Network, type Service, type Task } from '../manager/store'
import { idOf } from '../manager/store'
import { iso, labelMap } from './convert'
import { attachmentsOf } from '../manager/allocator/needs'
import { portsToDocker, endpointToDocker } from './convert-placement'

type Json = Record<string, any>

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v)

function optionalString(v: unknown, what: string): string {
  if (v === undefined || v === null) return ''
  if (typeof v !== 'string') throw invalid(`invalid ${what} ${JSON.stringify(v)}: must be a string`)
  return v
}

function optionalBool(v: unknown, what: string): boolean {
  if (v === undefined || v === null) return false
  if (typeof v !== 'boolean') throw invalid(`invalid ${what} ${JSON.stringify(v)}: expected true or false`)
  return v
}

// docker's NetworkCreateRequest: {Name, Driver, Scope, Internal, Attachable, Ingress, IPAM:
// {Driver, Config: [{Subnet, IPRange, Gateway}], Options}, EnableIPv6, Options, Labels}.
export function networkSpecFromDocker(body: unknown): v1.NetworkSpec {
  if (!isObject(body)) throw invalid('missing network spec')
  const name = optionalString(body.Name, 'network name')
  const scope = optionalString(body.Scope, 'scope')
  if (scope !== '' && scope !== 'swarm') throw invalid(`invalid scope "${scope}": shoal's networks are swarm-scoped`)
  if (optionalBool(body.EnableIPv6, 'EnableIPv6')) throw invalid('IPv6 networks are not supported')
  if (optionalBool(body.ConfigOnly, 'ConfigOnly') || (isObject(body.ConfigFrom) && body.ConfigFrom.Network)) throw invalid('config-only networks are not supported')
  const ipam: Json = body.IPAM ?? {}
  if (!isObject(ipam)) throw invalid('invalid IPAM: must be an object')
  if (ipam.Config !== undefined && ipam.Config !== null && !Array.isArray(ipam.Config)) throw invalid('invalid IPAM config: must be a list')
  const configs = ((ipam.Config ?? []) as unknown[]).map((c) => {
    if (!isObject(c)) throw invalid('invalid IPAM config: each entry must be an object')
    if (isObject(c.AuxiliaryAddresses) && Object.keys(c.AuxiliaryAddresses).length > 0) throw invalid('auxiliary addresses are not supported')
    return new v1.IPAMConfig({ subnet: optionalString(c.Subnet, 'subnet'), ipRange: optionalString(c.IPRange, 'IP range'), gateway: optionalString(c.Gateway, 'gateway') })
  })
  // The overlay takes no driver option (its VNI is allocated, its MTU the host's): one
  // given would be stored and ignored, and "encrypted" would promise an IPsec data plane
  // shoal does not have.
  const option = Object.keys(isObject(body.Options) ? body.Options : {})[0]
  if (option !== undefined)
    throw invalid(option === 'encrypted' ? 'encrypted overlay networks (--opt encrypted) are not supported: shoal does not encrypt the data plane' : `network driver option "${option}" is not supported: shoal's overlay takes none`)
  return new v1.NetworkSpec({
    annotations: new v1.Annotations({ name, labels: labelMap(body.Labels, 'network label') }),
    driver: optionalString(body.Driver, 'driver') || OVERLAY,
    driverOptions: labelMap(body.Options, 'driver option'),
    ipam: new v1.IPAMOptions({ driver: optionalString(ipam.Driver, 'IPAM driver') || 'default', configs, options: labelMap(ipam.Options, 'IPAM option') }),
    internal: optionalBool(body.Internal, 'Internal'),
    attachable: optionalBool(body.Attachable, 'Attachable'),
    ingress: optionalBool(body.Ingress, 'Ingress'),
  })
}

// docker's network resource (GET /networks, GET /networks/{id}).
export function networkToDocker(n: Network): Json {
  const s = n.spec ?? new v1.NetworkSpec()
  return {
    Name: s.annotations?.name ?? '',
    Id: idOf(n),
    Created: iso(n.meta?.createdAt),
    Scope: 'swarm',
    Driver: s.driver || OVERLAY,
    EnableIPv6: false,
    IPAM: {
      Driver: n.ipam?.driver || 'default',
      Options: null,
      Config: (n.ipam?.configs ?? []).map((c) => {
        const out: Json = { Subnet: c.subnet ?? '', Gateway: c.gateway ?? '' }
        if (c.ipRange) out.IPRange = c.ipRange
        return out
      }),
    },
    Internal: !!s.internal,
    Attachable: !!s.attachable,
    Ingress: !!s.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: {},
    Options: { ...(s.driverOptions ?? {}), [VNI_OPTION]: String(n.vni ?? 0) },
    Labels: { ...(s.annotations?.labels ?? {}) },
  }
}

// TaskTemplate.Networks: [{Target, Aliases}]; Target is a name or id, resolved by the
// manager when the service is written (network/control.ts).
export function networkAttachmentsFromDocker(value: unknown): v1.NetworkAttachmentConfig[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw invalid('invalid networks: must be a list')
  return value.map((a) => {
    if (!isObject(a)) throw invalid('invalid network attachment: must be an object')
    const target = optionalString(a.Target, 'network target')
    if (!target) throw invalid('invalid network attachment: Target (a network name or id) is required')
    if (a.Aliases !== undefined && a.Aliases !== null && (!Array.isArray(a.Aliases) || a.Aliases.some((x: unknown) => typeof x !== 'string' || x === ''))) {
      throw invalid(`invalid aliases for network ${target}: must be a list of names`)
    }
    return new v1.NetworkAttachmentConfig({ target, aliases: a.Aliases ?? [] })
  })
}

export function networkAttachmentsToDocker(list: v1.INetworkAttachmentConfig[] | null | undefined): Json[] | undefined {
  if (!list?.length) return undefined
  return list.map((a) => (a.aliases?.length ? { Target: a.target ?? '', Aliases: [...a.aliases] } : { Target: a.target ?? '' }))
}

// docker's Service.Endpoint: the spec, the ports as published and the virtual IPs. Until
// the allocator has written the service's endpoint, the spec's ports.
export function serviceEndpointToDocker(s: Service): Json {
  const e = s.endpoint
  const ports = e ? e.ports : s.spec?.endpoint?.ports
  const out: Json = { Spec: endpointToDocker(s.spec?.endpoint) ?? {} }
  if (ports?.length) out.Ports = portsToDocker(ports)
  if (e?.virtualIps?.length) out.VirtualIPs = e.virtualIps.map((v) => ({ NetworkID: v.networkId ?? '', Addr: v.addr ?? '' }))
  return out
}

// docker's Task.NetworksAttachments: [{Network: {ID}, Addresses}] (docker embeds the whole
// network object; its id is what clients use).
export function taskNetworksToDocker(t: Task): Json[] | undefined {
  const list = attachmentsOf(t)
  if (!list.length) return undefined
  return list.map((a) => ({ Network: { ID: a.networkId ?? '' }, Addresses: [...(a.addresses ?? [])] }))
}
