// Reading compose files: each file read, parsed with locations, its variables
// interpolated, its list forms made mappings, then merged in order (merge.ts). Variables
// come from the CLI's environment, then from a `.env` file beside the first compose file
// (the environment wins, as in compose). `.env` is read with dotenv, the format's
// reference parser for Node.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse as parseDotenv } from 'dotenv'

import { errorMessage } from '../cli/errors'
import { interpolate } from './interpolate'
import { mergeCompose, normalizeCompose } from './merge'
import { parseYaml, locText, type Json, type Loc } from './yaml'

export interface LoadedCompose {
  value: Json
  loc: Loc // where the first file starts
  dir: string // relative paths in the files (env_file, secrets' file:) are from here
  lookup: (name: string) => string | undefined
  files: string[]
  errors: string[]
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv
  readStdin?: () => string
}

function readSource(file: string, options: LoadOptions): string {
  if (file === '-') return options.readStdin ? options.readStdin() : fs.readFileSync(0, 'utf8')
  return fs.readFileSync(file, 'utf8')
}

export function dotenvBeside(dir: string): Record<string, string> {
  const file = path.join(dir, '.env')
  if (!fs.existsSync(file)) return {}
  return parseDotenv(fs.readFileSync(file))
}

export function loadCompose(files: readonly string[], options: LoadOptions = {}): LoadedCompose {
  if (files.length === 0) throw new Error('no compose file given (-c FILE)')
  const env = options.env ?? process.env
  const first = files[0]
  const dir = first === '-' ? process.cwd() : path.dirname(path.resolve(first))
  const errors: string[] = []
  let dotenv: Record<string, string> = {}
  try {
    dotenv = dotenvBeside(dir)
  } catch (err) {
    errors.push(`${path.join(dir, '.env')}: ${errorMessage(err)}`)
  }
  const lookup = (name: string) => env[name] ?? dotenv[name]
  let merged: Json | undefined
  for (const file of files) {
    const display = file === '-' ? 'stdin' : file
    let text: string
    try {
      text = readSource(file, options)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      errors.push(code === 'ENOENT' ? `${display}: no such file` : `${display}: ${errorMessage(err)}`)
      continue
    }
    const parsed = parseYaml(display, text, (s, loc) => {
      try {
        return interpolate(s, lookup)
      } catch (err) {
        errors.push(`${locText(loc)}: ${errorMessage(err)}`)
        return s
      }
    })
    errors.push(...parsed.errors)
    if (parsed.errors.length > 0) continue
    if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      errors.push(`${display}:1: a compose file must be a mapping (services:, networks:, ...)`)
      continue
    }
    normalizeCompose(parsed.value)
    merged = merged === undefined ? parsed.value : mergeCompose(merged, parsed.value)
  }
  return { value: merged ?? {}, loc: { file: first === '-' ? 'stdin' : first, line: 1 }, dir, lookup, files: [...files], errors }
}
