// One error type for the manager layer. The code decides the HTTP status the API answers
// with (and the gRPC status later); the message is what the user reads, in one line.
export type ErrorCode =
  | 'InvalidArgument'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'FailedPrecondition'
  | 'Unavailable'
  | 'Internal'

export class ShoalError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message)
    this.name = 'ShoalError'
  }
}

export const invalid = (message: string) => new ShoalError('InvalidArgument', message)
export const notFound = (message: string) => new ShoalError('NotFound', message)

export function httpStatus(err: unknown): number {
  if (!(err instanceof ShoalError)) return 500
  switch (err.code) {
    case 'InvalidArgument':
      return 400
    case 'NotFound':
      return 404
    case 'AlreadyExists':
    case 'Conflict':
      return 409
    case 'FailedPrecondition':
    case 'Unavailable':
      return 503
    default:
      return 500
  }
}

// dockerd's answer on a worker (daemon/cluster/errors.go errSwarmNotManager).
export const NOT_A_MANAGER =
  "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager."

export const NOT_IN_SWARM =
  'This node is not a swarm manager. Use "shoal swarm init" or "shoal swarm join" to connect this node to swarm and try again.'
