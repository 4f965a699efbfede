// Node network states for tests of what the data plane and the embedded DNS make of them:
// tasks, services and networks with everything but what a test looks at filled in.
import type { EndpointTask, NetworkState, ServiceEndpoints } from '../../src/agent/network/types'

export const task = (address: string, active = true): EndpointTask => ({ taskId: `t-${address}`, nodeId: 'n1', nodeAddr: '192.0.2.1', address, active })

// A service; no VIP means endpoint mode dnsrr.
export const svc = (name: string, vip: string, tasks: EndpointTask[], extra: Partial<ServiceEndpoints> = {}): ServiceEndpoints => ({
  serviceId: `id-${name}`,
  serviceName: name,
  aliases: [],
  endpointMode: vip ? 'vip' : 'dnsrr',
  vip,
  ports: [],
  tasks,
  ...extra,
})

export const net = (id: string, services: ServiceEndpoints[], ingress = false): NetworkState => ({
  network: { id, name: id, driver: 'overlay', vni: 4097, subnet: '10.0.1.0/24', gateway: '10.0.1.1', ingress, internal: false, nodeAddress: '' },
  services,
})
