import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createRegion, createUser, referenceRegion } from '../../test/factories';
import { importFixture, importFootprint, rowsOf } from '../../test/import-factories';
import { useTestApp } from '../../test/test-app';

const PERSONS = 'person_ref,birth_date,municipality_code,bsn\nA1,1990-01-01,GM0150,\nA2,2001-06-30,GM0301,\n';

async function adminClient(ctx: ReturnType<typeof useTestApp>) {
  const { db, signIn } = ctx();
  return signIn((await createUser(db, { role: 'administrator' })).email);
}

describe('bulk import through the API', () => {
  const ctx = useTestApp();

  it('imports the fixture files, then a re-import touches nothing and a changed row is updated', async () => {
    const admin = await adminClient(ctx);
    const files = importFixture('valid');
    const first = await admin.post('/api/v1/imports', { files });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      ok: true,
      dryRun: false,
      problems: [],
      counts: [
        { file: 'persons.csv', rows: 5, inserted: 5, updated: 0, unchanged: 0 },
        { file: 'waitlist.csv', rows: 3, inserted: 3, updated: 0, unchanged: 0 },
        { file: 'stays.csv', rows: 4, inserted: 4, updated: 0, unchanged: 0 },
        { file: 'housing.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
      ],
    });
    const region = await referenceRegion(ctx().db);
    const stayRows = await rowsOf<{ provider_ref: string; person: string }>(
      ctx().db,
      sql`select s.provider_ref, p.source_ref as person from stays s join persons p on p.id = s.person_id
          where s.region_id = ${region.id} and s.service = 'beschermd_wonen'`,
    );
    expect(stayRows).toEqual([{ provider_ref: 'De Brug, locatie "Noord"', person: 'P1' }]);

    const before = await importFootprint(ctx().db);
    const again = await admin.post('/api/v1/imports', { files });
    expect(again.json().counts.map((c: { unchanged: number; rows: number }) => c.unchanged === c.rows)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const after = await importFootprint(ctx().db);
    // Same rows, same row versions: unchanged rows were not even rewritten; one log entry added.
    expect({ ...after, access_log: before.access_log }).toEqual(before);
    expect(Number(after.access_log)).toBe(Number(before.access_log) + 1);

    const changed = {
      ...files,
      'housing.csv': files['housing.csv']!.replace('"P,3",2023-08-01,', '"P,3",2023-08-01,2023-10-01'),
    };
    const third = await admin.post('/api/v1/imports', { files: changed });
    expect(third.json().counts[3]).toEqual({ file: 'housing.csv', rows: 2, inserted: 0, updated: 1, unchanged: 1 });
  });

  it('records one access-log entry per successful run, by the administrator', async () => {
    const admin = await adminClient(ctx);
    const response = await admin.post('/api/v1/imports', {
      files: { 'persons.csv': 'person_ref,birth_date,municipality_code\nL1,1970-03-03,GM0177\n' },
    });
    expect(response.json().ok).toBe(true);
    const rows = await rowsOf<{ action: string; user_id: string; details: { counts: unknown[] } }>(
      ctx().db,
      sql`select action, user_id, details from access_log where action like 'import.%' and user_id = ${admin.userId}`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe('import.run');
    expect(rows[0]!.details.counts).toEqual([{ file: 'persons.csv', rows: 1, inserted: 1, updated: 0, unchanged: 0 }]);
  });

  it('lists every problem as file:line: column: reason and leaves the database unchanged', async () => {
    const admin = await adminClient(ctx);
    const before = await importFootprint(ctx().db);
    const response = await admin.post('/api/v1/imports', { files: importFixture('invalid') });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: false,
      dryRun: false,
      counts: [],
      problems: [
        'persons.csv:1: nickname: unknown column',
        'persons.csv:2: bsn: 111222334 fails the 11-proef (check digit)',
        'persons.csv:3: birth_date: not a valid date: "2023-02-30" (expected YYYY-MM-DD)',
        'persons.csv:4: birth_date: not a valid date: "1990/01/01" (expected YYYY-MM-DD)',
        'persons.csv:4: municipality_code: unknown municipality GM9999 (not in region midden-ijssel)',
        'persons.csv:5: birth_date: 2099-01-01 is in the future',
        'persons.csv:6: person_ref: duplicate person_ref: same as line 2',
        'persons.csv:7: person_ref: required',
        'persons.csv:7: municipality_code: required',
        'waitlist.csv:2: removed_on: 2023-04-01 is before listed_on 2023-05-01',
        'waitlist.csv:3: service: unknown service code: "villa"',
        'waitlist.csv:4: person_ref: unknown person "Q9" (not in persons.csv nor in the region)',
        'waitlist.csv:5: removal_reason: required when removed_on is set',
        'waitlist.csv:6: removal_reason: only allowed when removed_on is set',
        'waitlist.csv:7: removal_reason: unknown removal_reason: "evicted"',
        'stays.csv:1: started_on: missing',
        'housing.csv:2: housed_on: 2023-12-01 is before ready_on 2024-01-01',
        'housing.csv:3: person_ref: duplicate housing record (person_ref + ready_on): same as line 2',
      ],
    });
    expect(await importFootprint(ctx().db)).toEqual(before);
  });

  it.each([
    [
      'end before start',
      'stays.csv',
      'person_ref,service,started_on,ended_on\nA1,nachtopvang,2024-02-01,2024-01-31\n',
      'stays.csv:2: ended_on: 2024-01-31 is before started_on 2024-02-01',
    ],
    [
      'unknown end_reason',
      'stays.csv',
      'person_ref,service,started_on,ended_on,end_reason\nA1,nachtopvang,2024-01-01,2024-02-01,fled\n',
      'stays.csv:2: end_reason: unknown end_reason: "fled"',
    ],
    [
      'end_reason without ended_on',
      'stays.csv',
      'person_ref,service,started_on,ended_on,end_reason\nA1,nachtopvang,2024-01-01,,moved_on\n',
      'stays.csv:2: end_reason: only allowed when ended_on is set',
    ],
    [
      'duplicate stay',
      'stays.csv',
      'person_ref,service,started_on\nA1,nachtopvang,2024-01-01\nA2,nachtopvang,2024-01-01\nA1,nachtopvang,2024-01-01\n',
      'stays.csv:4: person_ref: duplicate stay (person_ref + service + started_on): same as line 2',
    ],
    [
      'empty required cell',
      'stays.csv',
      'person_ref,service,started_on\nA1,,2024-01-01\n',
      'stays.csv:2: service: required',
    ],
    [
      'too few cells',
      'housing.csv',
      'person_ref,ready_on,housed_on\nA1,2024-01-01\n',
      'housing.csv:2: row: has 2 cells, the header has 3',
    ],
    [
      'leap day in a common year',
      'housing.csv',
      'person_ref,ready_on\nA1,2023-02-29\n',
      'housing.csv:2: ready_on: not a valid date: "2023-02-29" (expected YYYY-MM-DD)',
    ],
    [
      'duplicate waitlist entry',
      'waitlist.csv',
      'person_ref,service,listed_on\nA1,beschut_wonen,2024-01-01\nA1,beschut_wonen,2024-01-01\n',
      'waitlist.csv:3: person_ref: duplicate waiting-list entry (person_ref + service + listed_on): same as line 2',
    ],
    [
      'year 0000',
      'waitlist.csv',
      'person_ref,service,listed_on\nA1,beschut_wonen,0000-01-01\n',
      'waitlist.csv:2: listed_on: 0000-01-01 is outside 1900-01-01 … 2100-12-31',
    ],
    [
      'listed_on 9999-12-31',
      'waitlist.csv',
      'person_ref,service,listed_on\nA1,beschut_wonen,9999-12-31\n',
      'waitlist.csv:2: listed_on: 9999-12-31 is outside 1900-01-01 … 2100-12-31',
    ],
    [
      'a future listed_on',
      'waitlist.csv',
      'person_ref,service,listed_on\nA1,beschut_wonen,2099-01-01\n',
      'waitlist.csv:2: listed_on: 2099-01-01 is in the future',
    ],
    [
      'a future ended_on',
      'stays.csv',
      'person_ref,service,started_on,ended_on\nA1,nachtopvang,2024-01-01,2100-01-01\n',
      'stays.csv:2: ended_on: 2100-01-01 is in the future',
    ],
    [
      'a housed_on before 1900',
      'housing.csv',
      'person_ref,ready_on,housed_on\nA1,2024-01-01,1899-12-31\n',
      'housing.csv:2: housed_on: 1899-12-31 is outside 1900-01-01 … 2100-12-31',
    ],
    [
      'a 150-character provider_ref',
      'stays.csv',
      `person_ref,service,started_on,provider_ref\nA1,nachtopvang,2024-01-01,${'x'.repeat(150)}\n`,
      'stays.csv:2: provider_ref: longer than 100 characters (150)',
    ],
    [
      'unknown file',
      'stay.csv',
      'person_ref,service,started_on\n',
      'stay.csv:1: file: unknown file (expected persons.csv, waitlist.csv, stays.csv, housing.csv)',
    ],
  ])('refuses %s', async (_name, file, text, problem) => {
    const admin = await adminClient(ctx);
    const before = await importFootprint(ctx().db);
    const response = await admin.post('/api/v1/imports', { files: { 'persons.csv': PERSONS, [file]: text } });
    expect(response.statusCode, response.body).toBe(file === 'stay.csv' ? 400 : 200);
    if (file !== 'stay.csv') expect(response.json().problems).toEqual([problem]);
    expect(await importFootprint(ctx().db)).toEqual(before);
  });

  it('requires persons.csv, reads quoted line breaks, CRLF and a BOM with physical line numbers', async () => {
    const admin = await adminClient(ctx);
    const noPersons = await admin.post('/api/v1/imports', {
      files: { 'stays.csv': 'person_ref,service,started_on\n' },
    });
    expect(noPersons.json().problems).toEqual(['persons.csv:1: file: missing (persons.csv is required)']);
    const persons =
      '\uFEFFperson_ref,birth_date,municipality_code\r\n"B\r\n1",1990-01-01,GM0150\r\n\r\nB2,1990-13-01,GM0150\r\n';
    const response = await admin.post('/api/v1/imports', { files: { 'persons.csv': persons } });
    // A line break is read (and numbered) fine, but is no part of a reference.
    expect(response.json().problems).toEqual([
      'persons.csv:2: person_ref: contains a control character (tab, line break …) or an invalid character',
      'persons.csv:5: birth_date: not a valid date: "1990-13-01" (expected YYYY-MM-DD)',
    ]);
  });

  it('knows persons already in the region and refuses those of another region', async () => {
    const admin = await adminClient(ctx);
    await admin.post('/api/v1/imports', {
      files: { 'persons.csv': 'person_ref,birth_date,municipality_code\nK1,1980-01-01,GM0150\n' },
    });
    const later = await admin.post('/api/v1/imports', {
      files: {
        'persons.csv': 'person_ref,birth_date,municipality_code\n',
        'housing.csv': 'person_ref,ready_on\nK1,2024-05-01\n',
      },
    });
    expect(later.json().ok).toBe(true);

    const other = await createRegion(ctx().db);
    const otherAdmin = await ctx().signIn(
      (await createUser(ctx().db, { role: 'administrator', regionId: other.id })).email,
    );
    const refused = await otherAdmin.post('/api/v1/imports', {
      files: {
        'persons.csv': 'person_ref,birth_date,municipality_code,bsn\nX1,1980-01-01,GM0150,111222333\n',
        'housing.csv': 'person_ref,ready_on\nK1,2024-05-01\n',
      },
    });
    expect(refused.json().problems).toEqual([
      `persons.csv:2: municipality_code: unknown municipality GM0150 (not in region ${other.slug})`,
      'housing.csv:2: person_ref: unknown person "K1" (not in persons.csv nor in the region)',
    ]);
  });

  it('refuses a BSN another person of the region holds', async () => {
    const admin = await adminClient(ctx);
    const first = await admin.post('/api/v1/imports', {
      files: { 'persons.csv': 'person_ref,birth_date,municipality_code,bsn\nS1,1980-01-01,GM0150,100023757\n' },
    });
    expect(first.json().ok).toBe(true);
    const second = await admin.post('/api/v1/imports', {
      files: { 'persons.csv': 'person_ref,birth_date,municipality_code,bsn\nS2,1980-01-01,GM0150,100023757\n' },
    });
    expect(second.json().problems).toEqual(['persons.csv:2: bsn: this BSN belongs to another person in the region']);
  });

  it('validates only on a dry run, and caps the list of problems', async () => {
    const admin = await adminClient(ctx);
    const before = await importFootprint(ctx().db);
    const dry = await admin.post('/api/v1/imports?dryRun=true', {
      files: { 'persons.csv': 'person_ref,birth_date,municipality_code\nD1,1980-01-01,GM0150\n' },
    });
    expect(dry.json()).toEqual({
      ok: true,
      dryRun: true,
      problems: [],
      counts: [{ file: 'persons.csv', rows: 1, inserted: 0, updated: 0, unchanged: 0 }],
    });
    const after = await importFootprint(ctx().db);
    expect(after.persons).toBe(before.persons);
    expect(Number(after.access_log)).toBe(Number(before.access_log) + 1);

    const many = [
      'person_ref,birth_date,municipality_code',
      ...Array.from({ length: 1200 }, (_, i) => `M${i},x,GM0150`),
    ];
    const capped = await admin.post('/api/v1/imports', { files: { 'persons.csv': many.join('\n') } });
    const problems = capped.json().problems as string[];
    expect(problems).toHaveLength(1001);
    expect(problems[999]).toBe('persons.csv:1001: birth_date: not a valid date: "x" (expected YYYY-MM-DD)');
    expect(problems[1000]).toBe('… and 200 more');
  });
});

