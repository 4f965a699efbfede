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

// Runs fn for each target in order, collecting per-target failures instead of stopping at
// the first, so `service rm a b c` removes what it can and reports the rest.
export async function forEachTarget<T>(
  targets: readonly string[],
  fn: (target: string) => Promise<T>,
): Promise<{ results: Array<{ target: string; value: T }>; errors: string[] }> {
  const results: Array<{ target: string; value: T }> = []
  const errors: string[] = []
  for (const target of targets) {
    try {
      results.push({ target, value: await fn(target) })
    } catch (err) {
      errors.push(errorMessage(err))
    }
  }
  return { results, errors }
}

// Throws the collected failures, if any, once the successes have been printed.
export function throwIfAny(errors: readonly string[]): void {
  if (errors.length === 1) throw new Error(errors[0])
  if (errors.length > 1) throw new MultiError([...errors])
}
