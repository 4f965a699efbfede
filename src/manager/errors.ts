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

// A proposal refused because this manager is not (or no longer) the leader. Its own type
// because the Raft thread answers the proposal before the status the API reads says so:
// the API forwards such a write to the leader instead of answering it (src/api/server.ts).
export class NotLeaderError extends ShoalError {
  constructor(message: string) {
    super('Unavailable', message)
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

export const NOT_IN_SWARM =
  'This node is not a swarm manager. Use "shoal swarm init" or "shoal swarm join" to connect this node to swarm and try again.'

// dockerd's answer on a worker (daemon/cluster/errors.go errSwarmNotManager).
export const NOT_A_MANAGER =
  "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager."

// Docker's words when no manager leads (moby daemon/cluster/errors.go, errNoLeader): a
// write that found no leader within its bound, or a read no leader confirmed (503).
export const NO_LEADER = "The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online."
