// Where the daemon is: the CLI's -H/--host flag, $SHOAL_HOST or the well-known socket,
// resolved to a unix socket path before any I/O.

export const DEFAULT_SOCKET_PATH = '/run/shoal/shoal.sock'
export const HOST_ENV = 'SHOAL_HOST'

export interface DaemonAddress {
  socketPath: string
  url: string // always unix://<path>: the form error messages show
}

// A host the CLI cannot use (wrong scheme, empty path). Raised before any I/O.
export class HostError extends Error {
  override name = 'HostError'
}

// Precedence: the -H/--host flag, then $SHOAL_HOST, then the well-known socket. An empty
// value counts as unset so `SHOAL_HOST= shoal ...` falls back instead of failing.
export function resolveHost(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): DaemonAddress {
  const raw = flag?.trim() || env[HOST_ENV]?.trim() || DEFAULT_SOCKET_PATH
  return parseHost(raw)
}

export function parseHost(raw: string): DaemonAddress {
  let socketPath: string
  if (raw.startsWith('unix://')) {
    socketPath = raw.slice('unix://'.length)
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    // tcp://, ssh://, npipe://: the daemon only listens on a unix socket today.
    throw new HostError(`unsupported daemon host "${raw}": shoal connects over a unix socket (unix:///path/to/shoal.sock)`)
  } else {
    socketPath = raw
  }
  if (socketPath === '') throw new HostError(`invalid daemon host "${raw}": missing socket path`)
  return { socketPath, url: `unix://${socketPath}` }
}
