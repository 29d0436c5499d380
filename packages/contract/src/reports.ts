import { REPORT_CATEGORIES, REPORT_PHASES, REPORTER_KINDS, URGENCIES } from '@springplank/domain';
import { issueCode } from './issues';
import { z } from 'zod';
import { code, emailAddress, LongText, optionalText, rawString } from './primitives';
import { Id, PageQuery } from './common';

/** What worries the reporter. */
export { REPORT_CATEGORIES, REPORTER_KINDS, URGENCIES, REPORT_PHASES };
export const ReportCategory = z.enum(REPORT_CATEGORIES);
export type ReportCategory = z.infer<typeof ReportCategory>;

/** Who the reporter is, in relation to the person. */
export const ReporterKind = z.enum(REPORTER_KINDS);
export type ReporterKind = z.infer<typeof ReporterKind>;

/** How urgent the meldpunt judges a report. */
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

/** What the reporter may see: only the phase, never content. */
export const ReportPhase = z.enum(REPORT_PHASES);
export type ReportPhase = z.infer<typeof ReportPhase>;

/** About whom: all optional, but at least one way to find the person (checked below). */
export const ReportSubject = z.object({
  name: optionalText(200),
  address: optionalText(300),
  approximateAge: z.number().int().min(0).max(120).optional(),
  description: optionalText(2000),
});

/** Where it happens. */
export const ReportLocation = z.object({
  municipalityCode: code(/^GM\d{4}$/, 'invalid_municipality_code'),
  address: optionalText(300),
  district: optionalText(200),
});

/** Who reports, and whether they want to hear back. */
export const ReportReporter = z
  .object({
    kind: ReporterKind,
    name: optionalText(200),
    phone: optionalText(40),
    email: emailAddress(320)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    wantsFeedback: z.boolean().default(false),
  })
  .refine((r) => !r.wantsFeedback || Boolean(r.email), issueCode('reporter_email_required', { path: ['email'] }));

/** A new report, from the public form, a professional or an integration. */
export const CreateReportRequest = z
  .object({
    categories: z.array(ReportCategory).min(1).max(8),
    concern: LongText.min(10),
    acuteDanger: z.boolean().default(false),
    subject: ReportSubject,
    location: ReportLocation,
    reporter: ReportReporter,
    /** Honeypot: people never see this field; bots fill it in. */
    website: rawString(500).optional(),
    /** Ids of attachments uploaded just before (POST /reports/attachments). */
    attachmentIds: z.array(Id).max(5).default([]),
  })
  .refine(
    (r) => Boolean(r.subject.name || r.subject.address || r.subject.description || r.location.address),
    issueCode('person_traces_required', { path: ['subject'] }),
  );
export type CreateReportRequest = z.input<typeof CreateReportRequest>;
export type CreateReportInput = z.infer<typeof CreateReportRequest>;

/** The answer after a report is stored: the reference and the private status link. */
export const ReportReceipt = z
  .object({
    reference: z.string(),
    statusUrl: z.string().describe('Private link to the phase of the report; keep it safe'),
    statusToken: z.string(),
    receivedAt: z.iso.datetime(),
    acute: z.boolean(),
  })
  .meta({ id: 'ReportReceipt' });
export type ReportReceipt = z.infer<typeof ReportReceipt>;

/** What the private status link shows: the phase and dates, nothing else. */
export const ReportStatus = z
  .object({
    reference: z.string(),
    phase: ReportPhase,
    receivedAt: z.iso.datetime(),
    followUpStartedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ReportStatus' });
export type ReportStatus = z.infer<typeof ReportStatus>;

/** A report as a professional reporter's organisation sees it: phase and dates only (ACCESS.md). */
export const OwnReportSummary = ReportStatus.extend({ id: Id });
export type OwnReportSummary = z.infer<typeof OwnReportSummary>;
export const OwnReportList = z.object({ items: z.array(OwnReportSummary), total: z.number().int() });
export type OwnReportList = z.infer<typeof OwnReportList>;
export const OwnReportQuery = PageQuery;

/** An uploaded attachment (PDF or image, at most 10 MB). */
export const AttachmentReceipt = z.object({
  id: Id,
  filename: z.string(),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']),
  size: z.number().int(),
});
export type AttachmentReceipt = z.infer<typeof AttachmentReceipt>;
