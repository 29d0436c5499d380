import {
  CreateReportRequest,
  issueCode,
  ReportLocation,
  ReportReporter,
  ReportSubject,
  type FieldIssue,
  type ReporterKind,
} from '@springplank/contract';
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { ApiError, isApiError } from '../../../shared/api/client';

/**
 * The report form's values, checked with the contract's own parts (issue 11): the request
 * shape, except that "Is er nu direct gevaar?" is a choice the reporter must make (the API
 * defaults it to "no") and attachments come from their own uploads.
 */
const { categories, concern, website } = CreateReportRequest.shape;

/** The form schema: the contract's fields, plus the one rule across them, checked together. */
export const ReportFormSchema = z
  .object({
    acuteDanger: z.enum(['yes', 'no']),
    categories,
    concern,
    subject: ReportSubject,
    location: ReportLocation,
    reporter: ReportReporter,
    website,
  })
  .refine(
    // The contract's "some way to find the person" rule, run alongside the field checks
    // (`when`) so the reporter sees it on the first try with everything else, as before.
    (r) => Boolean(r.subject?.name || r.subject?.address || r.subject?.description || r.location?.address),
    { ...issueCode('person_traces_required', { path: ['subject'] }), when: () => true },
  );

/** What the form holds: the schema's input (text stays text until it is parsed). */
export type ReportFormValues = z.input<typeof ReportFormSchema>;

/** The checked values, ready to become a request. */
export type ReportFormOutput = z.output<typeof ReportFormSchema>;

/** The empty form (no choice made for the reporter); a professional gets their kind and contact details. */
export function initialValues(preset?: {
  kind: ReporterKind;
  name: string;
  email: string;
}): DefaultValues<ReportFormValues> {
  return {
    categories: [],
    concern: '',
    subject: { name: '', address: '', description: '' },
    location: { municipalityCode: '', address: '', district: '' },
    reporter: {
      ...(preset ? { kind: preset.kind } : {}),
      name: preset?.name ?? '',
      phone: '',
      email: preset?.email ?? '',
      wantsFeedback: false,
    },
    website: '',
  };
}

/** The request body for POST /reports, from the checked values and the uploaded attachments. */
export function toRequest(values: ReportFormOutput, attachmentIds: string[]): CreateReportRequest {
  return {
    categories: values.categories,
    concern: values.concern,
    acuteDanger: values.acuteDanger === 'yes',
    subject: values.subject,
    location: values.location,
    reporter: values.reporter,
    // The honeypot is always sent, empty for people.
    website: values.website ?? '',
    attachmentIds,
  };
}

/** True when a failed request certainly created nothing, so a new Idempotency-Key is safe. */
export function definitelyRefused(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && ![408, 409, 429].includes(error.status);
}

/** A validation failure about some fields of the form, as the form layer maps onto them. */
function validationFailure(error: ApiError | null, issues: FieldIssue[]): ApiError {
  return new ApiError(error?.status ?? 400, 'VALIDATION_FAILED', issues[0]?.message ?? '', error?.requestId, issues);
}

/**
 * An API error that is about one field, as a validation failure on that field: an unknown
 * municipality belongs to the municipality select. Anything else is returned unchanged.
 */
export function asFieldError(error: unknown): unknown {
  if (!isApiError(error, 'MUNICIPALITY_UNKNOWN')) return error;
  return validationFailure(error, [
    { path: 'location.municipalityCode', code: 'unknown_municipality', message: error.message },
  ]);
}

/**
 * "Wait until the files are uploaded", as a problem of the attachments field, so it shows on
 * the field and in the error summary like every other problem. `message` is already worded.
 */
export function uploadsBusyError(message: string): ApiError {
  // No issue code: the form layer then shows the message as given (it is in the reader's language).
  return validationFailure(null, [{ path: 'attachmentIds', code: 'uploads_busy' as FieldIssue['code'], message }]);
}

/** The kind of failure that stays next to the send button: not sent (retry), too large, or other. */
export function sendFailureOf(error: unknown): 'not-sent' | 'too-large' | 'other' {
  if (isApiError(error, 'NETWORK') || (isApiError(error) && error.status >= 500)) return 'not-sent';
  if (isApiError(error) && (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE')) return 'too-large';
  return 'other';
}