describe('import identifiers and text', () => {
  const ctx = useTestApp();

  // A 9,000-character person_ref is refused while reading (csv-records: line and cell limits);
  // below those, a reference is held to the identifier limit of 100 characters.
  it('refuses a 150-character person_ref, a tab in a reference and year 0000 with file:line', async () => {
    const admin = await adminClient(ctx);
    const before = await importFootprint(ctx().db);
    const persons =
      'person_ref,birth_date,municipality_code\n' +
      `${'S'.repeat(150)},1990-01-01,GM0150\n` +
      '"T\t1",1990-01-01,GM0150\n' +
      'Y0,0000-01-01,GM0150\n';
    const response = await admin.post('/api/v1/imports', { files: { 'persons.csv': persons } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().problems).toEqual([
      'persons.csv:2: person_ref: longer than 100 characters (150)',
      'persons.csv:3: person_ref: contains a control character (tab, line break …) or an invalid character',
      'persons.csv:4: birth_date: 0000-01-01 is outside 1900-01-01 … 2100-12-31',
    ]);
    expect(await importFootprint(ctx().db)).toEqual(before);
  });

  it('stores a person_ref in NFC, so the same reference written two ways is one person', async () => {
    const admin = await adminClient(ctx);
    const decomposed = 'person_ref,birth_date,municipality_code\nRene\u0301-1,1990-01-01,GM0150\n';
    expect((await admin.post('/api/v1/imports', { files: { 'persons.csv': decomposed } })).json().ok).toBe(true);
    const composed = 'person_ref,birth_date,municipality_code\nRené-1,1990-01-01,GM0150\n';
    const again = await admin.post('/api/v1/imports', { files: { 'persons.csv': composed } });
    expect(again.json().counts[0]).toMatchObject({ inserted: 0, unchanged: 1 });
  });
});
