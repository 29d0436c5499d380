import type { AddCaseEventRequest, AssignCaseRequest, CaseDetail, CloseCaseRequest } from '@springplank/contract';
import { dutchDateOf, wvggzInquiryDueOn } from '@springplank/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { OutboxService } from '../outbox/outbox.service';
import { caseScope, type CaseScope } from './cases.policy';
import type { CaseQueriesService } from './cases.queries.service';
import type { CaseRow, CasesRepository } from './cases.repository';

/** An action as the route hands it over, after the contract's defaults are applied. */
export type AddCaseEventInput = z.output<typeof AddCaseEventRequest>;

/** How far in the future an action's time may lie (clock differences between devices). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Kinds of action that count as an attempt at first contact. */
const CONTACT_KINDS = new Set<string>(['contact_attempt', 'joint_visit_police']);

/**
 * Changing cases: assignment, actions on the timeline and closing. Only outreach workers of
 * the case's team; each change, its timeline event and its access-log entry commit together.
 */
export class CaseActionsService {
  constructor(
    private readonly db: Db,
    private readonly repository: CasesRepository,
    private readonly queries: CaseQueriesService,
    private readonly accessLog: AccessLogService,
    private readonly outbox: OutboxService,
    private readonly now: () => Date,
  ) {}

  /** Assign an open case to an active outreach worker of its team, or unassign it (null). */
  async assign(ctx: ActorContext, id: string, input: AssignCaseRequest): Promise<CaseDetail> {
    const scope = caseScope(ctx, 'act');
    return this.db.transaction(async (tx) => {
      const current = await this.lockOpen(tx, scope, id);
      let assigneeName: string | null = null;
      if (input.userId !== null) {
        const [member] = await this.repository.teamMembers(tx, scope.regionId, current.teamId, input.userId);
        if (!member) {
          throw new AppError('VALIDATION_FAILED', {}, [{ path: 'userId', code: 'assignee_not_in_team' }]);
        }
        assigneeName = member.name;
      }
      if (current.assignedUserId !== input.userId) {
        await this.repository.update(tx, id, { assignedUserId: input.userId });
        await this.repository.insertEvent(tx, {
          regionId: scope.regionId,
          caseId: id,
          userId: ctx.actor.userId,
          occurredAt: this.now(),
          kind: 'assigned',
          details: {
            assignedUserId: input.userId,
            assignedUserName: assigneeName,
            previousUserId: current.assignedUserId,
          },
        });
      }
      await this.accessLog.record(tx, ctx, {
        action: 'case.assign',
        subjectType: 'case',
        subjectId: id,
        personId: current.personId,
        details: { assignedUserId: input.userId, previousUserId: current.assignedUserId },
      });
      return this.queries.load(tx, scope, id);
    });
  }

  /** Record an action (contact attempt, joint visit, partner consultation, note) on an open case. */
  async addEvent(ctx: ActorContext, id: string, input: AddCaseEventInput): Promise<CaseDetail> {
    const scope = caseScope(ctx, 'act');
    const now = this.now();
    const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
    if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'occurredAt', code: 'time_in_future' }]);
    }
    const isContact = CONTACT_KINDS.has(input.kind);
    return this.db.transaction(async (tx) => {
      const current = await this.lockOpen(tx, scope, id);
      await this.repository.insertEvent(tx, {
        regionId: scope.regionId,
        caseId: id,
        userId: ctx.actor.userId,
        occurredAt,
        kind: input.kind,
        channel: isContact ? (input.channel ?? null) : null,
        result: isContact ? (input.result ?? null) : null,
        note: input.note || null,
        details: input.kind === 'partner_consultation' ? { partner: input.partner } : {},
      });
      if (isContact) await this.repository.recordContact(tx, id, occurredAt);
      await this.accessLog.record(tx, ctx, {
        action: 'case.event',
        subjectType: 'case',
        subjectId: id,
        personId: current.personId,
        details: { kind: input.kind, occurredAt: occurredAt.toISOString() },
      });
      return this.queries.load(tx, scope, id);
    });
  }

  /**
   * Close an open case with an outcome. Its reports close with it: reporters who asked for
   * feedback get the phase e-mail, the others' contact details are removed (ACCESS.md).
   */
  async close(ctx: ActorContext, id: string, input: CloseCaseRequest): Promise<CaseDetail> {
    const scope = caseScope(ctx, 'act');
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const current = await this.lockOpen(tx, scope, id);
      await this.repository.update(tx, id, {
        status: 'closed',
        closedAt: now,
        outcome: input.outcome,
        outcomeDetail: input.outcomeDetail || null,
        wvggzDueOn: input.outcome === 'wvggz_inquiry' ? wvggzInquiryDueOn(dutchDateOf(now)) : null,
      });
      const reports = await this.repository.closeReports(tx, id, now);
      for (const report of reports) await this.outbox.phaseChanged(tx, report, 'closed');
      const contactRemoved = reports.filter((report) => !report.wantsFeedback).map((report) => report.id);
      await this.repository.removeReporterContact(tx, contactRemoved);
      await this.repository.insertEvent(tx, {
        regionId: scope.regionId,
        caseId: id,
        userId: ctx.actor.userId,
        occurredAt: now,
        kind: 'closed',
        note: input.outcomeDetail || null,
        details: { outcome: input.outcome, reportIds: reports.map((report) => report.id) },
      });
      await this.accessLog.record(tx, ctx, {
        action: 'case.close',
        subjectType: 'case',
        subjectId: id,
        personId: current.personId,
        details: {
          outcome: input.outcome,
          reportIds: reports.map((r) => r.id),
          reporterContactRemoved: contactRemoved,
        },
      });
      return this.queries.load(tx, scope, id);
    });
  }

  /** Lock a case within the scope; NOT_FOUND outside it, INVALID_STATE when it is closed. */
  private async lockOpen(tx: Db, scope: CaseScope, id: string): Promise<CaseRow> {
    const row = await this.repository.lock(tx, scope, id);
    if (!row) throw AppError.refusedRead('case.update', 'case', id);
    if (row.status !== 'open') throw new AppError('INVALID_STATE');
    return row;
  }
}
