import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { persons, reports } from '../../db/schema';
import { DEMO_PASSWORD } from '../../demo/demo-region';
import { loadDemo } from '../../demo/load-demo';
import { reportInput } from '../../test/report-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';
import { DATE_WINDOW, fieldIssue } from '../../test/field-issues';

/** Issue 10 defects 2–4 on the public form and the meldpunt: bad input is a 400/409, never a 500. */
describe('public report and meldpunt input', () => {
  const ctx = useTestApp({ REPORT_RATE_LIMIT_PER_MINUTE: '1000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  let operator: SignedInClient;

  beforeAll(async () => {
    const { db, services, signIn } = ctx();
    await loadDemo(db, services.passwords, services.accessLogKeys);
    operator = await signIn('meldpunt@ggd.demo.test', DEMO_PASSWORD);
  });

  async function post(payload: object) {
    return ctx().app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload,
      headers: { 'x-report-source': 'web-form' },
    });
  }

  async function submitted() {
    const response = await post(reportInput());
    expect(response.statusCode).toBe(201);
    const [row] = await ctx().db.select().from(reports).where(eq(reports.reference, response.json().reference));
    return row!.id;
  }

  it.each([
    ['subject.name', { subject: { name: 'Jan\u0000' } }, fieldIssue('', 'forbidden_characters')],
    ['subject.address', { subject: { address: 'Brink \ud800 10' } }, fieldIssue('', 'forbidden_characters')],
    [
      'location.address',
      { location: { municipalityCode: 'GM0150', address: '\u0000' } },
      fieldIssue('', 'forbidden_characters'),
    ],
    ['reporter.name', { reporter: { kind: 'neighbour', name: 'Els\u0000' } }, fieldIssue('', 'forbidden_characters')],
    ['concern', { concern: 'Zorgen over de buurman\u0000 die niet eet.' }, fieldIssue('', 'forbidden_characters')],
  ])('refuses a NUL or lone surrogate in %s with a coded Dutch 400', async (path, override, expected) => {
    const response = await post(reportInput(override as Parameters<typeof reportInput>[0]));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ ...expected, path }] });
  });

  it('stores free text trimmed and in NFC', async () => {
    const response = await post(reportInput({ subject: { name: '  Rene\u0301 de Boer  ' } }));
    expect(response.statusCode).toBe(201);
    const [row] = await ctx().db.select().from(reports).where(eq(reports.reference, response.json().reference));
    expect(row!.subjectName).toBe('René de Boer');
  });

  it('refuses a lone surrogate, year 0000 and a future birth date when the meldpunt creates a person', async () => {
    const id = await submitted();
    const url = `/api/v1/triage/reports/${id}/person`;
    const surrogate = await operator.post(url, { create: { familyName: 'Kwets\ud800baar' } });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().error.issues).toEqual([fieldIssue('create.familyName', 'forbidden_characters')]);
    for (const birthDate of ['0000-01-01', '0001-01-01', '9999-12-31']) {
      const response = await operator.post(url, { create: { familyName: 'Oud', birthDate } });
      expect(response.statusCode, birthDate).toBe(400);
      expect(response.json().error.issues).toEqual([fieldIssue('create.birthDate', 'date_out_of_range', DATE_WINDOW)]);
    }
    const future = await operator.post(url, { create: { familyName: 'Toekomst', birthDate: '2099-01-01' } });
    expect(future.json().error.issues).toEqual([fieldIssue('create.birthDate', 'date_in_future')]);
  });

  it('answers 409 with a Dutch message when the meldpunt creates a person whose BSN exists', async () => {
    const first = await operator.post(`/api/v1/triage/reports/${await submitted()}/person`, {
      create: { familyName: 'Eerste', bsn: '900000017' },
    });
    expect(first.statusCode).toBe(200);
    const second = await operator.post(`/api/v1/triage/reports/${await submitted()}/person`, {
      create: { familyName: 'Tweede', bsn: '900000017' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'PERSON_BSN_EXISTS',
      message: 'Er is al een persoon met dit BSN. Zoek de persoon op en kies die.',
    });
    expect(await ctx().db.select().from(persons).where(eq(persons.bsn, '900000017'))).toHaveLength(1);
  });

  it('refuses a triage change with nothing to change (400), and accepts the same urgency again', async () => {
    const id = await submitted();
    const empty = await operator.patch(`/api/v1/triage/reports/${id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
    expect(empty.json().error.issues).toEqual([fieldIssue('(invoer)', 'nothing_to_change')]);
    const same = await operator.patch(`/api/v1/triage/reports/${id}`, { urgency: 'normal' });
    expect(same.statusCode).toBe(200);
    expect(same.json().urgency).toBe('normal');
  });

  it('refuses a search birth date outside 1900–2100', async () => {
    const response = await operator.get('/api/v1/persons?birthDate=0000-01-01');
    expect(response.statusCode).toBe(400);
  });
});
