// Measures (prints, does not assert) how long issuing 100 node certificates
// takes: the manager-side cost of CSR -> certificate, which bounds how fast a
// large cluster can join or renew. Node-side key + CSR time is printed too.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { performance } from 'node:perf_hooks'
import { createCSR, createRootCA, generateNodeKey, issueNodeCertificate, load, verifyChain } from '../src/manager/ca'

const N = 100

test(`time to issue ${N} node certificates (CSR -> cert)`, async (t) => {
  const material = await createRootCA({ clusterId: 'bench' })
  const root = await load(material.certPem, material.keyPem)

  let start = performance.now()
  const csrs: string[] = []
  for (let i = 0; i < N; i++) csrs.push(await createCSR(await generateNodeKey()))
  const nodeMs = performance.now() - start

  start = performance.now()
  const certs: string[] = []
  for (let i = 0; i < N; i++) {
    certs.push(await issueNodeCertificate(root, csrs[i], { nodeId: `node${i}`, role: i % 10 === 0 ? 'swarm-manager' : 'swarm-worker', clusterId: 'bench' }))
  }
  const issueMs = performance.now() - start

  // Sanity only: the figure means nothing if the certificates are not valid.
  for (const c of certs) assert.equal(verifyChain(c, material.certPem), true)

  const line =
    `ca bench: issued ${N} node certificates in ${issueMs.toFixed(1)} ms ` +
    `(${(issueMs / N).toFixed(2)} ms each, ${((N * 1000) / issueMs).toFixed(0)}/s); ` +
    `node side key+CSR ${nodeMs.toFixed(1)} ms (${(nodeMs / N).toFixed(2)} ms each)`
  t.diagnostic(line)
  console.log(line)
})
