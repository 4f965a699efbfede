// A task's log rotation, for every executor: its service's options over the node's.
// Options the manager accepted but this node cannot read (an older or newer shoal) fall
// back to the node's.
import type { AssignedTask } from '../types'
import { logRotationOf, type LogRotation } from '../logopts'
import { errorMessage, type AgentLogger } from '../logger'

export function rotationFor(task: AssignedTask, node: { logRotation: LogRotation; logger: AgentLogger }): LogRotation {
  try {
    return logRotationOf(task.spec.logOptions, node.logRotation)
  } catch (err) {
    node.logger.warn("ignoring the task's log options", { taskId: task.id, err: errorMessage(err) })
    return node.logRotation
  }
}
