import { createHash, createHmac, type KeyObject } from 'node:crypto';

/** The hash that precedes the first entry of every region's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The installation's chain keys (never stored in the database): new entries are keyed with
 * `currentKeyId`; every entry carries its key id, so older entries verify after a rotation.
 */
export interface AccessLogKeys {
  currentKeyId: string;
  /** Secret keys by id, imported once (an HMAC over a raw Buffer costs ~8× more per entry). */
  secrets: ReadonlyMap<string, KeyObject>;
}

/** The fields of an entry that the hash covers (everything but the hash itself). */
export interface ChainedFields {
  regionId: string;
  sequence: number;
  occurredAt: Date;
  userId: string | null;
  userName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  role: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  personId: string | null;
  onBehalfOf: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  /** Whether the access was allowed or refused by a row-level rule (migration 0010). */
  outcome?: 'allowed' | 'denied';
  prevHash: string;
  /** The key the hash was made with; null for entries written before the chain was keyed (plain SHA-256). */
  keyId: string | null;
}

/** An entry as stored: its fields, its key id and its hash. */
export type SealedEntry = ChainedFields & { hash: string };

/** JSON with object keys sorted at every depth, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function canonicalEntry(entry: ChainedFields): string {
  const fields: unknown[] = [
    entry.regionId,
    entry.sequence,
    entry.occurredAt.toISOString(),
    entry.userId,
    entry.userName,
    entry.organisationId,
    entry.organisationName,
    entry.role,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.personId,
    entry.onBehalfOf,
    entry.requestId,
    entry.details,
    entry.prevHash,
  ];
  // Legacy entries were hashed without a key id; keyed ones bind theirs into the MAC input.
  if (entry.keyId !== null) fields.push(entry.keyId);
  // Covered only when denied, so entries written before the outcome column keep their hash.
  if (entry.outcome === 'denied') fields.push('denied');
  return canonicalJson(fields);
}

/**
 * The hash of an entry (hex): HMAC-SHA-256 with the secret of the entry's key id, or plain
 * SHA-256 for a legacy entry (key id null). Null when the key id is unknown to this installation.
 */
export function hashEntry(entry: ChainedFields, keys: AccessLogKeys): string | null {
  const canonical = canonicalEntry(entry);
  if (entry.keyId === null) return createHash('sha256').update(canonical).digest('hex');
  const secret = keys.secrets.get(entry.keyId);
  if (!secret) return null;
  return createHmac('sha256', secret).update(canonical).digest('hex');
}

/**
 * THE way a new entry gets its key id and hash (single appends and batch appends alike): keyed
 * with the installation's current key, chained to `fields.prevHash`.
 */
export function sealEntry<F extends Omit<ChainedFields, 'keyId'>>(
  fields: F,
  keys: AccessLogKeys,
): F & { keyId: string; hash: string } {
  const keyed = { ...fields, keyId: keys.currentKeyId };
  const hash = hashEntry(keyed, keys);
  if (hash === null) throw new Error(`access log key ${keys.currentKeyId} has no secret`);
  return { ...keyed, hash };
}

/** Why an entry does not fit the chain. */
export type ChainBreakReason =
  'hash_mismatch' | 'previous_hash_mismatch' | 'sequence_gap' | 'unknown_key' | 'unkeyed_after_keyed';

/** Where and why a chain is broken. */
export interface ChainBreak {
  sequence: number;
  reason: ChainBreakReason;
}

/**
 * Checks a run of entries in sequence order. Carries state between batches so the whole
 * log can be streamed through it without loading it into memory.
 */
export class ChainVerifier {
  private expectedSequence = 1;
  private previousHash = GENESIS_HASH;
  private keyedSeen = false;
  checked = 0;
  broken: ChainBreak | null = null;

  constructor(private readonly keys: AccessLogKeys) {}

  /** The sequence and hash of the last entry pushed (sequence 0 and the genesis hash before any). */
  get last(): { sequence: number; hash: string } {
    return { sequence: this.expectedSequence - 1, hash: this.previousHash };
  }

  /** Feed the next entry; returns false once the chain is broken. */
  push(entry: SealedEntry): boolean {
    if (this.broken) return false;
    this.checked += 1;
    if (entry.sequence !== this.expectedSequence) {
      this.broken = { sequence: this.expectedSequence, reason: 'sequence_gap' };
    } else if (entry.prevHash !== this.previousHash) {
      this.broken = { sequence: entry.sequence, reason: 'previous_hash_mismatch' };
    } else if (entry.keyId === null && this.keyedSeen) {
      // Unkeyed entries exist only from before the chain was keyed: one after a keyed entry
      // was written (or rewritten) by someone without the key.
      this.broken = { sequence: entry.sequence, reason: 'unkeyed_after_keyed' };
    } else {
      const expected = hashEntry(entry, this.keys);
      if (expected === null) this.broken = { sequence: entry.sequence, reason: 'unknown_key' };
      else if (expected !== entry.hash) this.broken = { sequence: entry.sequence, reason: 'hash_mismatch' };
    }
    if (entry.keyId !== null) this.keyedSeen = true;
    this.expectedSequence = entry.sequence + 1;
    this.previousHash = entry.hash;
    return this.broken === null;
  }
}
