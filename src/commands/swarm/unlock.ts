import { ShoalCommand } from '../../cli/base'

export default class SwarmUnlock extends ShoalCommand {
  static summary = 'Unlock swarm'
  static usage = 'swarm unlock'
  static description = 'Gives a manager locked by autolock (after a restart) its unlock key, read from STDIN.'
  static examples = ['<%= config.bin %> swarm unlock', 'echo SWMKEY-1-... | <%= config.bin %> swarm unlock']
  static strict = false

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmUnlock)
    this.requireNoArgs(argv as string[])
    const client = this.client(flags.host)
    // As docker: say what is wrong before asking for a key.
    const state = (await client.info()).Swarm?.LocalNodeState
    if (state === 'inactive') throw new Error('This node is not part of a swarm')
    if (state !== 'locked') throw new Error('swarm is not locked')
    const key = process.stdin.isTTY ? await promptHidden('Please enter unlock key: ') : await readLine()
    await client.swarmUnlock(key.trim())
  }
}

// The first line on a pipe or file.
async function readLine(): Promise<string> {
  let text = ''
  for await (const c of process.stdin) {
    text += String(c)
    if (text.includes('\n')) break
  }
  return text.split('\n')[0]
}

// A terminal: the key is not echoed.
function promptHidden(prompt: string): Promise<string> {
  process.stdout.write(prompt)
  const stdin = process.stdin
  stdin.setRawMode(true)
  return new Promise((resolve, reject) => {
    let typed = ''
    const done = (err?: Error) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.off('data', onData)
      process.stdout.write('\n')
      if (err) reject(err)
      else resolve(typed)
    }
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done()
        if (ch === '\u0003') return done(new Error('interrupted'))
        if (ch === '\u007f') typed = typed.slice(0, -1)
        else typed += ch
      }
    }
    stdin.on('data', onData)
    stdin.resume()
  })
}
