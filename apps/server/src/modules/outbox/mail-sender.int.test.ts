import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxEmails } from '../../db/schema';
import { referenceRegion } from '../../test/factories';
import { useTestApp } from '../../test/test-app';
import { createMailSender, MAX_SEND_ATTEMPTS } from './mail-sender';

const FROM = 'Meldpunt zorgwekkend gedrag <meldpunt@localhost>';

interface Received {
  from: string | undefined;
  to: string[];
  user: unknown;
  raw: string;
}

/** A real SMTP server on 127.0.0.1 that wants a login and refuses one mailbox. */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'meldpunt' && auth.password === 'geheim') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address === 'bounce@example.org') {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

describe('sending the outbox over SMTP', () => {
  const ctx = useTestApp();
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    await ctx().db.delete(outboxEmails);
    smtp.received.length = 0;
  });

  async function queue(toAddress: string, subject = 'Uw melding M-ABCD-EFGH is ontvangen') {
    const region = await referenceRegion(ctx().db);
    const [row] = await ctx()
      .db.insert(outboxEmails)
      .values({ regionId: region.id, toAddress, subject, body: 'Beste melder,\n\nUw melding is ontvangen.' })
      .returning();
    return row!;
  }

  const row = async (id: string) => (await ctx().db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]!;
  const sender = (url = `smtp://meldpunt:geheim@127.0.0.1:${smtp.port}`) =>
    createMailSender(ctx().db, { smtpUrl: url, from: FROM })!;

  it('sends pending e-mails and records when they were sent', async () => {
    const mail = await queue('els@example.org');
    const result = await sender().sendPending();
    expect(result).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message).toMatchObject({ from: 'meldpunt@localhost', to: ['els@example.org'], user: 'meldpunt' });
    expect(message!.raw).toContain('Subject: Uw melding M-ABCD-EFGH is ontvangen');
    expect(message!.raw).toContain('From: Meldpunt zorgwekkend gedrag <meldpunt@localhost>');
    expect(message!.raw).toContain('Uw melding is ontvangen.');
    expect(message!.raw).toContain('Auto-Submitted: auto-generated');
    const stored = await row(mail.id);
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(stored).toMatchObject({ attempts: 1, lastError: null });

    expect(await sender().sendPending()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('records the error and the attempt of a refused e-mail, sends the others, and gives up after five tries', async () => {
    const bounce = await queue('bounce@example.org');
    const good = await queue('piet@example.org');
    expect(await sender().sendPending()).toEqual({ sent: 1, failed: 1 });
    expect(smtp.received.map((m) => m.to)).toEqual([['piet@example.org']]);
    const failed = await row(bounce.id);
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed.lastError).toMatch(/550/);
    expect((await row(good.id)).sentAt).toBeInstanceOf(Date);

    for (let attempt = 2; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      expect(await sender().sendPending()).toEqual({ sent: 0, failed: 1 });
    }
    expect(await row(bounce.id)).toMatchObject({ attempts: MAX_SEND_ATTEMPTS, sentAt: null });
    expect(await sender().sendPending()).toEqual({ sent: 0, failed: 0 });
    expect((await row(bounce.id)).attempts).toBe(MAX_SEND_ATTEMPTS);
  });

  it('keeps e-mails pending with the error when the server refuses the login or cannot be reached', async () => {
    const mail = await queue('els@example.org');
    expect(await sender(`smtp://meldpunt:fout@127.0.0.1:${smtp.port}`).sendPending()).toEqual({ sent: 0, failed: 1 });
    expect((await row(mail.id)).lastError).toMatch(/Invalid login|535/);

    const closed = await startSmtp();
    await closed.close();
    expect(await sender(`smtp://127.0.0.1:${closed.port}`).sendPending()).toEqual({ sent: 0, failed: 1 });
    expect(await row(mail.id)).toMatchObject({ attempts: 2, sentAt: null });
    expect((await row(mail.id)).lastError).toMatch(/ECONNREFUSED/);
    expect(smtp.received).toHaveLength(0);
  });

  it('sends nothing without SMTP_URL: the demo shows the mails on the outbox screen', () => {
    expect(createMailSender(ctx().db, { smtpUrl: null, from: FROM })).toBeNull();
  });
});
