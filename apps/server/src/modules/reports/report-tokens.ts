import { createHmac, hash, randomInt, type KeyObject } from 'node:crypto';

/** Crockford base32 without look-alikes (no I, L, O, U): easy to read out over the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A readable random reference like `M-7K3F-9QXT` (40 bits; collisions are retried on insert). */
export function newReference(prefix: 'M' | 'C' | 'A'): string {
  // 40 random bits in one draw (randomInt serves them from a pooled buffer), as eight 5-bit digits.
  let bits = randomInt(2 ** 40);
  let chars = '';
  for (let i = 0; i < 8; i += 1) {
    chars = ALPHABET[bits % 32]! + chars;
    bits = Math.floor(bits / 32);
  }
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * The private status token of a report: an HMAC of its id under a server key (256 bits).
 * Derived rather than stored, so an idempotent retry can return the same link while the
 * database keeps only the token's hash.
 */
export function statusTokenFor(key: KeyObject, reportId: string): string {
  return createHmac('sha256', key).update(`report-status:${reportId}`).digest('base64url');
}

/** The stored form of a status token. */
export function hashToken(token: string): string {
  // One-shot hash: the same hex SHA-256 as createHash, without a Hash object per call.
  return hash('sha256', token, 'hex');
}
