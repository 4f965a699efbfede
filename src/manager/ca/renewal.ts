// When a node should renew its certificate. As SwarmKit (ca.calculateRandomExpiry):
// a uniformly random point between 50% and 80% of the certificate's lifetime.
// Starting at half-life leaves the other half for retries if managers are
// unreachable; the randomness spreads a cluster's renewals (all certificates
// issued at swarm init, say) so managers are not hit by a thundering herd.

/** Renewal starts no earlier than this fraction of the lifetime (SwarmKit CertLowerRotationRange). */
export const RENEWAL_LOWER_FRACTION = 0.5
/** ... and no later than this one (SwarmKit CertUpperRotationRange). */
export const RENEWAL_UPPER_FRACTION = 0.8

/** Default node certificate lifetime: 90 days (SwarmKit DefaultNodeCertExpiration). */
export const DEFAULT_NODE_CERT_EXPIRY_MS = 90 * 24 * 60 * 60 * 1000

/**
 * Shortest node certificate lifetime the CA issues: 30 minutes (SwarmKit's
 * MinNodeCertExpiration before it was raised to 1h). Shorter lifetimes leave
 * too little room between the renewal window and expiry for retries and
 * clock skew, and turn renewal into constant load on the managers.
 */
export const MIN_NODE_CERT_EXPIRY_MS = 30 * 60 * 1000

function ms(t: Date | number, name: string): number {
  const v = typeof t === 'number' ? t : t.getTime()
  if (!Number.isFinite(v)) throw new TypeError(`${name} must be a valid Date or epoch milliseconds`)
  return v
}

/**
 * The time at which renewal should start for a certificate valid from
 * `notBefore` to `notAfter`: notBefore + lifetime * (0.5 + 0.3 * rand()).
 * `rand` must return a number in [0, 1) like Math.random; inject it to make the
 * result deterministic.
 */
export function nextRenewal(notBefore: Date | number, notAfter: Date | number, rand: () => number = Math.random): Date {
  const from = ms(notBefore, 'notBefore')
  const until = ms(notAfter, 'notAfter')
  if (until <= from) throw new RangeError('notAfter must be after notBefore')
  const r = rand()
  if (!(r >= 0 && r < 1)) throw new RangeError(`rand() must return a number in [0, 1) (got ${r})`)
  // Whole milliseconds, and the offset clamped below the span, so the result
  // is in [50%, 80%) exactly; floating-point 0.5 + 0.3 * r can round to 0.8.
  const lifetime = until - from
  const lower = Math.floor(lifetime * RENEWAL_LOWER_FRACTION)
  const span = Math.floor(lifetime * RENEWAL_UPPER_FRACTION) - lower
  const offset = span > 0 ? Math.min(span - 1, Math.floor(span * r)) : 0
  return new Date(from + lower + offset)
}

export interface RenewalDelayOptions {
  /** The current time; defaults to Date.now(). */
  now?: Date | number
  rand?: () => number
}

/**
 * Milliseconds from `now` until renewal should start; 0 when it is already due
 * (a node that was down through its window renews at once, as SwarmKit).
 */
export function renewalDelayMs(notBefore: Date | number, notAfter: Date | number, options: RenewalDelayOptions = {}): number {
  const now = options.now === undefined ? Date.now() : ms(options.now, 'now')
  const at = nextRenewal(notBefore, notAfter, options.rand).getTime()
  return Math.max(0, at - now)
}
