// The cluster PKI: root CA, node keys and CSRs, node certificate issuance,
// identity and chain checks, join tokens and the renewal schedule.
// Shapes follow SwarmKit's ca package; each module says where it differs and why.

export * from './pem'
export * from './rootca'
export * from './node'
export * from './issuer'
export * from './identity'
export * from './tokens'
export * from './renewal'
export * from './rotation'
