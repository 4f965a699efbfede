// A backend for the drivers that run inside user-mode-linux (ipvs-uml-driver.ts,
// mesh-uml-driver.ts): a process in network namespace `ns` answering `name` on TCP and UDP
// `port`; resolves once both listen.
import { spawn, type ChildProcess } from 'node:child_process'

export function udpTcpBackend(ns: string, name: string, port: number): Promise<ChildProcess> {
  const code = `
    const net = require('net'), dgram = require('dgram')
    net.createServer((c) => c.end(${JSON.stringify(name)})).listen(${port}, () => {
      const u = dgram.createSocket('udp4')
      u.on('message', (m, r) => u.send(${JSON.stringify(name)}, r.port, r.address))
      u.bind(${port}, () => console.log('ready'))
    })`
  const child = spawn('nsenter', [`--net=${ns}`, process.execPath, '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child))
    child.once('exit', (c) => reject(new Error(`backend ${name} exited ${c}`)))
  })
}
