// The CLI's error types. Every failure reaches the user as `Error: <message>` on one line
// of stderr with exit status 1; these types only decide what that line says.

// The invocation itself is wrong (missing argument, malformed flag value). The base
// command appends a pointer to the command's --help.
export class UsageError extends Error {
  override name = 'UsageError'
}

// Several independent failures from one command (e.g. `service rm a b c` where two are
// missing). Each message becomes its own `Error:` line, as docker prints one per target.
export class MultiError extends Error {
  override name = 'MultiError'
  constructor(readonly messages: string[]) {
    super(messages.join('\n'))
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  return String(err)
}
