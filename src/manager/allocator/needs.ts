// Which services and tasks the allocator has work for. Kept apart so that the orchestrator's
// task creation (a hot path: 100,000 tasks a pass) asks one cheap question per task, and a
// service on no network and publishing no ingress port never meets the allocator.
import type { Shared } from '../mirror'
import type { Task, v1 } from '../store'

const NONE: readonly never[] = Object.freeze([])

// Whether a service spec asks for anything networking decides: networks, published ports or
// an endpoint mode (the API then checks them against the store).
export function usesNetworking(spec: Shared<v1.IServiceSpec>): boolean {
  return (spec.task?.networks?.length ?? 0) > 0 || (spec.endpoint?.ports?.length ?? 0) > 0 || !!spec.endpoint?.mode
}

// Whether ports are published through the routing mesh (docker's default publish mode).
export function hasIngressPorts(ports: readonly Shared<v1.IPortConfig>[] | null | undefined): boolean {
  if (!ports) return false
  for (let i = 0; i < ports.length; i++) if ((ports[i].publishMode || 'ingress') === 'ingress') return true
  return false
}

// Whether tasks made from this spec (with these ports) need addresses before they can be
// scheduled: they are on a network, or on the ingress network through a published port.
export function needsAddresses(taskSpec: Shared<v1.ITaskSpec> | null | undefined, ports: readonly Shared<v1.IPortConfig>[] | null | undefined): boolean {
  return (taskSpec?.networks?.length ?? 0) > 0 || hasIngressPorts(ports)
}

// The networks a task (or a service) is on, by id: its spec's, then the ingress network
// when it publishes an ingress port (as docker attaches such services to ingress).
export function networksOf(taskSpec: Shared<v1.ITaskSpec> | null | undefined, ports: readonly Shared<v1.IPortConfig>[] | null | undefined, ingressId: string | undefined): readonly string[] {
  const own = taskSpec?.networks ?? NONE
  const ingress = ingressId && hasIngressPorts(ports) ? ingressId : undefined
  if (own.length === 0 && !ingress) return NONE
  const ids = own.map((a) => a.target ?? '')
  if (ingress && !ids.includes(ingress)) ids.push(ingress)
  return ids
}

// A task's network attachments (Task.networks wraps them: see objects.proto).
export function attachmentsOf(t: Shared<Task>): readonly Shared<v1.INetworkAttachment>[] {
  return t.networks?.attachments ?? NONE
}
