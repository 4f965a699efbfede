// The data of `secret create` and `config create`: a file, or STDIN for "-" (docker's
// wording when it cannot be read).
import * as fs from 'node:fs'

export async function readContent(file: string): Promise<Buffer> {
  try {
    return file === '-' ? await readStdin() : await fs.promises.readFile(file)
  } catch (err) {
    throw new Error(`error reading content from "${file}": ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`)
  }
}

// A pipe may be non-blocking (readFileSync(0) then fails with EAGAIN): read it as a stream.
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}
