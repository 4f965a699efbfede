// Root rotation progress for `swarm ca --rotate` without --detach, after docker's
// cli/command/swarm/progress/root_rotation.go: poll the swarm and its nodes until every
// node has a certificate from the new root and, once the rotation is complete, trusts
// only the new root. One line each time the text changes.
import type { ShoalClient, Node, TLSInfo } from '../api/client'

export interface RotationStatus {
  done: boolean
  line: string
}

// Where a rotation stands, from GET /swarm's TLSInfo (the target root) and each node's
// own report (GET /nodes: Description.TLSInfo).
export function rotationStatus(desired: TLSInfo, inProgress: boolean, nodes: Node[]): RotationStatus {
  const total = nodes.length
  const certs = nodes.filter((n) => {
    const t = n.Description?.TLSInfo
    return !!t?.CertIssuerSubject && t.CertIssuerSubject === desired.CertIssuerSubject && t.CertIssuerPublicKey === desired.CertIssuerPublicKey
  }).length
  if (certs < total || inProgress) return { done: false, line: `rotating root CA: ${certs}/${total} nodes have a certificate from the new root` }
  const roots = nodes.filter((n) => n.Description?.TLSInfo?.TrustRoot === desired.TrustRoot).length
  return { done: roots === total, line: `rotating root CA: ${roots}/${total} nodes trust only the new root` }
}

// Polls until the rotation is complete; `write` gets each new progress line.
// Interrupting the CLI only stops the watching: the rotation goes on.
export async function waitForRotation(client: ShoalClient, write: (line: string) => void, pollMs = 500): Promise<void> {
  let last = ''
  for (;;) {
    const swarm = await client.swarmInspect()
    const desired = (swarm.TLSInfo ?? {}) as TLSInfo
    const status = rotationStatus(desired, swarm.RootRotationInProgress === true, await client.nodeList())
    if (status.line !== last) write(`${status.line}\n`)
    last = status.line
    if (status.done) return
    await new Promise((r) => setTimeout(r, pollMs))
  }
}
