// TLS for node-to-node gRPC. Managers serve with their node certificate and ask every
// caller for one, but do not require it: a joining node has none yet and may only call
// NodeCA (its join token authorises it). Every other RPC looks the caller up from the
// certificate TLS verified against the cluster root (callerIdentity), so authorisation
// rests on the chain check OpenSSL did, never on anything the caller merely claims.
import * as grpc from '@grpc/grpc-js'
import type { SecureContextOptions } from 'node:tls'
import type { AuthContext } from '@grpc/grpc-js/build/src/auth-context'
import { encodePem, PEM_CERTIFICATE } from '../manager/ca/pem'
import { parseNodeCertificate, MANAGER_ROLE, CA_ROLE, type NodeIdentity } from '../manager/ca/identity'

export interface TlsIdentity {
  certPem: string
  keyPem: string
}

// grpc-js's createSsl() either does not ask for client certificates or rejects callers
// without one; we need "ask, verify, but let the handler decide". The subclass also pins
// TLS 1.2 as the floor explicitly (HTTP/2 requires it anyway) and lets the daemon swap
// the certificate in place (renewal, root rotation) without dropping the listener.
export class NodeServerCredentials extends grpc.ServerCredentials {
  constructor(identity: TlsIdentity, rootPem: string) {
    super({ requestCert: true, rejectUnauthorized: false, minVersion: 'TLSv1.2' }, contextOptions(identity, rootPem))
  }

  update(identity: TlsIdentity, rootPem: string): void {
    this.updateSecureContextOptions(contextOptions(identity, rootPem))
  }

  _equals(other: grpc.ServerCredentials): boolean {
    return other === this
  }
}

function contextOptions(identity: TlsIdentity, rootPem: string): SecureContextOptions {
  return { cert: identity.certPem, key: identity.keyPem, ca: rootPem, minVersion: 'TLSv1.2' }
}

// The verified identity of the caller, or null when it presented no certificate or one
// that does not chain to the cluster root (TLS marks those unauthorized and grpc-js then
// reports no peer certificate).
export function callerIdentity(call: { getAuthContext(): AuthContext | null }): NodeIdentity | null {
  const raw = call.getAuthContext()?.sslPeerCertificate?.raw
  if (!raw) return null
  // Parsing with pkijs costs ~1-2 ms, and every RPC (each Raft message batch, each
  // heartbeat) asks: remember what each certificate says. The identity is a function of
  // the certificate's bytes alone, and TLS verified those bytes on this connection.
  const key = raw.toString('base64')
  if (identities.has(key)) return identities.get(key)!
  let id: NodeIdentity | null
  try {
    id = parseNodeCertificate(encodePem(PEM_CERTIFICATE, raw))
  } catch {
    id = null // chains to our root but is not a node certificate: no identity
  }
  if (identities.size >= MAX_IDENTITIES) identities.delete(identities.keys().next().value!)
  identities.set(key, id)
  return id
}

// Parsed peer certificates, oldest first; a bound for a long-running manager whose nodes
// renew their certificates (a renewed certificate is a new key).
const identities = new Map<string, NodeIdentity | null>()
const MAX_IDENTITIES = 4096

// Client channels verify the manager's certificate by role, not by address: managers are
// reached at IPs their certificates do not name, and any manager of the cluster will do.
// "swarm-manager" is a DNS SAN of every manager certificate and of no worker's; "swarm-ca"
// is on certificates of managers that can sign (every manager, today), as in SwarmKit.
export function channelOptions(serverName: typeof MANAGER_ROLE | typeof CA_ROLE): grpc.ChannelOptions {
  return {
    'grpc.ssl_target_name_override': serverName,
    'grpc.default_authority': serverName,
    // A complete assignment set for a busy node can exceed grpc's 4 MiB default; 64 MiB
    // is some 150,000 tasks.
    'grpc.max_receive_message_length': 64 << 20,
    // Connection attempts back off on our own schedule (session.ts), not grpc's.
    'grpc.initial_reconnect_backoff_ms': 200,
    'grpc.max_reconnect_backoff_ms': 2000,
  }
}

// Verifies the server against the pinned cluster root; presents our node certificate
// when we have one.
export function clientCredentials(rootPem: string, identity?: TlsIdentity): grpc.ChannelCredentials {
  return grpc.credentials.createSsl(
    Buffer.from(rootPem),
    identity ? Buffer.from(identity.keyPem) : null,
    identity ? Buffer.from(identity.certPem) : null,
  )
}

// For one call only: fetching the root CA before the node trusts anything. The answer is
// accepted solely because its digest matches the join token (join.ts), so the channel's
// own authenticity does not matter; nothing secret is sent over it.
export function unverifiedCredentials(): grpc.ChannelCredentials {
  return grpc.credentials.createSsl(null, null, null, { rejectUnauthorized: false })
}
