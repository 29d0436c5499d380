import { DEADLINE_STATES, DUPLICATE_REASONS, REPORT_STATUSES } from '@springplank/domain';
import { issueCode } from './issues';
import { z } from 'zod';
import { BirthDate, code, freeText, IsoDate as QueryDate } from './primitives';
import { Id, PageQuery } from './common';
import { ReportCategory, ReporterKind, ReportPhase, Urgency } from './reports';

/** Whether a deadline is met, near or missed (see domain deadlines). */
export const DeadlineState = z.enum(DEADLINE_STATES);
export type DeadlineState = z.infer<typeof DeadlineState>;

export const ReportStatusCode = z.enum(REPORT_STATUSES);
export type ReportStatusCode = z.infer<typeof ReportStatusCode>;

const IsoDate = z.iso.date();

/** A resident as the meldpunt knows them. */
export const PersonSummary = z
  .object({
    id: Id,
    bsn: z.string().nullable(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    birthDate: IsoDate.nullable(),
    address: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    district: z.string().nullable(),
  })
  .meta({ id: 'PersonSummary' });
export type PersonSummary = z.infer<typeof PersonSummary>;

/** One line in the triage queue. */
export const TriageQueueItem = z.object({
  id: Id,
  reference: z.string(),
  status: ReportStatusCode,
  channel: z.enum(['public_form', 'professional', 'api']),
  receivedAt: z.iso.datetime(),
  urgency: Urgency,
  acute: z.boolean(),
  categories: z.array(ReportCategory),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  district: z.string().nullable(),
  subjectName: z.string().nullable(),
  reporterKind: ReporterKind,
  triageDueOn: IsoDate,
  deadlineState: DeadlineState,
});
export type TriageQueueItem = z.infer<typeof TriageQueueItem>;

export const TriageQueueQuery = PageQuery.extend({
  status: z.enum(['new', 'routed', 'merged', 'closed', 'all']).default('new'),
});
export type TriageQueueQuery = z.infer<typeof TriageQueueQuery>;

export const TriageQueue = z.object({
  items: z.array(TriageQueueItem),
  total: z.number().int(),
  counts: z.object({ new: z.number().int(), dueToday: z.number().int(), overdue: z.number().int() }),
});
export type TriageQueue = z.infer<typeof TriageQueue>;

/** Everything the meldpunt sees of one report (ACCESS.md: the meldpunt only sees reporter contact). */
export const ReportDetail = z
  .object({
    id: Id,
    reference: z.string(),
    status: ReportStatusCode,
    phase: ReportPhase,
    channel: z.enum(['public_form', 'professional', 'api']),
    urgency: Urgency,
    acute: z.boolean(),
    categories: z.array(ReportCategory),
    concern: z.string().nullable(),
    subject: z.object({
      name: z.string().nullable(),
      address: z.string().nullable(),
      approximateAge: z.number().int().nullable(),
      description: z.string().nullable(),
    }),
    location: z.object({
      municipalityCode: z.string(),
      municipalityName: z.string(),
      address: z.string().nullable(),
      district: z.string().nullable(),
    }),
    reporter: z.object({
      kind: ReporterKind,
      name: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      wantsFeedback: z.boolean(),
      organisationName: z.string().nullable(),
    }),
    receivedAt: z.iso.datetime(),
    triageDueOn: IsoDate,
    deadlineState: DeadlineState,
    routedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    person: PersonSummary.nullable(),
    case: z
      .object({ id: Id, reference: z.string(), teamName: z.string(), status: z.enum(['open', 'closed']) })
      .nullable(),
    suggestedTeam: z.object({ id: Id, name: z.string() }).nullable(),
    attachments: z.array(z.object({ id: Id, filename: z.string(), mediaType: z.string(), size: z.number().int() })),
    history: z.array(
      z.object({
        occurredAt: z.iso.datetime(),
        kind: z.string(),
        userName: z.string().nullable(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'ReportDetail' });
export type ReportDetail = z.infer<typeof ReportDetail>;

/** Why two records may be about the same person or the same signal. */
export const DuplicateReason = z.enum(DUPLICATE_REASONS);
export type DuplicateReason = z.infer<typeof DuplicateReason>;

/** Likely duplicates of a report: known persons (with open cases) and earlier reports. */
export const DuplicateSuggestions = z.object({
  persons: z.array(
    z.object({
      person: PersonSummary,
      reasons: z.array(DuplicateReason),
      openCases: z.array(z.object({ id: Id, reference: z.string(), teamName: z.string() })),
    }),
  ),
  reports: z.array(
    z.object({
      id: Id,
      reference: z.string(),
      receivedAt: z.iso.datetime(),
      status: ReportStatusCode,
      subjectName: z.string().nullable(),
      caseId: Id.nullable(),
      reasons: z.array(DuplicateReason),
    }),
  ),
});
export type DuplicateSuggestions = z.infer<typeof DuplicateSuggestions>;

/** Change urgency and/or categories; a request that changes neither is refused (400). */
export const UpdateTriageRequest = z
  .object({
    urgency: Urgency.optional(),
    categories: z.array(ReportCategory).min(1).max(8).optional(),
  })
  .refine((body) => body.urgency !== undefined || body.categories !== undefined, issueCode('nothing_to_change'));
export type UpdateTriageRequest = z.infer<typeof UpdateTriageRequest>;

const Bsn = code(/^\d{9}$/, 'invalid_bsn');

/** A new person, as far as the meldpunt knows them. */
export const NewPersonRequest = z
  .object({
    bsn: Bsn.optional(),
    givenName: freeText(200).optional(),
    familyName: freeText(200).optional(),
    birthDate: BirthDate.optional(),
    address: freeText(300).optional(),
    municipalityCode: code(/^GM\d{4}$/, 'invalid_municipality_code').optional(),
    district: freeText(200).optional(),
  })
  .refine(
    (p) => Boolean(p.bsn || p.familyName || p.givenName || p.address),
    issueCode('person_details_required', { path: ['familyName'] }),
  );
export type NewPersonRequest = z.infer<typeof NewPersonRequest>;

/** Link a report to a known person, or to a person created now. */
export const LinkPersonRequest = z.union([z.object({ personId: Id }), z.object({ create: NewPersonRequest })]);
export type LinkPersonRequest = z.infer<typeof LinkPersonRequest>;

export const PersonSearchQuery = z.object({
  q: freeText(200).min(2).optional(),
  bsn: Bsn.optional(),
  birthDate: QueryDate.optional(),
});
export type PersonSearchQuery = z.infer<typeof PersonSearchQuery>;
export const PersonList = z.object({ items: z.array(PersonSummary) });
export type PersonList = z.infer<typeof PersonList>;

/** Route a report to a team; a team other than the rule's needs a reason. */
export const RouteReportRequest = z.object({
  teamId: Id.optional(),
  reason: freeText(1000).min(3).optional(),
});
export type RouteReportRequest = z.infer<typeof RouteReportRequest>;

/** Merge a report into an existing case (a duplicate signal about the same person). */
export const MergeReportRequest = z.object({ caseId: Id });
export type MergeReportRequest = z.infer<typeof MergeReportRequest>;

/** Close a report without follow-up (no concern, outside the region, …). */
export const CloseReportRequest = z.object({ reason: freeText(1000).min(3) });
export type CloseReportRequest = z.infer<typeof CloseReportRequest>;

/** Which team follows up which municipality (and optionally one district of it). */
export const RoutingRule = z.object({
  id: Id,
  municipalityCode: z.string(),
  municipalityName: z.string(),
  district: z.string().nullable(),
  teamId: Id,
  teamName: z.string(),
});
export type RoutingRule = z.infer<typeof RoutingRule>;
export const RoutingRuleList = z.object({ items: z.array(RoutingRule) });
export const ReplaceRoutingRulesRequest = z.object({
  rules: z
    .array(
      z.object({
        municipalityCode: code(/^GM\d{4}$/, 'invalid_municipality_code'),
        district: freeText(200).optional(),
        teamId: Id,
      }),
    )
    .max(500),
});
export type ReplaceRoutingRulesRequest = z.infer<typeof ReplaceRoutingRulesRequest>;

/** Deadlines per urgency in working days. */
export const DeadlineRulesBody = z.object({
  rules: z.record(
    Urgency,
    z.object({
      triageWorkingDays: z.number().int().min(0).max(60),
      firstContactWorkingDays: z.number().int().min(0).max(60),
    }),
  ),
});
export type DeadlineRulesBody = z.infer<typeof DeadlineRulesBody>;
