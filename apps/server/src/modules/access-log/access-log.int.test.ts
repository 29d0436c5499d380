import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createRegion, createUser, referenceRegion } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

describe('access log (NEN 7513)', () => {
  const ctx = useTestApp();

  async function seedLog() {
    const { db, signIn } = ctx();
    const admin = await signIn((await createUser(db, { role: 'administrator' })).email);
    const subject = await createUser(db, { role: 'outreach_worker' });
    await admin.get(`/api/v1/users/${subject.id}`);
    await admin.patch(`/api/v1/users/${subject.id}`, { displayName: 'Nieuwe Naam' });
    await admin.get(`/api/v1/users/${subject.id}`);
    const privacy = await signIn((await createUser(db, { role: 'privacy_officer' })).email);
    return { admin, subject, privacy };
  }

  it('records who read and changed a record, in order, and logs the search itself', async () => {
    const { subject, privacy } = await seedLog();
    const history = await privacy.get(`/api/v1/access-log?subjectType=user&subjectId=${subject.id}&order=asc`);
    expect(history.statusCode).toBe(200);
    const body = history.json<{
      items: { action: string; role: string; sequence: number; userName: string }[];
      total: number;
    }>();
    expect(body.items.map((i) => i.action)).toEqual(['user.read', 'user.update', 'user.read']);
    expect(body.items.every((i) => i.role === 'administrator')).toBe(true);
    const sequences = body.items.map((i) => i.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));

    const searches = await privacy.get('/api/v1/access-log?action=access_log.search');
    expect(searches.json().items[0]).toMatchObject({ action: 'access_log.search', role: 'privacy_officer' });
  });

  it('verifies an intact chain', async () => {
    const { privacy } = await seedLog();
    const verification = await privacy.get('/api/v1/access-log/verification');
    expect(verification.statusCode).toBe(200);
    expect(verification.json()).toMatchObject({ valid: true, firstBrokenSequence: null });
    expect(verification.json().checked).toBeGreaterThan(5);
  });

  it('refuses to update or delete entries', async () => {
    const { db } = ctx();
    await seedLog();
    await expect(db.execute(sql`update access_log set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from access_log`)).rejects.toThrow();
  });

  it('points at the altered row when someone tampers with the log', async () => {
    const { db, database } = ctx();
    const { subject, privacy } = await seedLog();
    const region = await referenceRegion(db);
    const [target] = await db
      .select({ sequence: accessLog.sequence })
      .from(accessLog)
      .where(and(eq(accessLog.subjectId, subject.id), eq(accessLog.action, 'user.update')));
    // A database administrator bypassing the append-only trigger.
    await database.handle.rawTransaction(async (raw) => {
      await raw.exec('SET LOCAL session_replication_role = replica');
      await raw.query(`update access_log set user_name = 'Iemand anders' where region_id = $1 and sequence = $2`, [
        region.id,
        target!.sequence,
      ]);
    });
    const verification = await privacy.get('/api/v1/access-log/verification');
    expect(verification.json()).toMatchObject({
      valid: false,
      firstBrokenSequence: target!.sequence,
      reason: 'hash_mismatch',
    });
  });

  it('keeps each region to its own log', async () => {
    const { db, signIn } = ctx();
    await seedLog();
    const other = await createRegion(db);
    const otherPrivacy = await signIn((await createUser(db, { role: 'privacy_officer', regionId: other.id })).email);
    const page = await otherPrivacy.get('/api/v1/access-log?pageSize=200');
    const items = page.json<{ items: { action: string }[] }>().items;
    expect(items.map((i) => i.action)).toEqual(['auth.login']);
    expect((await otherPrivacy.get('/api/v1/access-log/verification')).json().valid).toBe(true);
  });

  it('is for the privacy officer only', async () => {
    const { db, signIn, app } = ctx();
    expect((await app.inject('/api/v1/access-log')).statusCode).toBe(401);
    for (const role of ['administrator', 'meldpunt_operator', 'policy_analyst', 'access_officer'] as const) {
      const client = await signIn((await createUser(db, { role })).email);
      expect((await client.get('/api/v1/access-log')).statusCode, role).toBe(403);
      expect((await client.get('/api/v1/access-log/verification')).statusCode, role).toBe(403);
    }
  });

  it('filters by day in Dutch time and validates the filters', async () => {
    const { privacy } = await seedLog();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const page = await privacy.get(`/api/v1/access-log?from=${today}&to=${today}`);
    expect(page.json().total).toBeGreaterThan(0);
    const bad = await privacy.get('/api/v1/access-log?from=gisteren');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toContain('from');
  });
});
