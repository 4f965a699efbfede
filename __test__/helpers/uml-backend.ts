// Backends and clients for the drivers that run inside user-mode-linux (ipvs-uml-driver.ts,
// mesh-uml-driver.ts, mesh-uml-ingress.ts), each a process in a network namespace.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

// A process in network namespace `ns` answering `name` on TCP and UDP `port` (a TCP
// connection gets the name and is closed), and on TCP `port + 1` echoing each chunk as
// `name:chunk` while the connection stays open; resolves once all three listen.
export function udpTcpBackend(ns: string, name: string, port: number): Promise<ChildProcess> {
  const code = `
    const net = require('net'), dgram = require('dgram')
    net.createServer((c) => c.end(${JSON.stringify(name)})).listen(${port}, () => {
      net.createServer((c) => c.on('data', (d) => c.write(${JSON.stringify(name)} + ':' + d))).listen(${port + 1}, () => {
        const u = dgram.createSocket('udp4')
        u.on('message', (m, r) => u.send(${JSON.stringify(name)}, r.port, r.address))
        u.bind(${port}, () => console.log('ready'))
      })
    })`
  const child = spawn('nsenter', [`--net=${ns}`, process.execPath, '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child))
    child.once('exit', (c) => reject(new Error(`backend ${name} exited ${c}`)))
  })
}

// `n` TCP connections and `n` UDP requests (`udp` false: none) to host:port from namespace
// `ns`, one after another: who answered each ('timeout' or 'error ...' otherwise).
export function ask(ns: string, host: string, port: number, n: number, udp = true): { tcp: string[]; udp: string[] } {
  const code = `
    const net = require('net'), dgram = require('dgram')
    const tcp = () => new Promise((res) => { let got = ''; const s = net.connect({ host: '${host}', port: ${port}, timeout: 3000 });
      s.on('data', (d) => (got += d)); s.on('end', () => res(got)); s.on('timeout', () => { s.destroy(); res('timeout') }); s.on('error', (e) => res('error ' + e.code)) })
    const udp = () => new Promise((res) => { const u = dgram.createSocket('udp4'); const t = setTimeout(() => { u.close(); res('timeout') }, 3000);
      u.on('message', (m) => { clearTimeout(t); u.close(); res(m.toString()) }); u.send('who', ${port}, '${host}') })
    ;(async () => { const r = { tcp: [], udp: [] }; for (let i = 0; i < ${n}; i++) { r.tcp.push(await tcp()); if (${udp}) r.udp.push(await udp()) } console.log(JSON.stringify(r)) })()`
  const r = spawnSync('nsenter', [`--net=${ns}`, process.execPath, '-e', code], { encoding: 'utf8', timeout: 120_000 })
  return JSON.parse(r.stdout.trim() || '{"tcp":[],"udp":[]}')
}

// One TCP connection from namespace `ns` to host:port kept open: `send` writes a line and
// resolves with what came back ('closed' when the connection ended, 'timeout' after 5 s).
export interface HeldConnection {
  send(text: string): Promise<string>
  close(): void
}

export function holdConnection(ns: string, host: string, port: number): HeldConnection {
  const code = `
    const s = require('net').connect({ host: '${host}', port: ${port} })
    s.on('data', (d) => console.log(String(d)))
    s.on('error', (e) => console.log('error ' + e.code))
    s.on('close', () => { console.log('closed'); process.exit(0) })
    require('readline').createInterface({ input: process.stdin }).on('line', (l) => s.write(l))`
  const child = spawn('nsenter', [`--net=${ns}`, process.execPath, '-e', code], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const waiting: Array<(line: string) => void> = []
  lines.on('line', (l) => waiting.shift()?.(l))
  return {
    send: (text) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), 5000)
        waiting.push((l) => {
          clearTimeout(timer)
          resolve(l)
        })
        child.stdin!.write(`${text}\n`)
      }),
    close: () => child.kill('SIGKILL'),
  }
}
