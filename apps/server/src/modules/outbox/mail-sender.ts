import nodemailer from 'nodemailer';
import type { Db } from '../../db/client';
import { OutboxRepository } from './outbox.repository';

/** After this many failed attempts an e-mail stays unsent, with its last error on the outbox screen. */
export const MAX_SEND_ATTEMPTS = 5;

/** How many e-mails one run of the job sends at most. */
const BATCH_SIZE = 50;

/** The longest error text kept on an outbox row. */
const MAX_ERROR_LENGTH = 500;

/** One plain-text e-mail. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

/** What delivers an e-mail: nodemailer's SMTP transport in production, anything alike in tests. */
export interface MailTransport {
  sendMail(mail: OutgoingMail): Promise<unknown>;
  close(): void;
}

/** What one run did. */
export interface SendResult {
  sent: number;
  failed: number;
}

/** Mail settings, from SMTP_URL and MAIL_FROM. */
export interface MailConfig {
  smtpUrl: string | null;
  from: string;
}

/** Sends pending outbox e-mails and records per e-mail when it was sent, or the error and the attempts. */
export class OutboxMailSender {
  constructor(
    private readonly db: Db,
    private readonly repository: OutboxRepository,
    private readonly transport: MailTransport,
    private readonly from: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Send the oldest pending e-mails (fewer than MAX_SEND_ATTEMPTS tries), one at a time. */
  async sendPending(limit = BATCH_SIZE): Promise<SendResult> {
    const result: SendResult = { sent: 0, failed: 0 };
    for (const mail of await this.repository.pending(this.db, MAX_SEND_ATTEMPTS, limit)) {
      const attempts = mail.attempts + 1;
      try {
        await this.transport.sendMail({
          from: this.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.body,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      } catch (error) {
        await this.repository.markAttempt(this.db, mail.id, { error: errorText(error) }, attempts);
        result.failed += 1;
        continue;
      }
      await this.repository.markAttempt(this.db, mail.id, { sentAt: this.now() }, attempts);
      result.sent += 1;
    }
    return result;
  }

  /** Release the transport's connections. */
  close(): void {
    this.transport.close();
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** The SMTP transport for an `smtp://` or `smtps://` URL, with timeouts that fit a job run each minute. */
export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 30_000,
  });
}

/** The sender for the configured SMTP server, or null without SMTP_URL (the demo: mails stay in the outbox). */
export function createMailSender(db: Db, mail: MailConfig): OutboxMailSender | null {
  if (!mail.smtpUrl) return null;
  return new OutboxMailSender(db, new OutboxRepository(), smtpTransport(mail.smtpUrl), mail.from);
}
