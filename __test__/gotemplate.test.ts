// The Go text/template subset (src/gotemplate) against outputs Go's own text/template and
// docker's functions give for the same template and data.
import { describe, test } from 'node:test'
import * as assert from 'node:assert/strict'
import { closed, dockerTemplate } from '../src/gotemplate/funcs'
import { stringMap } from '../src/gotemplate/exec'
import { expandTemplate } from '../src/gotemplate/task'
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

  test('variables: declared, scoped to their block, range keys and elements', () => {
    const data = { Name: 'web', Labels: { b: '2', a: '1' }, List: ['x', 'y'] }
    assert.equal(run('{{$n := .Name}}{{$n}}-{{$n | upper}}', data), 'web-WEB')
    assert.equal(run('{{range $k, $v := .Labels}}{{$k}}={{$v}};{{end}}', data), 'a=1;b=2;')
    assert.equal(run('{{range $i, $e := .List}}{{$i}}:{{$e}}{{$.Name}} {{end}}', data), '0:xweb 1:yweb ')
    assert.equal(run('{{range $e := .List}}{{$e}}{{end}}', data), 'xy')
    assert.equal(run('{{with $x := .Name}}{{$x}}{{.}}{{end}}', data), 'webweb')
    assert.equal(run('{{if $l := .Labels}}{{index $l "a"}}{{end}}', data), '1')
    assert.throws(() => run('{{if .Name}}{{$x := 1}}{{end}}{{$x}}', data), /undefined variable "\$x"/)
    assert.throws(() => run('{{$y}}', data), /undefined variable "\$y"/)
    assert.throws(() => run('{{$x := 1}}{{$x = 2}}', data), /assignment to a variable/)
    assert.throws(() => run('{{$a, $b := .List}}', data), /too many declarations/)
  })

  test('a string map reads a missing key as "" (Go\'s zero value); a JSON map as <no value>', () => {
    const labels = stringMap({ team: 'blue' })
    assert.equal(run('{{.L.team}}|{{.L.none}}|{{index .L "none"}}|{{.L}}', { L: labels }), 'blue|||map[team:blue]')
    assert.equal(run('{{.L.none}}', { L: { team: 'blue' } }), '<no value>')
    const ctx = { serviceId: 's', serviceName: 'web', serviceLabels: { team: 'blue' }, nodeId: 'n', nodeHostname: 'h', nodeOS: 'linux', nodeArchitecture: 'x86_64', taskId: 't', slot: 0 }
    assert.equal(expandTemplate('{{.Service.Labels.team}}{{.Service.Labels.x}}-{{.Task.Slot}}-{{.Task.Name}}', ctx), 'blue-n-web.n.t')
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
      ['{{$x}}', /undefined variable "\$x"/],
      ['{{template "x"}}', /not supported/],
      ['{{.A | .B "c"}}', /./],
      ['{{}}', /missing value/],
      ['{{(.A}}', /unclosed left paren/],
    ]
    for (const [src, re] of bad) assert.throws(() => dockerTemplate(src).execute({ A: 1, B: 2 }), (e: Error) => e instanceof TemplateError && re.test(e.message), src)
  })
})
