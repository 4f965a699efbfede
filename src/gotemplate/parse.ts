// The part of Go's text/template that docker's --format strings and swarm task templates
// use: text, {{pipelines}} with fields, literals, function calls, `|` chains and
// parentheses; if / else if / else, with, range (with else), comments, `{{-` `-}}` trims,
// and $ (the root). Variables (`$x :=`), `template`/`define`/`block` and break/continue are
// refused with a clear error rather than misread.
//
// Why not a library: of npm's Go-template packages, @ctrl/golang-template has no
// pipelines, no functions of one's own and no errors (a typo renders as ""), and
// @mdfriday/text-template is UNLICENSED ("all rights reserved") and obfuscated. docker's
// --format needs pipelines and its own functions (json, join, truncate, pad, ...), and a bad
// template must be an error naming what is wrong.

export class TemplateError extends Error {}

export type Arg =
  | { kind: 'field'; base: 'dot' | 'root' | Arg; path: string[] } // .A.B, $.A.B, (pipe).A
  | { kind: 'dot' }
  | { kind: 'root' } // $
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'nil' }
  | { kind: 'ident'; name: string } // a function
  | { kind: 'pipe'; pipe: Pipe }

export interface Command {
  args: Arg[]
}

export interface Pipe {
  cmds: Command[]
  pos: Pos
  text: string // the action's source, for error messages ("<.Foo>")
}

export interface Pos {
  line: number
  col: number
}

export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipe }
  | { kind: 'if' | 'with' | 'range'; pipe: Pipe; list: Node[]; elseList: Node[] | null }

interface Action {
  body: string
  pos: Pos
}

type Piece = { kind: 'text'; text: string } | { kind: 'action'; action: Action }

// Splits the source into text and actions, applying trim markers.
function split(src: string): Piece[] {
  const pieces: Piece[] = []
  let i = 0
  let trimNext = false
  const posAt = (at: number): Pos => {
    const before = src.slice(0, at)
    const line = before.split('\n').length
    return { line, col: at - before.lastIndexOf('\n') }
  }
  while (i <= src.length) {
    const open = src.indexOf('{{', i)
    let text = open === -1 ? src.slice(i) : src.slice(i, open)
    if (trimNext) text = text.replace(/^\s+/, '')
    trimNext = false
    if (open === -1) {
      if (text) pieces.push({ kind: 'text', text })
      break
    }
    let start = open + 2
    if (src[start] === '-' && /\s/.test(src[start + 1] ?? '')) {
      text = text.replace(/\s+$/, '')
      start += 2
    }
    if (text) pieces.push({ kind: 'text', text })
    const close = findClose(src, start)
    if (close === -1) throw new TemplateError(`template: :${posAt(open).line}: unclosed action`)
    let end = close
    if (src[close - 1] === '-' && /\s/.test(src[close - 2] ?? '')) {
      trimNext = true
      end = close - 2
    }
    pieces.push({ kind: 'action', action: { body: src.slice(start, end).trim(), pos: posAt(open) } })
    i = close + 2
  }
  return pieces
}

// The "}}" closing an action, skipping over quoted strings.
function findClose(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const c = src[i]
    if (c === '"' || c === '`' || c === "'") {
      const q = c
      for (i++; i < src.length && src[i] !== q; i++) if (q !== '`' && src[i] === '\\') i++
      continue
    }
    if (c === '}' && src[i + 1] === '}') return i
  }
  return -1
}

type Tok = { t: 'field'; path: string[] } | { t: 'dot' } | { t: 'var'; name: string; path: string[] } | { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'ident'; v: string } | { t: '|' } | { t: '(' } | { t: ')' } | { t: ':=' } | { t: 'chain'; path: string[] }

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/
const FIELDS = /^(\.[A-Za-z_][A-Za-z0-9_]*)+/

