import { describe, expect, it } from 'vitest';
import { canonicalJson, ChainVerifier, GENESIS_HASH, hashEntry, type ChainedFields } from './access-log.chain';

function chain(length: number): (ChainedFields & { hash: string })[] {
  const entries: (ChainedFields & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= length; sequence += 1) {
    const fields: ChainedFields = {
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
    const hash = hashEntry(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

function verify(entries: (ChainedFields & { hash: string })[], head?: { lastSequence: number; lastHash: string }) {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.push(entry)) break;
  verifier.finish(
    head ?? { lastSequence: entries.at(-1)?.sequence ?? 0, lastHash: entries.at(-1)?.hash ?? GENESIS_HASH },
  );
  return verifier;
}

describe('access-log hash chain', () => {
  it('sorts object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('accepts an intact chain, and an empty one', () => {
    expect(verify(chain(20)).broken).toBeNull();
    expect(verify(chain(20)).checked).toBe(20);
    expect(verify([], { lastSequence: 0, lastHash: GENESIS_HASH }).broken).toBeNull();
  });

  it('finds an altered field at its row', () => {
    const entries = chain(10);
    entries[4] = { ...entries[4]!, userName: 'Iemand anders' };
    expect(verify(entries).broken).toEqual({ sequence: 5, reason: 'hash_mismatch' });
  });

  it('finds a row whose hash was recomputed after altering it, at the next row', () => {
    const entries = chain(10);
    const altered = { ...entries[4]!, action: 'user.update' };
    entries[4] = { ...altered, hash: hashEntry(altered) };
    expect(verify(entries).broken).toEqual({ sequence: 6, reason: 'previous_hash_mismatch' });
  });

  it('finds a removed row and a removed tail', () => {
    const entries = chain(10);
    expect(verify([...entries.slice(0, 3), ...entries.slice(4)]).broken).toEqual({
      sequence: 4,
      reason: 'sequence_gap',
    });
    const last = entries.at(-1)!;
    expect(verify(entries.slice(0, 8), { lastSequence: last.sequence, lastHash: last.hash }).broken).toEqual({
      sequence: 9,
      reason: 'sequence_gap',
    });
  });

  it('does not depend on the order of keys in details', () => {
    const [entry] = chain(1);
    expect(hashEntry({ ...entry!, details: { a: [1], b: 1 } })).toBe(entry!.hash);
  });
});
