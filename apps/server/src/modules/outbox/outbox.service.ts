import type { OutboxList, ReportPhase } from '@springplank/contract';
import type { Db } from '../../db/client';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { phaseMail } from './phase-mail';
import type { OutboxRepository } from './outbox.repository';

/** A report whose reporter may need to hear about a phase change. */
export interface PhaseChangeReport {
  id: string;
  regionId: string;
  reference: string;
  reporterEmail: string | null;
  wantsFeedback: boolean;
}

/** Queues feedback e-mails to reporters and shows the outbox. */
export class OutboxService {
  constructor(
    private readonly db: Db,
    private readonly repository: OutboxRepository,
    private readonly accessLog: AccessLogService,
    private readonly statusUrlOf: (reportId: string, tx: Db) => Promise<string>,
  ) {}

  /** Queue the phase-change e-mail, in the caller's transaction, if the reporter asked for feedback. */
  async phaseChanged(tx: Db, report: PhaseChangeReport, phase: ReportPhase): Promise<void> {
    if (!report.wantsFeedback || !report.reporterEmail) return;
    const mail = phaseMail(report.reference, phase, await this.statusUrlOf(report.id, tx));
    await this.repository.insert(tx, {
      regionId: report.regionId,
      reportId: report.id,
      toAddress: report.reporterEmail,
      subject: mail.subject,
      body: mail.body,
    });
  }

  /** The region's outbox, newest first. */
  async list(ctx: ActorContext, page: number, pageSize: number): Promise<OutboxList> {
    const { rows, total } = await this.db.transaction(async (tx) => {
      const result = await this.repository.list(tx, ctx.actor.regionId, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'outbox.list', subjectType: 'outbox_email' },
        result.rows.map((row) => ({ personId: row.personId, subjectId: row.id })),
      );
      return result;
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        toAddress: row.toAddress,
        subject: row.subject,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        lastError: row.lastError,
      })),
      total,
    };
  }
}
