// The node-side agent: what the daemon wires to the dispatcher session.
export { Agent, type AgentOptions, type LogsFilter, type LogsOptions } from './agent'
export { ExecError, type Controller, type Executor, type ExitInfo, type RuntimeHandle } from './executor'
export { ProcessExecutor, type ProcessExecutorOptions } from './exec/process'
export type { AgentLogger } from './logger'
export * from './types'
