import { Flags } from '@oclif/core'

import type { TLSInfo } from '../../api/client'
import { ShoalCommand } from '../../cli/base'
import { waitForRotation } from '../../cli/ca-progress'
import { parseNonNegativeDuration } from '../../cli/duration'
import { UsageError } from '../../cli/errors'
import { externalCAFlag, parseExternalCA, readPem } from '../../cli/external-ca'

export default class SwarmCa extends ShoalCommand {
  static summary = 'Display and rotate the root CA'
  static usage = 'swarm ca [OPTIONS]'
  static description =
    'Without options, prints the swarm\'s root CA certificate. With --rotate, moves the swarm to a new root CA (generated, or --ca-cert with --ca-key, or --ca-cert signed for by --external-ca) without downtime: every node gets a certificate from the new root, then the old root is dropped and the join tokens change.'
  static examples = [
    '<%= config.bin %> swarm ca',
    '<%= config.bin %> swarm ca --rotate',
    '<%= config.bin %> swarm ca --rotate --ca-cert root.pem --ca-key root-key.pem',
    '<%= config.bin %> swarm ca --rotate --detach',
  ]
  static strict = false
  static flags = {
    rotate: Flags.boolean({ summary: 'Rotate the swarm CA: a new root (generated unless --ca-cert is given)' }),
    'ca-cert': Flags.string({ summary: 'Path to the PEM certificate of the new root CA (with --rotate)', helpValue: 'pem-file' }),
    'ca-key': Flags.string({ summary: 'Path to the PEM key of the new root CA (with --rotate)', helpValue: 'pem-file' }),
    'external-ca': externalCAFlag,
    'cert-expiry': Flags.string({ summary: 'Validity period for node certificates (ns|us|ms|s|m|h)', helpValue: 'duration' }),
    detach: Flags.boolean({ char: 'd', summary: 'Exit immediately instead of waiting for the root rotation to converge' }),
    quiet: Flags.boolean({ char: 'q', summary: 'Suppress progress output' }),
  }

  async run(): Promise<void> {
    const { flags, argv } = await this.parse(SwarmCa)
    this.requireNoArgs(argv as string[])
    const client = this.client(flags.host)
    if (!flags.rotate) {
      // As docker: every other flag changes the CA, which only --rotate does.
      for (const f of ['ca-cert', 'ca-key', 'external-ca', 'cert-expiry'] as const) {
        if (flags[f] !== undefined) throw new UsageError(`--${f} requires --rotate to change the root CA`)
      }
      return this.writeRoot(((await client.swarmInspect()).TLSInfo ?? {}) as TLSInfo)
    }
    if (flags['external-ca'] && flags['ca-cert'] === undefined) {
      throw new UsageError("rotating to an external CA needs that CA's root certificate (--ca-cert); to add an external CA for the current root, use swarm update --external-ca")
    }
    const swarm = await client.swarmInspect()
    const spec = structuredClone(swarm.Spec ?? {}) as Record<string, any>
    const ca: Record<string, any> = { ...(spec.CAConfig ?? {}) }
    if (flags['cert-expiry'] !== undefined) ca.NodeCertExpiry = parseNonNegativeDuration(flags['cert-expiry'], '--cert-expiry')
    if (flags['external-ca']) ca.ExternalCAs = flags['external-ca'].map(parseExternalCA)
    if (flags['ca-cert'] !== undefined) ca.SigningCACert = readPem(flags['ca-cert'], '--ca-cert')
    if (flags['ca-key'] !== undefined) ca.SigningCAKey = readPem(flags['ca-key'], '--ca-key')
    // As docker: a new ForceRotate with no certificate asks the managers for a new root.
    if (ca.SigningCACert === undefined && ca.SigningCAKey === undefined) ca.ForceRotate = Number(ca.ForceRotate ?? 0) + 1
    spec.CAConfig = ca
    await client.swarmUpdate(swarm.Version?.Index ?? 0, spec)
    if (flags.detach) return
    // -q: no progress and no root, as docker.
    await waitForRotation(client, (line) => {
      if (!flags.quiet) this.write(line)
    })
    if (!flags.quiet) this.writeRoot(((await client.swarmInspect()).TLSInfo ?? {}) as TLSInfo)
  }

  private writeRoot(tls: TLSInfo): void {
    if (!tls.TrustRoot) throw new Error('no CA information available')
    this.write(`${tls.TrustRoot.trim()}\n`)
  }
}
