// docker's own CLI against a shoal daemon's socket (DOCKER_HOST=unix://...), for tests
// that check shoal answers it as dockerd would. Tests skip, saying why, where this
// machine has no docker client.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

export const dockerPath = process.env.PATH?.split(':')
  .map((d) => path.join(d, 'docker'))
  .find((p) => fs.existsSync(p))

export const NO_DOCKER = dockerPath ? false : 'no docker client on PATH'

// The environment docker runs in: shoal's socket, a config dir of its own (removed by
// `done`), UTC times.
function dockerEnv(socket: string): { env: NodeJS.ProcessEnv; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shoal-dockercfg-'))
  return { env: { ...process.env, TZ: 'UTC', DOCKER_HOST: `unix://${socket}`, DOCKER_CONFIG: dir }, done: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

// bin: another docker client than the one on PATH (Debian's docker.io, /usr/bin/docker).
export function docker(socket: string, args: string[], input?: string, bin = 'docker'): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { env, done } = dockerEnv(socket)
    const child = execFile(bin, args, { env, timeout: 60_000 }, (err, stdout, stderr) => {
      done()
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
    if (input !== undefined) child.stdin!.end(input)
  })
}

// A docker command left running (docker events), its output collected.
export function dockerSpawn(socket: string, args: string[]): { child: ChildProcess; output: () => string } {
  const { env, done } = dockerEnv(socket)
  const child = spawn('docker', args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.on('close', done)
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  return { child, output: () => out }
}
