import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/factories';
import { importFootprint } from '../../test/import-factories';
import { useTestApp } from '../../test/test-app';
import { validationPool } from './validation-pool';

// Over 1 MiB: big enough for the import to validate on worker threads.
const PERSONS = 45_000;
const personRows = Array.from({ length: PERSONS }, (_, i) => `W${String(i).padStart(5, '0')},1980-01-01,GM0150,\n`);
const persons = (extra = '') => `person_ref,birth_date,municipality_code,bsn\n${personRows.join('')}${extra}`;

describe('a big import, validated on worker threads', () => {
  const ctx = useTestApp();

  async function admin() {
    const { db, signIn } = ctx();
    return signIn((await createUser(db, { role: 'administrator' })).email);
  }

  it('lists every problem with its physical line, as on the main thread, and writes nothing', async () => {
    const client = await admin();
    expect(validationPool.warm).toBe(false);
    const before = await importFootprint(ctx().db);
    const response = await client.post('/api/v1/imports', {
      files: {
        'persons.csv': persons('W99999,1980-13-01,GM0150,\n'),
        'stays.csv':
          'person_ref,service,started_on\nW00005,nachtopvang,2024-01-01\nX1,nachtopvang,2024-01-01\nW00006,villa,2024-01-01\n',
      },
    });
    expect(response.json()).toEqual({
      ok: false,
      dryRun: false,
      counts: [],
      problems: [
        `persons.csv:${PERSONS + 2}: birth_date: not a valid date: "1980-13-01" (expected YYYY-MM-DD)`,
        'stays.csv:3: person_ref: unknown person "X1" (not in persons.csv nor in the region)',
        'stays.csv:4: service: unknown service code: "villa"',
      ],
    });
    expect(validationPool.warm).toBe(true);
    expect(await importFootprint(ctx().db)).toEqual(before);
  });

  it('loads a region, then a re-import changes nothing and a changed row is updated', async () => {
    const client = await admin();
    const stays = (ended: string) =>
      `person_ref,service,started_on,ended_on,end_reason\nW00001,nachtopvang,2024-01-01,,\nW00002,crisisopvang,2024-01-01,${ended},\n`;
    const first = await client.post('/api/v1/imports', { files: { 'persons.csv': persons(), 'stays.csv': stays('') } });
    expect(first.json().counts).toEqual([
      { file: 'persons.csv', rows: PERSONS, inserted: PERSONS, updated: 0, unchanged: 0 },
      { file: 'stays.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
    ]);
    const again = await client.post('/api/v1/imports', { files: { 'persons.csv': persons(), 'stays.csv': stays('') } });
    expect(again.json().counts).toEqual([
      { file: 'persons.csv', rows: PERSONS, inserted: 0, updated: 0, unchanged: PERSONS },
      { file: 'stays.csv', rows: 2, inserted: 0, updated: 0, unchanged: 2 },
    ]);
    const changed = await client.post('/api/v1/imports', {
      files: { 'persons.csv': persons(), 'stays.csv': stays('2024-02-01') },
    });
    expect(changed.json().counts[1]).toEqual({ file: 'stays.csv', rows: 2, inserted: 0, updated: 1, unchanged: 1 });
  });
});
