import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, reportAttachments, reports } from '../../db/schema';
import { createUser } from '../../test/factories';
import { FILES, reportInput } from '../../test/report-factories';
import { useTestApp } from '../../test/test-app';

const post = (payload: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/api/v1/reports',
  payload: payload as object,
  headers: { 'x-report-source': 'web-form', ...headers },
});

describe('report intake', () => {
  const ctx = useTestApp({ REPORT_RATE_LIMIT_PER_MINUTE: '1000' });

  it('stores an anonymous report before answering, with a reference and a private status link', async () => {
    const { app, db } = ctx();
    const response = await app.inject(post(reportInput()));
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(receipt.reference).toMatch(/^M-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.statusToken.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    expect(receipt.statusUrl).toBe(`http://localhost:3000/status/${receipt.statusToken}`);
    const [row] = await db.select().from(reports).where(eq(reports.reference, receipt.reference));
    expect(row).toMatchObject({
      channel: 'public_form',
      status: 'new',
      urgency: 'normal',
      reporterEmail: 'els@example.org',
    });
    expect(row!.statusTokenHash).not.toContain(receipt.statusToken);

    const status = await app.inject(`/api/v1/reports/status/${receipt.statusToken}`);
    expect(status.statusCode).toBe(200);
    expect(status.json()).toEqual({
      reference: receipt.reference,
      phase: 'received',
      receivedAt: receipt.receivedAt,
      followUpStartedAt: null,
      closedAt: null,
    });
    expect(status.body).not.toContain('Jan');
    expect(status.headers['cache-control']).toBe('no-store');
  });

  it('marks a report about acute danger as acute', async () => {
    const { app } = ctx();
    const response = await app.inject(post(reportInput({ acuteDanger: true })));
    expect(response.json().acute).toBe(true);
  });

  it('answers a retry with the same idempotency key with the same receipt, never a second report', async () => {
    const { app, db } = ctx();
    const key = 'integration-key-0001';
    const first = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: reportInput() as object,
      headers: { 'idempotency-key': key },
    });
    const again = await app.inject(post(reportInput(), { 'idempotency-key': key }));
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const stored = await db.select().from(reports).where(eq(reports.idempotencyKey, key));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.channel).toBe('api');
    const concurrent = await Promise.all(
      [1, 2, 3, 4].map(() => app.inject(post(reportInput(), { 'idempotency-key': 'concurrent-key-01' }))),
    );
    expect(new Set(concurrent.map((r) => r.json<{ reference: string }>().reference)).size).toBe(1);
    const misuse = await app.inject(
      post(reportInput({ concern: 'Iets heel anders aan de hand hier.' }), { 'idempotency-key': key }),
    );
    expect(misuse.statusCode).toBe(409);
    expect(misuse.json().error.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('refuses invalid input with Dutch messages and stores nothing', async () => {
    const { app, db } = ctx();
    const before = (await db.select().from(reports)).length;
    const cases: [unknown, string][] = [
      [reportInput({ categories: [] }), 'categories'],
      [reportInput({ concern: 'kort' }), 'concern'],
      [reportInput({ subject: {}, location: { municipalityCode: 'GM0150' } }), 'subject'],
      [reportInput({ location: { municipalityCode: 'Deventer' } }), 'location.municipalityCode'],
      [reportInput({ location: { municipalityCode: 'GM9999' } }), 'location.municipalityCode'],
      [reportInput({ reporter: { kind: 'neighbour', wantsFeedback: true } }), 'reporter.email'],
      [{ ...reportInput(), categories: ['alien'] }, 'categories'],
      [reportInput({ attachmentIds: ['00000000-0000-4000-8000-000000000000'] }), 'attachmentIds'],
    ];
    for (const [payload, path] of cases) {
      const response = await app.inject(post(payload));
      expect(response.statusCode, path).toBe(400);
      const issues: { path: string; message: string }[] = response.json().error.issues ?? [];
      expect(issues.map((i) => i.path).join(' '), path).toContain(path);
    }
    const honeypot = await app.inject(post(reportInput({ website: 'http://spam.example' })));
    expect(honeypot.statusCode).toBe(400);
    expect(honeypot.json().error.code).toBe('HONEYPOT_FILLED');
    const huge = await app.inject(post(reportInput({ concern: 'x'.repeat(70_000) })));
    expect(huge.statusCode).toBe(413);
    expect((await db.select().from(reports)).length).toBe(before);
  });

  it('accepts PDF and images checked by content, and refuses anything else', async () => {
    const { app, db } = ctx();
    const upload = (content: Buffer, type: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/reports/attachments',
        payload: content,
        headers: { 'content-type': type, 'x-filename': encodeURIComponent('foto van de gang.png') },
      });
    const png = await upload(FILES.png, 'image/png');
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ mediaType: 'image/png', filename: 'foto van de gang.png' });
    const pdf = await upload(FILES.pdf, 'application/pdf');
    expect(pdf.statusCode).toBe(201);
    expect((await upload(FILES.exe, 'application/pdf')).json().error.code).toBe('ATTACHMENT_REJECTED');
    expect((await upload(FILES.png, 'application/pdf')).statusCode).toBe(400);
    expect((await upload(Buffer.alloc(11 * 1024 * 1024, 1), 'application/pdf')).statusCode).toBe(413);

    const report = await app.inject(post(reportInput({ attachmentIds: [png.json().id, pdf.json().id] })));
    expect(report.statusCode).toBe(201);
    const [row] = await db.select().from(reports).where(eq(reports.reference, report.json().reference));
    const files = await db.select().from(reportAttachments).where(eq(reportAttachments.reportId, row!.id));
    expect(files).toHaveLength(2);
    const reuse = await app.inject(post(reportInput({ attachmentIds: [png.json().id] })));
    expect(reuse.statusCode).toBe(400);
  });

  it('keeps no right-to-left override, control character or path in an attachment name', async () => {
    const { app, db } = ctx();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/reports/attachments',
      payload: FILES.png,
      headers: {
        'content-type': 'image/png',
        'x-filename': encodeURIComponent('..\\map/factuur\u202Egnp\u0000.exe\u2066'),
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().filename).toBe('factuurgnp.exe');
    const [stored] = await db.select().from(reportAttachments).where(eq(reportAttachments.id, response.json().id));
    expect(stored!.filename).toBe('factuurgnp.exe');
  });

  it('attaches a professional reporter’s organisation and shows them only the phase', async () => {
    const { db, signIn, app } = ctx();
    const officer = await createUser(db, { role: 'professional_reporter' });
    const client = await signIn(officer.email);
    const created = await client.request({
      method: 'POST',
      url: '/api/v1/reports',
      payload: reportInput({ reporter: { kind: 'police', wantsFeedback: false } }),
    });
    expect(created.statusCode).toBe(201);
    const [row] = await db.select().from(reports).where(eq(reports.reference, created.json().reference));
    expect(row).toMatchObject({ channel: 'professional', reporterOrganisationId: officer.organisationId });
    const own = await client.get('/api/v1/reports/own');
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((r: { reference: string }) => r.reference)).toEqual([created.json().reference]);
    expect(own.body).not.toContain('Jan de Boer');
    // Phase and dates only (ACCESS.md): no categories, no content of the report.
    expect(Object.keys(own.json().items[0]).sort()).toEqual(
      ['closedAt', 'followUpStartedAt', 'id', 'phase', 'receivedAt', 'reference'].sort(),
    );
    const withoutCsrf = await client.request({
      method: 'POST',
      url: '/api/v1/reports',
      payload: reportInput(),
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(withoutCsrf.statusCode).toBe(403);
    const colleague = await signIn((await createUser(db, { role: 'professional_reporter' })).email);
    expect((await colleague.get('/api/v1/reports/own')).json().items).toEqual([]);
    expect((await app.inject('/api/v1/reports/own')).statusCode).toBe(401);
  });

  it('replays a professional’s retry inside its transaction: one report, one access-log entry', async () => {
    const { db, signIn } = ctx();
    const officer = await createUser(db, { role: 'professional_reporter' });
    const client = await signIn(officer.email);
    const send = () =>
      client.request({
        method: 'POST',
        url: '/api/v1/reports',
        payload: reportInput({ reporter: { kind: 'police', wantsFeedback: false } }),
        headers: { 'idempotency-key': 'professional-retry-01' },
      });
    const first = await send();
    const again = await send();
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json()).toEqual(first.json());
    const stored = await db.select().from(reports).where(eq(reports.idempotencyKey, 'professional-retry-01'));
    expect(stored).toHaveLength(1);
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'report.create'), eq(accessLog.subjectId, stored[0]!.id)));
    expect(logged).toHaveLength(1);
  });

  it('answers an unknown status link with 404', async () => {
    const { app } = ctx();
    const response = await app.inject(`/api/v1/reports/status/${'A'.repeat(43)}`);
    expect(response.statusCode).toBe(404);
  });

  it.each(['kort', 'met%20spatie', 'A'.repeat(43) + '!'])(
    'answers a mistyped status link (%s) with 404, not a form error on a page without fields',
    async (token) => {
      const response = await ctx().app.inject(`/api/v1/reports/status/${token}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    },
  );

  it('lists the municipalities for the public form', async () => {
    const { app } = ctx();
    const response = await app.inject('/api/v1/public/municipalities');
    expect(response.json().items.map((m: { code: string }) => m.code)).toEqual(
      expect.arrayContaining(['GM0150', 'GM0262', 'GM1773', 'GM0177', 'GM0301']),
    );
  });
});

describe('report intake abuse limits', () => {
  const ctx = useTestApp({ REPORT_RATE_LIMIT_PER_MINUTE: '2' });

  it('rate-limits a client with a Dutch 429', async () => {
    const { app } = ctx();
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await app.inject(post(reportInput()))).statusCode);
    expect(statuses).toEqual([201, 201, 429]);
  });
});
