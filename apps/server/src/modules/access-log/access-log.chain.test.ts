import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  ChainVerifier,
  GENESIS_HASH,
  hashEntry,
  sealEntry,
  type AccessLogKeys,
  type ChainedFields,
  type SealedEntry,
} from './access-log.chain';
import { loadAccessLogKeys, parseAccessLogKeys } from './access-log.keys';

const KEYS = parseAccessLogKeys('old:first-secret-0123456789,new:second-secret-0123456789', 'old', 'test');
const ROTATED: AccessLogKeys = { ...KEYS, currentKeyId: 'new' };

function fieldsOf(sequence: number, prevHash: string): Omit<ChainedFields, 'keyId'> {
  return {
    regionId: 'r',
    sequence,
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)),
    userId: 'u',
    userName: 'Gebruiker',
    organisationId: 'o',
    organisationName: 'Organisatie',
    role: 'administrator',
    action: 'user.read',
    subjectType: 'user',
    subjectId: `s${sequence}`,
    personId: null,
    onBehalfOf: null,
    requestId: `req-${sequence}`,
    details: { b: 1, a: [sequence] },
    prevHash,
  };
}

/** A chain of `length` entries: the first `legacy` unkeyed (plain SHA-256), then keyed with `keysAt(sequence)`. */
function chain(length: number, options: { legacy?: number; keysAt?: (sequence: number) => AccessLogKeys } = {}) {
  const entries: SealedEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= length; sequence += 1) {
    const fields = fieldsOf(sequence, prevHash);
    const entry: SealedEntry =
      sequence <= (options.legacy ?? 0)
        ? { ...fields, keyId: null, hash: plainSha256({ ...fields, keyId: null }) }
        : sealEntry(fields, options.keysAt?.(sequence) ?? KEYS);
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}

/** The unkeyed hash as it was computed before the chain was keyed. */
function plainSha256(entry: ChainedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson([
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
      ]),
    )
    .digest('hex');
}

function verify(entries: SealedEntry[], keys: AccessLogKeys = KEYS) {
  const verifier = new ChainVerifier(keys);
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier;
}

/** Rewrite entry `index` and recompute every later hash the way an attacker without the key can. */
function rewriteAndRehash(entries: SealedEntry[], index: number, rehash: (entry: ChainedFields) => SealedEntry) {
  const copy = [...entries];
  let prevHash = index === 0 ? GENESIS_HASH : copy[index - 1]!.hash;
  for (let i = index; i < copy.length; i += 1) {
    const base = i === index ? { ...copy[i]!, userName: 'Iemand anders' } : copy[i]!;
    copy[i] = rehash({ ...base, prevHash });
    prevHash = copy[i]!.hash;
  }
  return copy;
}

describe('access-log hash chain', () => {
  it('sorts object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('accepts an intact keyed chain, and an empty one', () => {
    expect(verify(chain(20)).broken).toBeNull();
    expect(verify(chain(20)).checked).toBe(20);
    expect(verify([]).broken).toBeNull();
  });

  it('keys entries with HMAC: the hash is not the plain SHA-256, and names its key', () => {
    const [entry] = chain(1);
    expect(entry!.keyId).toBe('old');
    expect(entry!.hash).not.toBe(plainSha256(entry!));
    expect(entry!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies legacy unkeyed entries followed by keyed ones, across a key rotation', () => {
    const entries = chain(12, { legacy: 4, keysAt: (sequence) => (sequence > 8 ? ROTATED : KEYS) });
    expect(entries.map((e) => e.keyId)).toEqual([
      null,
      null,
      null,
      null,
      ...Array(4).fill('old'),
      ...Array(4).fill('new'),
    ]);
    expect(verify(entries).broken).toBeNull();
    // Without the retired key the entries it signed cannot be checked.
    const withoutOld = parseAccessLogKeys('new:second-secret-0123456789', null, 'test');
    expect(verify(entries, withoutOld).broken).toEqual({ sequence: 5, reason: 'unknown_key' });
  });

  it('finds an altered field at its row', () => {
    const entries = chain(10);
    entries[4] = { ...entries[4]!, userName: 'Iemand anders' };
    expect(verify(entries).broken).toEqual({ sequence: 5, reason: 'hash_mismatch' });
  });

  it('names the first rewritten row when all later hashes were recomputed with plain SHA-256', () => {
    const rewritten = rewriteAndRehash(chain(10), 4, (entry) => {
      const legacy = { ...entry, keyId: null };
      return { ...legacy, hash: plainSha256(legacy) };
    });
    expect(verify(rewritten).broken).toEqual({ sequence: 5, reason: 'unkeyed_after_keyed' });
  });

  it('names the first rewritten row when all later hashes were recomputed with a wrong key', () => {
    const guessed = parseAccessLogKeys('old:a-guessed-secret-0123456789', null, 'attacker');
    const rewritten = rewriteAndRehash(chain(10), 4, (entry) => sealEntry(entry, guessed));
    expect(verify(rewritten).broken).toEqual({ sequence: 5, reason: 'hash_mismatch' });
    const unknown = parseAccessLogKeys('forged:a-guessed-secret-0123456789', null, 'attacker');
    expect(verify(rewriteAndRehash(chain(10), 4, (entry) => sealEntry(entry, unknown))).broken).toEqual({
      sequence: 5,
      reason: 'unknown_key',
    });
  });

  it('finds a removed row', () => {
    const entries = chain(10);
    expect(verify([...entries.slice(0, 3), ...entries.slice(4)]).broken).toEqual({
      sequence: 4,
      reason: 'sequence_gap',
    });
  });

  it('does not depend on the order of keys in details', () => {
    const [entry] = chain(1);
    expect(hashEntry({ ...entry!, details: { a: [1], b: 1 } }, KEYS)).toBe(entry!.hash);
  });
});

describe('access-log keys', () => {
  it('takes the last listed key as current unless one is named, and refuses bad lists', () => {
    expect(parseAccessLogKeys('a:0123456789abcdef\nb:0123456789abcdef', null, 't').currentKeyId).toBe('b');
    expect(() => parseAccessLogKeys('a:short', null, 't')).toThrow(/at least 16/);
    expect(() => parseAccessLogKeys('a:0123456789abcdef', 'b', 't')).toThrow(/not listed/);
    expect(() => parseAccessLogKeys('a:0123456789abcdef,a:0123456789abcdef', null, 't')).toThrow(/twice/);
    expect(() => parseAccessLogKeys('', null, 't')).toThrow(/no access log key/);
  });

  it('creates the key file once, readable by its owner only, and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'springplank-keys-'));
    try {
      const path = join(dir, 'data', 'access-log.keys');
      const first = loadAccessLogKeys({ kind: 'file', path, currentKeyId: null });
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const again = loadAccessLogKeys({ kind: 'file', path, currentKeyId: null });
      expect(again.currentKeyId).toBe('k1');
      expect(again.secrets.get('k1')!.export()).toEqual(first.secrets.get('k1')!.export());
      expect(first.secrets.get('k1')!.export().length).toBeGreaterThanOrEqual(32);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
