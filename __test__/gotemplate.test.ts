// The Go text/template subset (src/gotemplate) against outputs Go's own text/template and
// docker's functions give for the same template and data.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { closed, dockerTemplate } from '../src/gotemplate/funcs'
import { TemplateError } from '../src/gotemplate/parse'

const run = (src: string, data: unknown) => dockerTemplate(src).execute(data)

describe('go templates', () => {
  test('fields, literals, pipelines, parentheses', () => {
    const data = { Name: 'web', Replicas: '1/2', Labels: { b: '2', a: '1' }, List: ['x', 'y'], N: 3 }
    assert.equal(run('{{.Name}} {{.Replicas}}', data), 'web 1/2')
    assert.equal(run('{{ .Name | upper }}', data), 'WEB')
    assert.equal(run('{{upper .Name | lower}}', data), 'web')
    assert.equal(run('{{json .Labels}}', data), '{"b":"2","a":"1"}')
    assert.equal(run('{{.Labels}}', data), 'map[a:1 b:2]')
    assert.equal(run('{{.List}} {{join .List ","}} {{len .List}}', data), '[x y] x,y 2')
    assert.equal(run('{{index .Labels "a"}}{{index .List 1}}', data), '1y')
    assert.equal(run('{{(index .List 0) | printf "%-3s|"}}', data), 'x  |')
    assert.equal(run('{{printf "%s=%d" .Name .N}}', data), 'web=3')
    assert.equal(run('{{truncate .Name 2}}|{{pad .Name 1 2}}|{{pad "" 1 1}}|', data), 'we| web  ||')
    assert.equal(run('{{"a\\tb"}} {{`raw\\t`}} {{true}} {{3}}', data), 'a\tb raw\\t true 3')
    assert.equal(run('{{.Missing}}', data), '<no value>')
    assert.equal(run('{{title "hello world"}} {{split "a:b" ":"}}', data), 'Hello World [a b]')
    assert.equal(run('{{$.Name}}{{range .List}}{{$.Name}}-{{.}};{{end}}', data), 'webweb-x;web-y;')
  })

  test('control: if / else if / else, with, range with else, trims, comments', () => {
    const data = { A: '', B: 'b', Items: [{ N: 1 }, { N: 2 }], None: [] }
    assert.equal(run('{{if .A}}a{{else if .B}}{{.B}}{{else}}none{{end}}', data), 'b')
    assert.equal(run('{{if eq .B "b" "c"}}yes{{end}}{{if not .A}}!{{end}}{{if and .A .B}}x{{end}}', data), 'yes!')
    assert.equal(run('{{with .B}}<{{.}}>{{else}}-{{end}}{{with .A}}x{{else}}-{{end}}', data), '<b>-')
    assert.equal(run('{{range .Items}}{{.N}},{{end}}{{range .None}}x{{else}}empty{{end}}', data), '1,2,empty')
    assert.equal(run('a  {{- .B -}}  c{{/* note */}}', data), 'abc')
  })

  test('closed objects are structs: a missing field is an error, as docker contexts', () => {
    const ctx = closed({ Name: 'web' }, 'serviceContext')
    assert.equal(run('{{.Name}}', ctx), 'web')
    assert.throws(() => run('{{.Nmae}}', ctx), (e: Error) => e instanceof TemplateError && /can't evaluate field Nmae in type serviceContext/.test(e.message))
  })

  test('bad templates are refused when parsed, naming the problem', () => {
    const bad: [string, RegExp][] = [
      ['{{.Name', /unclosed action/],
      ['{{nope .Name}}', /function "nope" not defined/],
      ['{{if .A}}x', /unexpected EOF/],
      ['{{end}}', /unexpected \{\{end\}\}/],
      ['{{$x := 1}}', /undefined variable "\$x"|variables are not supported/],
      ['{{template "x"}}', /not supported/],
      ['{{.A | .B "c"}}', /./],
      ['{{}}', /missing value/],
      ['{{(.A}}', /unclosed left paren/],
    ]
    for (const [src, re] of bad) assert.throws(() => dockerTemplate(src).execute({ A: 1, B: 2 }), (e: Error) => e instanceof TemplateError && re.test(e.message), src)
  })
})
