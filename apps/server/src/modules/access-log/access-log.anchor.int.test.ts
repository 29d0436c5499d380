import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, accessLogHeads } from '../../db/schema';
import { createRegion, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';
import { GENESIS_HASH, hashEntry, sealEntry, type ChainedFields, type SealedEntry } from './access-log.chain';
import { CHECKPOINT_FILE } from './access-log.checkpoints';
import { parseAccessLogKeys } from './access-log.keys';

/**
 * The chain against a database superuser: everything here is done the way someone with full
 * database access but without the installation's key would, bypassing the append-only trigger.
 */
describe('access log anchored by signed checkpoints', () => {
  const ctx = useTestApp();

  /** A region of its own with a privacy officer signed in and `entries` more entries in its log. */
  async function region(entries: number) {
    const { db, signIn, services } = ctx();
    const { id: regionId } = await createRegion(db);
    const privacy = await signIn((await createUser(db, { role: 'privacy_officer', regionId })).email);
    for (let i = 0; i < entries; i += 1) {
      await db.transaction((tx) =>
        services.accessLog.append(
          tx,
          {
            regionId,
            userId: null,
            userName: `script ${i}`,
            organisationId: null,
            organisationName: null,
            role: null,
            requestId: null,
          },
          { action: 'test.event', subjectType: 'test', subjectId: String(i) },
        ),
      );
    }
    return { regionId, privacy };
  }

  async function rows(regionId: string): Promise<SealedEntry[]> {
    return ctx().db.select().from(accessLog).where(eq(accessLog.regionId, regionId)).orderBy(asc(accessLog.sequence));
  }

  /** As a superuser: run statements with the append-only trigger switched off. */
  async function asSuperuser(statements: [string, unknown[]][]) {
    await ctx().database.handle.rawTransaction(async (raw) => {
      await raw.exec('SET LOCAL session_replication_role = replica');
      for (const [text, params] of statements) await raw.query(text, params);
    });
  }

  /** Change entry `sequence` and recompute it and every later entry with `rehash`, then move the head along. */
  async function rewriteFrom(regionId: string, sequence: number, rehash: (entry: ChainedFields) => SealedEntry) {
    const all = await rows(regionId);
    const statements: [string, unknown[]][] = [];
    let prevHash = all[sequence - 2]?.hash ?? GENESIS_HASH;
    for (const entry of all.slice(sequence - 1)) {
      const changed = entry.sequence === sequence ? { ...entry, userName: 'Iemand anders' } : entry;
      const rewritten = rehash({ ...changed, prevHash });
      statements.push([
        'UPDATE access_log SET user_name = $1, prev_hash = $2, key_id = $3, hash = $4 WHERE region_id = $5 AND sequence = $6',
        [rewritten.userName, rewritten.prevHash, rewritten.keyId, rewritten.hash, regionId, entry.sequence],
      ]);
      prevHash = rewritten.hash;
    }
    statements.push(['UPDATE access_log_heads SET last_hash = $1 WHERE region_id = $2', [prevHash, regionId]]);
    await asSuperuser(statements);
  }

  async function checkpoint(privacy: Awaited<ReturnType<typeof region>>['privacy']) {
    const response = await privacy.post('/api/v1/access-log/checkpoints');
    expect(response.statusCode).toBe(200);
    return response.json<{ checkpoint: { sequence: number; hash: string; rows: number; at: string } }>().checkpoint;
  }

  async function verification(privacy: Awaited<ReturnType<typeof region>>['privacy']) {
    const response = await privacy.get('/api/v1/access-log/verification');
    expect(response.statusCode).toBe(200);
    return response.json<Record<string, unknown>>();
  }

  it('signs checkpoints outside the database and finds an untouched chain intact', async () => {
    const { privacy, regionId } = await region(5);
    const written = await checkpoint(privacy);
    const all = await rows(regionId);
    expect(written).toMatchObject({ sequence: all.length, hash: all.at(-1)!.hash, rows: all.length });
    expect(await verification(privacy)).toMatchObject({
      valid: true,
      status: 'intact',
      reason: null,
      checkpoints: { count: 1, invalid: 0 },
      lastMatchingCheckpoint: { sequence: written.sequence },
    });
  });

  it('calls a cut tail with a rewound head "shortened", naming the checkpoint and the missing entries', async () => {
    const { privacy, regionId } = await region(8);
    const written = await checkpoint(privacy);
    const keep = written.sequence - 4;
    const kept = (await rows(regionId))[keep - 1]!;
    await asSuperuser([
      ['DELETE FROM access_log WHERE region_id = $1 AND sequence > $2', [regionId, keep]],
      [
        'UPDATE access_log_heads SET last_sequence = $1, last_hash = $2 WHERE region_id = $3',
        [keep, kept.hash, regionId],
      ],
    ]);
    expect(await verification(privacy)).toMatchObject({
      valid: false,
      status: 'shortened',
      reason: 'missing_tail',
      lastSequence: keep,
      affected: { fromSequence: keep + 1, toSequence: written.sequence },
      checkpoint: { sequence: written.sequence, hash: written.hash, at: written.at },
    });

    // The application goes on writing past the checkpointed place (as after a restore or a
    // failover): the entries the checkpoint saw stay missing, the chain is still called shortened.
    for (let i = 0; i < 6; i += 1) await privacy.get('/api/v1/access-log?pageSize=1');
    expect(await verification(privacy)).toMatchObject({
      status: 'shortened',
      reason: 'checkpoint_mismatch',
      affected: { fromSequence: 1, toSequence: written.sequence },
      checkpoint: { sequence: written.sequence },
    });
  });

  it('names the first rewritten entry when later hashes were recomputed with plain SHA-256', async () => {
    const { privacy, regionId } = await region(8);
    await checkpoint(privacy);
    const target = (await rows(regionId)).length - 2;
    await rewriteFrom(regionId, target, (entry) => {
      const legacy = { ...entry, keyId: null };
      return { ...legacy, hash: hashEntry(legacy, ctx().services.accessLogKeys)! };
    });
    expect(await verification(privacy)).toMatchObject({
      valid: false,
      status: 'rewritten',
      reason: 'unkeyed_after_keyed',
      firstBrokenSequence: target,
    });
  });

  it('names the first rewritten entry when later hashes were recomputed with HMAC and a wrong key', async () => {
    const { privacy, regionId } = await region(8);
    await checkpoint(privacy);
    const guessed = parseAccessLogKeys(
      `${ctx().services.accessLogKeys.currentKeyId}:not-the-real-secret-at-all`,
      null,
      't',
    );
    const target = 3;
    await rewriteFrom(regionId, target, (entry) => sealEntry(entry, guessed));
    expect(await verification(privacy)).toMatchObject({
      status: 'rewritten',
      reason: 'hash_mismatch',
      firstBrokenSequence: target,
    });
  });

  it('catches a rewrite made with the real key through the checkpoint it contradicts', async () => {
    const { privacy, regionId } = await region(8);
    const first = await checkpoint(privacy);
    await privacy.get('/api/v1/access-log?pageSize=1');
    const second = await checkpoint(privacy);
    const target = first.sequence + 1;
    await rewriteFrom(regionId, target, (entry) => sealEntry(entry, ctx().services.accessLogKeys));
    expect(await verification(privacy)).toMatchObject({
      status: 'rewritten',
      reason: 'checkpoint_mismatch',
      affected: { fromSequence: first.sequence + 1, toSequence: second.sequence },
      lastMatchingCheckpoint: { sequence: first.sequence },
      checkpoint: { sequence: second.sequence },
    });
  });

  it('verifies legacy unkeyed entries followed by entries under two key ids', async () => {
    const { db, database, config } = ctx();
    const { services } = ctx();
    const { regionId, privacy } = await region(0);
    // Entries from before the chain was keyed (plain SHA-256, no key id), written straight into the table.
    let prevHash = GENESIS_HASH;
    const legacy: SealedEntry[] = [];
    for (let sequence = 1; sequence <= 3; sequence += 1) {
      const fields: ChainedFields = {
        ...{ regionId, sequence, occurredAt: new Date(Date.now() - 60_000 + sequence), userId: null, userName: 'oud' },
        ...{ organisationId: null, organisationName: null, role: null, action: 'legacy.event', subjectType: 'test' },
        ...{ subjectId: null, personId: null, onBehalfOf: null, requestId: null, details: { n: sequence }, prevHash },
        keyId: null,
      };
      const entry = { ...fields, hash: hashEntry(fields, services.accessLogKeys)! };
      legacy.push(entry);
      prevHash = entry.hash;
    }
    // The privacy officer's sign-in already logged an entry: put the legacy ones before it.
    await asSuperuser([['DELETE FROM access_log WHERE region_id = $1', [regionId]]]);
    await db.insert(accessLog).values(legacy.map((entry) => ({ ...entry, role: null })));
    await db
      .update(accessLogHeads)
      .set({ lastSequence: 3, lastHash: prevHash })
      .where(eq(accessLogHeads.regionId, regionId));
    // Entries under the first key, then a rotation to a second key on the same database.
    await privacy.get('/api/v1/access-log?pageSize=1');
    const rotatedKeys = parseAccessLogKeys(
      `${config.accessLog.keys.kind === 'list' ? config.accessLog.keys.list : ''},rotated:a-second-secret-for-rotation`,
      'rotated',
      't',
    );
    const { AccessLogService } = await import('./access-log.service');
    const { AccessLogRepository } = await import('./access-log.repository');
    const rotated = new AccessLogService(database.handle.db, new AccessLogRepository(), rotatedKeys);
    await db.transaction((tx) =>
      rotated.append(
        tx,
        {
          regionId,
          userId: null,
          userName: 'na rotatie',
          organisationId: null,
          organisationName: null,
          role: null,
          requestId: null,
        },
        { action: 'test.event', subjectType: 'test' },
      ),
    );
    const keyIds = (await rows(regionId)).map((entry) => entry.keyId);
    expect(keyIds.slice(0, 3)).toEqual([null, null, null]);
    expect(new Set(keyIds.slice(3))).toEqual(new Set([services.accessLogKeys.currentKeyId, 'rotated']));
    // The running application knows only the first key: the rotated entry is unknown to it.
    expect(await verification(privacy)).toMatchObject({ status: 'rewritten', reason: 'unknown_key' });
    // An application that holds both keys verifies the whole chain.
    const { ChainVerificationService } = await import('./access-log.verification.service');
    const { CheckpointRepository } = await import('./access-log.checkpoints.repository');
    const { CheckpointStore } = await import('./access-log.checkpoints');
    const both = new ChainVerificationService(
      database.handle.db,
      new AccessLogRepository(),
      new CheckpointRepository(),
      new CheckpointStore(config.accessLog.checkpointDir, rotatedKeys),
      rotatedKeys,
      rotated,
    );
    const actorCtx = {
      actor: {
        regionId,
        userId: privacy.userId,
        displayName: 'p',
        organisationId: null,
        organisationName: null,
        roles: [],
      },
      requestId: null,
    } as unknown as Parameters<typeof both.verify>[0];
    expect(await both.verify(actorCtx)).toMatchObject({ status: 'intact', valid: true });
  });

  it('counts a forged checkpoint line as invalid instead of trusting it', async () => {
    const { config } = ctx();
    const { privacy, regionId } = await region(2);
    await checkpoint(privacy);
    const forged = {
      regionId,
      sequence: 999,
      hash: 'f'.repeat(64),
      rows: 999,
      at: new Date().toISOString(),
      keyId: 'test-1',
      mac: '0'.repeat(64),
    };
    appendFileSync(join(config.accessLog.checkpointDir, CHECKPOINT_FILE), `${JSON.stringify(forged)}\n`);
    expect(await verification(privacy)).toMatchObject({ status: 'intact', checkpoints: { count: 1, invalid: 1 } });
  });
});
