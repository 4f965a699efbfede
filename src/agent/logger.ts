// The agent logs through whatever structured logger the daemon hands it; this is the
// shape it needs and the fallback when none is given (warnings and errors to stderr as
// JSON lines, the rest dropped).
export type LogFields = Record<string, unknown>

export interface AgentLogger {
  debug(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
}

function emit(level: string, msg: string, fields?: LogFields): void {
  const rec: LogFields = { time: new Date().toISOString(), level, component: 'agent', msg, ...fields }
  for (const [k, v] of Object.entries(rec)) if (v instanceof Error) rec[k] = v.message
  process.stderr.write(JSON.stringify(rec) + '\n')
}

export const defaultLogger: AgentLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (msg, fields) => emit('warn', msg, fields),
  error: (msg, fields) => emit('error', msg, fields),
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
