// A real cfssl signer (Debian's golang-cfssl) on loopback, for the external CA tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import * as net from 'node:net'
import { waitFor } from './daemon'

export function cfsslAvailable(): boolean {
  return spawnSync('cfssl', ['version']).status === 0
}

// A new CA made by cfssl itself: <name>.pem and <name>-key.pem in `dir`.
export function cfsslInitCA(dir: string, name: string): { status: number | null; stderr: string } {
  const r = spawnSync('sh', ['-c', `echo '{"CN":"test external root","key":{"algo":"ecdsa","size":256}}' | cfssl gencert -initca - | cfssljson -bare ${name}`], { cwd: dir })
  return { status: r.status, stderr: String(r.stderr) }
}

// `cfssl serve` on 127.0.0.1:port with ca.pem, ca-key.pem and config.json from `dir`,
// ready once the port accepts connections.
export async function startCfssl(dir: string, port: number): Promise<ChildProcess> {
  const proc = spawn('cfssl', ['serve', '-ca', 'ca.pem', '-ca-key', 'ca-key.pem', '-config', 'config.json', '-address', '127.0.0.1', '-port', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  proc.stderr!.on('data', (d) => (log += d))
  await waitFor(`cfssl serve on ${port}`, () => {
    if (proc.exitCode !== null) throw new Error(`cfssl serve exited: ${log}`)
    return new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)))
      s.on('error', () => resolve(false))
    })
  }, 15_000)
  return proc
}

export async function stopCfssl(proc: ChildProcess | null): Promise<void> {
  if (!proc || proc.exitCode !== null) return
  const exited = new Promise((r) => proc.once('exit', r))
  proc.kill('SIGKILL')
  await exited
}