function lex(body: string, where: string): Tok[] {
  const toks: Tok[] = []
  let i = 0
  const fail = (what: string): never => {
    throw new TemplateError(`template: ${where}: ${what}`)
  }
  while (i < body.length) {
    const rest = body.slice(i)
    const c = body[i]
    if (/\s/.test(c)) {
      i++
      continue
    }
    let m: RegExpMatchArray | null
    if (c === '|' || c === '(' || c === ')') {
      // A field right after ")" chains onto the parenthesized value: (index .A 0).Name
      toks.push({ t: c })
      i++
      if (c === ')' && (m = body.slice(i).match(FIELDS))) {
        toks.push({ t: 'chain', path: m[0].slice(1).split('.') })
        i += m[0].length
      }
    } else if (rest.startsWith(':=') || (c === '=' && body[i + 1] !== '=')) {
      fail('variables are not supported')
    } else if ((m = rest.match(FIELDS))) {
      toks.push({ t: 'field', path: m[0].slice(1).split('.') })
      i += m[0].length
    } else if (c === '.') {
      if (/[A-Za-z0-9_]/.test(body[i + 1] ?? '')) fail(`bad character in field name ${JSON.stringify(rest.split(/\s/)[0])}`)
      toks.push({ t: 'dot' })
      i++
    } else if (c === '$') {
      const name = (rest.slice(1).match(/^[A-Za-z0-9_]*/) ?? [''])[0]
      if (name !== '') fail(`undefined variable "$${name}"`)
      i += 1
      const f = body.slice(i).match(FIELDS)
      toks.push({ t: 'var', name: '$', path: f ? f[0].slice(1).split('.') : [] })
      if (f) i += f[0].length
    } else if (c === '"') {
      let j = i + 1
      for (; j < body.length && body[j] !== '"'; j++) if (body[j] === '\\') j++
      if (j >= body.length) fail('unterminated quoted string')
      try {
        toks.push({ t: 'str', v: JSON.parse(body.slice(i, j + 1)) as string })
      } catch {
        fail(`bad quoted string ${body.slice(i, j + 1)}`)
      }
      i = j + 1
    } else if (c === '`') {
      const j = body.indexOf('`', i + 1)
      if (j === -1) fail('unterminated raw quoted string')
      toks.push({ t: 'str', v: body.slice(i + 1, j) })
      i = j + 1
    } else if ((m = rest.match(/^[-+]?(0[xX][0-9a-fA-F]+|\d+(\.\d+)?([eE][-+]?\d+)?)/))) {
      toks.push({ t: 'num', v: Number(m[0]) })
      i += m[0].length
    } else if ((m = rest.match(IDENT))) {
      toks.push({ t: 'ident', v: m[0] })
      i += m[0].length
    } else fail(`unexpected ${JSON.stringify(c)} in command`)
  }
  return toks
}

export interface ParseOptions {
  // Function names the template may call: an unknown one is a parse error, as in Go.
  functions: ReadonlySet<string>
}

