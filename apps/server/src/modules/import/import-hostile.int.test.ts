import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/factories';
import { importFootprint } from '../../test/import-factories';
import { reportInput } from '../../test/report-factories';
import { useTestApp } from '../../test/test-app';

/** Resolve with the promise's value, or reject once `ms` have passed (a hang must fail, not stall the suite). */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

const HEADER = 'person_ref,birth_date,municipality_code,bsn\n';

describe('hostile import files never hang the import or the service', () => {
  const ctx = useTestApp();

  it('refuses a NUL byte in persons.csv with file:line, without touching the database', async () => {
    const admin = await ctx().signIn((await createUser(ctx().db, { role: 'administrator' })).email);
    const files = { 'persons.csv': `${HEADER}N1,1990-01-01,GM0150,\nN2\u0000x,1990-01-01,GM0150,\n` };
    const before = await importFootprint(ctx().db);
    const response = await within(5000, admin.post('/api/v1/imports', { files }));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      ok: false,
      problems: ['persons.csv:3: row: contains a NUL character (byte 0)'],
    });
    expect(await importFootprint(ctx().db)).toEqual(before);
  });

  it('after twenty hostile imports in a row, a public report still answers 201 at once', async () => {
    const { app, db, signIn } = ctx();
    const admin = await signIn((await createUser(db, { role: 'administrator' })).email);
    // Known persons go through the staging table, new ones straight to the real one: NUL in both.
    await admin.post('/api/v1/imports', { files: { 'persons.csv': `${HEADER}K1,1990-01-01,GM0150,\n` } });
    const stays = (row: string) => ({
      'persons.csv': `${HEADER}K1,1990-01-01,GM0150,\n`,
      'stays.csv': `service,person_ref,provider_ref,started_on,ended_on,end_reason\n${row}\n`,
    });
    const hostile: Record<string, string>[] = [
      { 'persons.csv': `${HEADER}Z\u00001,1990-01-01,GM0150,\n` },
      stays('beschermd_wonen,K1,De Brug\u0000,2023-06-01,,'),
      { 'persons.csv': `${HEADER}Z2,1990-01-01,GM0150,"12"3\n` },
      stays('beschermd_wonen,K1,De "Brug",2023-06-01,,'),
      stays(`beschermd_wonen,K1,${'x'.repeat(300_000)},2023-06-01,,`),
    ];
    for (let index = 0; index < 20; index += 1) {
      const files = hostile[index % hostile.length]!;
      const response = await within(10_000, admin.post('/api/v1/imports', { files }));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().ok).toBe(false);
    }
    const started = performance.now();
    const report = await within(
      5000,
      app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: reportInput(),
        headers: { 'x-report-source': 'web-form' },
      }),
    );
    expect(report.statusCode, report.body).toBe(201);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
