// The API server's request-URL parsing (parseUrl) against WHATWG URL, which it stands in
// for on ordinary paths: the same pathname and the same query, whatever the request line.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseUrl } from '../src/api/request'

const cases = [
  '/services/create',
  '/v1.41/services/create',
  '/services/b256-000001',
  '/services/web.1?insertDefaults=true',
  '/services/x/update?version=12&rollback=previous',
  '/services?filters=%7B%22name%22%3A%5B%22web%22%5D%7D&status=1',
  '/services?filters={"name":["web"]}',
  '/services?a=b c&d=%zz&e=+',
  '/tasks?filters=%7B%22service%22%3A%7B%22web%22%3Atrue%7D%7D',
  '/services/../swarm',
  '/services/./create',
  '/services/%2e%2e/swarm',
  '/v1.41/services/a%20b',
  '//evil/services',
  '/services\\create',
  '/services/create#frag',
  '/services/create?x=1#frag',
  '/services/é',
  '/services/a b',
  '/services/',
  '/',
  '',
  '?x=1',
  '/_ping',
]

test('parseUrl gives what new URL gives: pathname and query parameters', () => {
  for (const raw of cases) {
    const want = new URL(raw, 'http://shoal')
    const got = parseUrl(raw)
    assert.equal(got.pathname, want.pathname, raw)
    assert.deepEqual([...got.searchParams], [...want.searchParams], raw)
  }
})
