import { createHash } from 'node:crypto';

/** The hash that precedes the first entry of every region's chain. */
export const GENESIS_HASH = '0'.repeat(64);

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
  prevHash: string;
}

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

/** SHA-256 (hex) over the canonical form of an entry, including the previous entry's hash. */
export function hashEntry(entry: ChainedFields): string {
  const canonical = canonicalJson([
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
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Where and why a chain is broken. */
export interface ChainBreak {
  sequence: number;
  reason: 'hash_mismatch' | 'previous_hash_mismatch' | 'sequence_gap';
}

/**
 * Checks a run of entries in sequence order. Carries state between batches so the whole
 * log can be streamed through it without loading it into memory.
 */
export class ChainVerifier {
  private expectedSequence = 1;
  private previousHash = GENESIS_HASH;
  checked = 0;
  broken: ChainBreak | null = null;

  /** Feed the next entry; returns false once the chain is broken. */
  push(entry: ChainedFields & { hash: string }): boolean {
    if (this.broken) return false;
    this.checked += 1;
    if (entry.sequence !== this.expectedSequence) {
      this.broken = { sequence: this.expectedSequence, reason: 'sequence_gap' };
    } else if (entry.prevHash !== this.previousHash) {
      this.broken = { sequence: entry.sequence, reason: 'previous_hash_mismatch' };
    } else if (hashEntry(entry) !== entry.hash) {
      this.broken = { sequence: entry.sequence, reason: 'hash_mismatch' };
    }
    this.expectedSequence = entry.sequence + 1;
    this.previousHash = entry.hash;
    return this.broken === null;
  }

  /** Compare the end of the chain with the recorded head, catching a removed tail. */
  finish(head: { lastSequence: number; lastHash: string } | null): void {
    if (this.broken || !head) return;
    if (head.lastSequence !== this.expectedSequence - 1) {
      this.broken = { sequence: this.expectedSequence, reason: 'sequence_gap' };
    } else if (head.lastSequence > 0 && head.lastHash !== this.previousHash) {
      this.broken = { sequence: head.lastSequence, reason: 'hash_mismatch' };
    }
  }
}
