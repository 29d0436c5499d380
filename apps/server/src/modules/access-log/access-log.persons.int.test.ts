import type { AccessLogPersonList, AccessLogPersonReport } from '@springplank/contract';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createPerson } from '../../test/access-factories';
import { createReportRow } from '../../test/case-factories';
import { createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

/** The privacy officer handles an inzageverzoek: find the person, read and export their log. */
describe('access log: a person’s log for an inzageverzoek', () => {
  const ctx = useTestApp();

  async function seed(bsn: string | null = null) {
    const { db, signIn } = ctx();
    const person = await createPerson(db, {
      givenName: 'Annelies',
      familyName: 'Inzagevrager',
      bsn,
      sourceRef: bsn ? 'PERS-0077' : `PERS-${crypto.randomUUID()}`,
    });
    const report = await createReportRow(db, { personId: person.id });
    // A user whose name would run as a formula in a spreadsheet reads the person.
    const reader = await createUser(db, { role: 'access_officer', displayName: '=HYPERLINK("http://x","klik")' });
    const readerClient = await signIn(reader.email);
    expect((await readerClient.get('/api/v1/access/persons?q=Inzagevrager')).statusCode).toBe(200);
    const privacyUser = await createUser(db, { role: 'privacy_officer' });
    const privacy = await signIn(privacyUser.email);
    return { person, report, reader, privacy, privacyUser };
  }

  it('finds the person by part of the name, BSN, own reference and a report reference', async () => {
    const { person, report, privacy } = await seed('123456782');
    for (const q of ['inzagevr', 'Annelies Inzage', '123456782', 'PERS-0077', report.reference.toLowerCase()]) {
      const found = await privacy.get(`/api/v1/access-log/persons?q=${encodeURIComponent(q)}`);
      expect(found.statusCode, q).toBe(200);
      expect(
        found.json<AccessLogPersonList>().items.map((p) => p.id),
        q,
      ).toEqual([person.id]);
    }
    expect((await privacy.get('/api/v1/access-log/persons?q=Nergensvandaan')).json().items).toEqual([]);
    expect((await privacy.get('/api/v1/access-log/persons?q=a')).statusCode).toBe(400);
  });

  it('shows the whole log with readable Dutch actions, and logs that it did', async () => {
    const { person, privacy, privacyUser } = await seed();
    const response = await privacy.get(`/api/v1/access-log/persons/${person.id}`);
    expect(response.statusCode).toBe(200);
    const report = response.json<AccessLogPersonReport>();
    expect(report.person).toMatchObject({ id: person.id, name: 'Annelies Inzagevrager', reference: person.sourceRef });
    expect(report.items.map((i) => i.actionLabel)).toContain('Persoon gezocht');
    const logged = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, privacyUser.id), eq(accessLog.personId, person.id)));
    expect(logged.map((e) => e.action)).toContain('access_log.person_report');
  });

  it('exports the log as a Dutch CSV with formulas neutralised, and logs the export', async () => {
    const { person, privacy, privacyUser } = await seed();
    const response = await privacy.get(`/api/v1/access-log/persons/${person.id}/export.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('attachment');
    const text = response.body;
    expect(text.startsWith('\uFEFFVolgnummer;Tijdstip;Gebruiker;Organisatie;Rol;Handeling;Uitkomst')).toBe(true);
    const lines = text.trim().split('\r\n');
    const searchLine = lines.find((line) => line.includes('Persoon gezocht'));
    expect(searchLine).toBeDefined();
    // The formula in the user's name is neutralised with a leading apostrophe (quoted by CSV).
    expect(searchLine).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(searchLine).toContain('Medewerker toegang');
    expect(searchLine).toContain('Toegestaan');
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
    const logged = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, privacyUser.id), eq(accessLog.action, 'access_log.export')));
    expect(logged).toEqual([expect.objectContaining({ personId: person.id })]);
  });

  it('is for the privacy officer only', async () => {
    const { db, signIn } = ctx();
    const person = await createPerson(db, { bsn: null });
    const urls = [
      '/api/v1/access-log/persons?q=Wachter',
      `/api/v1/access-log/persons/${person.id}`,
      `/api/v1/access-log/persons/${person.id}/export.csv`,
    ];
    for (const role of ['administrator', 'access_officer', 'meldpunt_operator', 'policy_analyst'] as const) {
      const client = await signIn((await createUser(db, { role })).email);
      for (const url of urls) expect((await client.get(url)).statusCode, `${role} ${url}`).toBe(403);
    }
    for (const url of urls) expect((await ctx().app.inject(url)).statusCode, url).toBe(401);
  });
});
