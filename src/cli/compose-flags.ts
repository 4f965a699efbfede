// The flags the commands reading compose files share (stack deploy, stack config, bundle).
import { Flags } from '@oclif/core'

import { UsageError } from './errors'

export const composeFlags = {
  'compose-file': Flags.string({ char: 'c', summary: 'Path to a Compose file, or "-" to read from stdin (repeat to merge overrides)', helpValue: 'strings', multiple: true, multipleNonGreedy: true }),
  strict: Flags.boolean({ summary: 'Refuse compose keys shoal does not support (a warning otherwise)' }),
}

// The -c files given, in order; at least one (docker's message otherwise).
export function composeFiles(flags: { 'compose-file'?: string[] }): string[] {
  const files = flags['compose-file'] ?? []
  if (files.length === 0) throw new UsageError('Please specify a Compose file (with --compose-file)')
  return files
}
