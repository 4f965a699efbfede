// Variable interpolation in compose files, as the Compose Specification defines it:
// $VAR and ${VAR}; ${VAR:-default} (unset or empty) and ${VAR-default} (unset);
// ${VAR:?message} and ${VAR?message} (an error naming the variable); ${VAR:+other} and
// ${VAR+other}; $$ for a literal $. Defaults may themselves hold variables.
//
// Hand-written: the npm packages that expand variables are shell-flavoured (dotenv-expand
// has no :? or :+, envsubst-style ones no errors), and compose's own rules are this short.

export class InterpolationError extends Error {
  override name = 'InterpolationError'
}

export type Lookup = (name: string) => string | undefined

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

// The index of the '}' closing the '${' whose '{' is at `open`, or -1.
function closingBrace(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '$') i++
    else if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return -1
}

function braced(expr: string, lookup: Lookup): string {
  const name = NAME.exec(expr)?.[0]
  if (!name) throw new InterpolationError(`invalid interpolation "\${${expr}}": expected a variable name after "\${"`)
  const rest = expr.slice(name.length)
  const value = lookup(name)
  if (rest === '') return value ?? ''
  const op = /^(:?[-?+])/.exec(rest)?.[1]
  if (!op) throw new InterpolationError(`invalid interpolation "\${${expr}}": after the name, expected one of :- - :? ? :+ + or "}"`)
  const arg = () => interpolate(rest.slice(op.length), lookup)
  const unset = value === undefined
  const emptyOrUnset = unset || value === ''
  switch (op) {
    case ':-':
      return emptyOrUnset ? arg() : value!
    case '-':
      return unset ? arg() : value!
    case ':?':
    case '?':
      if (op === ':?' ? emptyOrUnset : unset) {
        const message = arg()
        throw new InterpolationError(`required variable ${name} is ${unset ? 'missing' : 'empty'}${message ? `: ${message}` : ''}`)
      }
      return value!
    case ':+':
      return emptyOrUnset ? '' : arg()
    default: // '+'
      return unset ? '' : arg()
  }
}

export function interpolate(text: string, lookup: Lookup): string {
  if (!text.includes('$')) return text
  let out = ''
  let i = 0
  while (i < text.length) {
    const dollar = text.indexOf('$', i)
    if (dollar === -1) {
      out += text.slice(i)
      break
    }
    out += text.slice(i, dollar)
    const next = text[dollar + 1]
    if (next === '$') {
      out += '$'
      i = dollar + 2
    } else if (next === '{') {
      const close = closingBrace(text, dollar + 1)
      if (close === -1) throw new InterpolationError(`invalid interpolation "${text.slice(dollar)}": "\${" is never closed by "}"`)
      out += braced(text.slice(dollar + 2, close), lookup)
      i = close + 1
    } else {
      const name = NAME.exec(text.slice(dollar + 1))?.[0]
      if (!name) throw new InterpolationError(`invalid interpolation in "${text}": "$" must be followed by a name, {name} or $ (write $$ for a literal $)`)
      out += lookup(name) ?? ''
      i = dollar + 1 + name.length
    }
  }
  return out
}
