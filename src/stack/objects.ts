// A deployed stack is no object of its own: it is every service, network, secret and
// config labelled with its name (com.docker.stack.namespace), as docker's stacks are.
// Finding and removing them, for `stack ls|services|ps|rm`, `--prune` and undoing a
// failed deploy.
import { ApiError, type Config, type Network, type Secret, type Service, type ShoalClient } from '../api/client'
import { errorMessage } from '../cli/errors'
import { NAMESPACE_LABEL } from './plan'

export const namespaceOf = (labels: Record<string, string> | undefined): string | undefined => labels?.[NAMESPACE_LABEL]

export async function stackServices(client: ShoalClient, namespace: string, status = false): Promise<Service[]> {
  return (await client.serviceList({ status })).filter((s) => namespaceOf(s.Spec.Labels) === namespace)
}

export interface StackObjects {
  services: Service[]
  networks: Network[]
  secrets: Secret[]
  configs: Config[]
}

export async function stackObjects(client: ShoalClient, namespace: string): Promise<StackObjects> {
  const label = { label: [`${NAMESPACE_LABEL}=${namespace}`] }
  const [services, networks, secrets, configs] = await Promise.all([
    stackServices(client, namespace),
    client.networkList(label),
    client.secretList(label),
    client.configList(label),
  ])
  // The daemon filters by label; checked again here so a daemon that ignored the filter
  // could never make `stack rm` remove another stack's objects.
  return {
    services,
    networks: networks.filter((n) => namespaceOf(n.Labels) === namespace),
    secrets: secrets.filter((s) => namespaceOf(s.Spec?.Labels) === namespace),
    configs: configs.filter((c) => namespaceOf(c.Spec?.Labels) === namespace),
  }
}

// Every stack name with its number of services (`stack ls`).
export async function stackNames(client: ShoalClient): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const s of await client.serviceList()) {
    const ns = namespaceOf(s.Spec.Labels)
    if (ns !== undefined) out.set(ns, (out.get(ns) ?? 0) + 1)
  }
  return out
}

// A network stays in use until the tasks of removed services are gone: removal is retried
// while the daemon answers 409 (in use), for up to waitMs.
export async function removeNetwork(client: ShoalClient, idOrName: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      await client.networkRemove(idOrName)
      return
    } catch (err) {
      if (!(err instanceof ApiError) || err.statusCode !== 409 || Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

export interface Removal {
  services?: readonly { ID: string; name: string }[]
  secrets?: readonly { ID: string; name: string }[]
  configs?: readonly { ID: string; name: string }[]
  networks?: readonly { ID: string; name: string }[]
}

// Removes in docker's order (services, secrets, configs, networks), reporting each; what
// fails is collected and the rest still removed. Returns the failures.
export async function removeObjects(client: ShoalClient, r: Removal, out: (line: string) => void, networkWaitMs = 30_000): Promise<string[]> {
  const errors: string[] = []
  const each = async (kind: string, list: Removal['services'], remove: (id: string) => Promise<void>) => {
    for (const o of list ?? []) {
      out(`Removing ${kind} ${o.name}`)
      try {
        await remove(o.ID)
      } catch (err) {
        errors.push(`failed to remove ${kind} ${o.name}: ${errorMessage(err)}`)
      }
    }
  }
  await each('service', r.services, (id) => client.serviceRemove(id))
  await each('secret', r.secrets, (id) => client.secretRemove(id))
  await each('config', r.configs, (id) => client.configRemove(id))
  await each('network', r.networks, (id) => removeNetwork(client, id, networkWaitMs))
  return errors
}

export function removalOf(o: StackObjects): Removal {
  return {
    services: o.services.map((s) => ({ ID: s.ID, name: s.Spec.Name ?? s.ID })),
    secrets: o.secrets.map((s) => ({ ID: s.ID, name: s.Spec?.Name ?? s.ID })),
    configs: o.configs.map((c) => ({ ID: c.ID, name: c.Spec?.Name ?? c.ID })),
    networks: o.networks.map((n) => ({ ID: n.Id, name: n.Name })),
  }
}
