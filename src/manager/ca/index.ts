// The cluster PKI: root CA, node keys and CSRs, node certificate issuance,
// identity and chain checks, join tokens and the renewal schedule.
// See docs/ARCHITECTURE.md ("Cluster PKI") for how the pieces fit.

export * from './pem'
export * from './rootca'
export * from './node'
export * from './issuer'
export * from './identity'
export * from './tokens'
export * from './renewal'