export function parse(src: string, opts: ParseOptions): Node[] {
  const pieces = split(src)
  let at = 0
  const where = (a: Action) => `:${a.pos.line}`

  const pipeOf = (a: Action, body: string): Pipe => {
    const toks = lex(body, where(a))
    let k = 0
    const fail = (what: string): never => {
      throw new TemplateError(`template: ${where(a)}: ${what}`)
    }
    const parsePipe = (closing: boolean): Pipe => {
      const cmds: Command[] = []
      let args: Arg[] = []
      const endCmd = () => {
        if (args.length === 0) fail('missing value for command')
        cmds.push({ args })
        args = []
      }
      for (;;) {
        const tok = toks[k]
        if (tok === undefined) {
          if (closing) fail('unclosed left paren')
          break
        }
        k++
        if (tok.t === ')') {
          if (!closing) fail('unexpected right paren')
          break
        }
        if (tok.t === '|') {
          endCmd()
          continue
        }
        args.push(argOf(tok))
      }
      endCmd()
      for (const c of cmds.slice(1)) if (c.args[0].kind !== 'ident' && c.args[0].kind !== 'field' && c.args[0].kind !== 'pipe') fail('non executable command in pipeline stage 2')
      return { cmds, pos: a.pos, text: body }
    }
    const argOf = (tok: Tok): Arg => {
      switch (tok.t) {
        case 'field':
          return { kind: 'field', base: 'dot', path: tok.path }
        case 'dot':
          return { kind: 'dot' }
        case 'var':
          return tok.path.length ? { kind: 'field', base: 'root', path: tok.path } : { kind: 'root' }
        case 'str':
          return { kind: 'string', value: tok.v }
        case 'num':
          return { kind: 'number', value: tok.v }
        case 'ident':
          if (tok.v === 'true' || tok.v === 'false') return { kind: 'bool', value: tok.v === 'true' }
          if (tok.v === 'nil') return { kind: 'nil' }
          if (!opts.functions.has(tok.v)) fail(`function "${tok.v}" not defined`)
          return { kind: 'ident', name: tok.v }
        case '(': {
          const inner: Arg = { kind: 'pipe', pipe: parsePipe(true) }
          const next = toks[k]
          if (next?.t === 'chain') {
            k++
            return { kind: 'field', base: inner, path: next.path }
          }
          return inner
        }
        default:
          return fail(`unexpected ${JSON.stringify(tok.t)} in operand`)
      }
    }
    if (toks.length === 0) fail('missing value for command')
    return parsePipe(false)
  }

  // Parses nodes until one of `stops` ("end", "else") at this level; returns the stopper.
  const parseList = (stops: string[]): { list: Node[]; stop: Action | null; word: string } => {
    const list: Node[] = []
    while (at < pieces.length) {
      const p = pieces[at++]
      if (p.kind === 'text') {
        list.push({ kind: 'text', text: p.text })
        continue
      }
      const a = p.action
      if (a.body.startsWith('/*')) {
        if (!a.body.endsWith('*/')) throw new TemplateError(`template: ${where(a)}: unclosed comment`)
        continue
      }
      const word = (a.body.match(IDENT) ?? [''])[0]
      if (word === 'end' || word === 'else') {
        if (!stops.includes(word)) throw new TemplateError(`template: ${where(a)}: unexpected {{${word}}}`)
        return { list, stop: a, word }
      }
      if (word === 'if' || word === 'with' || word === 'range') list.push(control(word, a, a.body.slice(word.length)))
      else if (['define', 'template', 'block', 'break', 'continue'].includes(word)) throw new TemplateError(`template: ${where(a)}: {{${word}}} is not supported`)
      else list.push({ kind: 'action', pipe: pipeOf(a, a.body) })
    }
    if (stops.length > 0) throw new TemplateError('template: :1: unexpected EOF')
    return { list, stop: null, word: '' }
  }

  const control = (kind: 'if' | 'with' | 'range', a: Action, rest: string): Node => {
    if (rest.trim() === '') throw new TemplateError(`template: ${where(a)}: missing value for ${kind}`)
    const pipe = pipeOf(a, rest)
    const body = parseList(['end', 'else'])
    let elseList: Node[] | null = null
    if (body.word === 'else') {
      const elseRest = body.stop!.body.slice(4).trim()
      if (elseRest.startsWith('if') && /^if\s/.test(elseRest) && kind === 'if') {
        // {{else if x}} ... {{end}}: an if nested in the else branch, sharing its {{end}}.
        elseList = [control('if', body.stop!, elseRest.slice(2))]
        return { kind, pipe, list: body.list, elseList }
      }
      if (elseRest !== '') throw new TemplateError(`template: ${where(body.stop!)}: unexpected "${elseRest}" in else`)
      const tail = parseList(['end'])
      elseList = tail.list
    }
    return { kind, pipe, list: body.list, elseList }
  }

  return parseList([]).list
}
