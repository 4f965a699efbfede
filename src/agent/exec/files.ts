// Small file operations both executors' task directories need.
import { promises as fsp } from 'node:fs'

// Creates the file if missing (an output file the task appends to), leaving it as is
// otherwise.
export async function touch(file: string): Promise<void> {
  const fh = await fsp.open(file, 'a', 0o640)
  await fh.close()
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fsp.access(file)
    return true
  } catch {
    return false
  }
}
