import { CASE_ACTION_KINDS, CASE_OUTCOMES, CONTACT_CHANNELS, CONTACT_RESULTS } from '@springplank/domain';
import { issueCode } from './issues';
import { z } from 'zod';
import { freeText, LongText, PastDateTime } from './primitives';
import { Id, PageQuery } from './common';
import { ReportCategory, Urgency } from './reports';
import { DeadlineState } from './triage';

/** How a case ends (DOMAIN.md). */
export { CASE_ACTION_KINDS, CASE_OUTCOMES };
export const CaseOutcome = z.enum(CASE_OUTCOMES);
export type CaseOutcome = z.infer<typeof CaseOutcome>;

/** Actions an outreach worker records on a case. */
export const CaseActionKind = z.enum(CASE_ACTION_KINDS);
export const ContactChannel = z.enum(CONTACT_CHANNELS);
export const ContactResult = z.enum(CONTACT_RESULTS);

/** One line in a team's case queue. */
export const CaseQueueItem = z.object({
  id: Id,
  reference: z.string(),
  teamId: Id,
  teamName: z.string(),
  status: z.enum(['open', 'closed']),
  urgency: Urgency,
  personName: z.string().nullable(),
  assignedUser: z.object({ id: Id, name: z.string() }).nullable(),
  openedAt: z.iso.datetime(),
  firstContactDueOn: z.iso.date(),
  firstContactAt: z.iso.datetime().nullable(),
  deadlineState: DeadlineState,
  closedAt: z.iso.datetime().nullable(),
  outcome: CaseOutcome.nullable(),
  reportCount: z.number().int(),
});
export type CaseQueueItem = z.infer<typeof CaseQueueItem>;

export const CaseQueueQuery = PageQuery.extend({
  status: z.enum(['open', 'closed']).default('open'),
  assigned: z.enum(['me', 'unassigned', 'all']).default('all'),
  teamId: Id.optional(),
});
export type CaseQueueQuery = z.infer<typeof CaseQueueQuery>;
export const CaseQueue = z.object({ items: z.array(CaseQueueItem), total: z.number().int() });
export type CaseQueue = z.infer<typeof CaseQueue>;

/** One entry on a case's timeline. */
export const CaseEvent = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime(),
  kind: z.string(),
  channel: z.string().nullable(),
  result: z.string().nullable(),
  note: z.string().nullable(),
  userName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

/** A case as its team sees it: the person, the reports' content (never reporter contact), the timeline. */
export const CaseDetail = CaseQueueItem.extend({
  outcomeDetail: z.string().nullable(),
  wvggzDueOn: z.iso.date().nullable(),
  person: z
    .object({
      id: Id,
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      birthDate: z.iso.date().nullable(),
      address: z.string().nullable(),
    })
    .nullable(),
  reports: z.array(
    z.object({
      id: Id,
      reference: z.string(),
      receivedAt: z.iso.datetime(),
      acute: z.boolean(),
      categories: z.array(ReportCategory),
      concern: z.string().nullable(),
      subjectName: z.string().nullable(),
      subjectAddress: z.string().nullable(),
      subjectDescription: z.string().nullable(),
      locationAddress: z.string().nullable(),
      municipalityName: z.string(),
    }),
  ),
  timeline: z.array(CaseEvent),
  teamMembers: z.array(z.object({ id: Id, name: z.string() })),
}).meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetail>;

/** Record an action on a case. Contact attempts need a channel and a result. */
export const AddCaseEventRequest = z
  .object({
    kind: CaseActionKind,
    channel: ContactChannel.optional(),
    result: ContactResult.optional(),
    partner: freeText(200).optional(),
    note: LongText.default(''),
    occurredAt: PastDateTime.optional(),
  })
  .refine(
    (e) => e.kind !== 'contact_attempt' || (e.channel && e.result),
    issueCode('contact_attempt_required', { path: ['result'] }),
  )
  .refine(
    (e) => e.kind !== 'partner_consultation' || Boolean(e.partner),
    issueCode('partner_required', { path: ['partner'] }),
  )
  .refine((e) => e.kind !== 'note' || e.note.length > 0, issueCode('note_required', { path: ['note'] }));
export type AddCaseEventRequest = z.input<typeof AddCaseEventRequest>;

export const AssignCaseRequest = z.object({ userId: Id.nullable() });
export type AssignCaseRequest = z.infer<typeof AssignCaseRequest>;

/** Close a case; an outcome is required, and for some outcomes which kind. */
export const CloseCaseRequest = z
  .object({ outcome: CaseOutcome, outcomeDetail: freeText(1000).optional() })
  .refine(
    (c) => !['guided_to_care', 'transferred'].includes(c.outcome) || Boolean(c.outcomeDetail),
    issueCode('referral_target_required', { path: ['outcomeDetail'] }),
  );
export type CloseCaseRequest = z.infer<typeof CloseCaseRequest>;

/** Counts on time / overdue per team, and the meldpunt's own queue. */
export const CasesOverview = z.object({
  teams: z.array(
    z.object({
      teamId: Id,
      teamName: z.string(),
      open: z.number().int(),
      unassigned: z.number().int(),
      onTime: z.number().int(),
      dueToday: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
  triage: z.object({ new: z.number().int(), dueToday: z.number().int(), overdue: z.number().int() }).nullable(),
});
export type CasesOverview = z.infer<typeof CasesOverview>;

/** An e-mail in the outbox (demo: shown instead of sent). */
export const OutboxEmail = z.object({
  id: Id,
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
});
export const OutboxList = z.object({ items: z.array(OutboxEmail), total: z.number().int() });
export type OutboxList = z.infer<typeof OutboxList>;
