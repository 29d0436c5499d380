import type { CreateReportRequest, ReportCategory, ReporterKind } from '@springplank/contract';
import { isApiError } from '../../../shared/api/client';
import type { Translate } from '../../../shared/i18n/I18nProvider';

/** What the person types and picks; text fields stay strings until the report is sent. */
export interface ReportFormValues {
  acuteDanger: '' | 'yes' | 'no';
  categories: ReportCategory[];
  concern: string;
  subjectName: string;
  subjectAddress: string;
  subjectAge: string;
  subjectDescription: string;
  municipalityCode: string;
  locationAddress: string;
  district: string;
  reporterKind: ReporterKind | '';
  reporterName: string;
  reporterPhone: string;
  reporterEmail: string;
  wantsFeedback: boolean;
  /** Honeypot: people never see it, so it stays empty; bots fill it in. */
  website: string;
}

/** The fields that can carry an error, in the order they appear on the page (= the summary order). */
export const FIELDS = [
  'acuteDanger',
  'categories',
  'concern',
  'subject',
  'subject-name',
  'subject-address',
  'subject-age',
  'subject-description',
  'location-municipality',
  'location-address',
  'location-district',
  'reporter-kind',
  'reporter-name',
  'reporter-phone',
  'reporter-email',
  'attachments',
  'form',
] as const;

/** A field (or group) that can carry an error; `form` is for problems that belong to no field. */
export type FieldKey = (typeof FIELDS)[number];

/** Error messages per field. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** The element to focus for each field: groups focus their first option. */
export const FOCUS_TARGET: Partial<Record<FieldKey, string>> = {
  acuteDanger: 'acuteDanger-yes',
  categories: 'categories-confused_behaviour',
  subject: 'subject-name',
  'reporter-kind': 'reporter-kind-neighbour',
  attachments: 'attachments-input',
};

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The empty form; a professional gets their reporter kind and contact details filled in. */
export function initialValues(preset?: { kind: ReporterKind; name: string; email: string }): ReportFormValues {
  return {
    acuteDanger: '',
    categories: [],
    concern: '',
    subjectName: '',
    subjectAddress: '',
    subjectAge: '',
    subjectDescription: '',
    municipalityCode: '',
    locationAddress: '',
    district: '',
    reporterKind: preset?.kind ?? '',
    reporterName: preset?.name ?? '',
    reporterPhone: '',
    reporterEmail: preset?.email ?? '',
    wantsFeedback: false,
    website: '',
  };
}

function parseAge(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const age = Number(trimmed);
  return age <= 120 ? age : null;
}

/** The same checks the server makes, with messages in the interface language. */
export function validate(values: ReportFormValues, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.acuteDanger) errors.acuteDanger = t('report.error.acute');
  if (values.categories.length === 0) errors.categories = t('report.error.categories');
  const concern = values.concern.trim();
  if (concern.length < 10) errors.concern = t('report.error.concernShort');
  else if (concern.length > 5000) errors.concern = t('report.error.concernLong');
  const findable = [values.subjectName, values.subjectAddress, values.subjectDescription, values.locationAddress];
  if (!findable.some((text) => text.trim())) errors.subject = t('report.error.subject');
  if (parseAge(values.subjectAge) === null) errors['subject-age'] = t('report.error.age');
  if (values.subjectDescription.trim().length > 2000) errors['subject-description'] = t('report.error.descriptionLong');
  if (!values.municipalityCode) errors['location-municipality'] = t('report.error.municipality');
  if (!values.reporterKind) errors['reporter-kind'] = t('report.error.reporterKind');
  const email = values.reporterEmail.trim();
  if (email && !EMAIL_PATTERN.test(email)) errors['reporter-email'] = t('validation.email');
  else if (!email && values.wantsFeedback) errors['reporter-email'] = t('report.error.emailForFeedback');
  return errors;
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed ? trimmed : undefined;
}

/** The request body for POST /reports. */
export function toRequest(values: ReportFormValues, attachmentIds: string[]): CreateReportRequest {
  return {
    categories: values.categories,
    concern: values.concern.trim(),
    acuteDanger: values.acuteDanger === 'yes',
    subject: {
      name: optional(values.subjectName),
      address: optional(values.subjectAddress),
      approximateAge: parseAge(values.subjectAge) ?? undefined,
      description: optional(values.subjectDescription),
    },
    location: {
      municipalityCode: values.municipalityCode,
      address: optional(values.locationAddress),
      district: optional(values.district),
    },
    reporter: {
      kind: values.reporterKind || 'other',
      name: optional(values.reporterName),
      phone: optional(values.reporterPhone),
      email: optional(values.reporterEmail),
      wantsFeedback: values.wantsFeedback,
    },
    website: values.website,
    attachmentIds,
  };
}

const SERVER_PATHS: Record<string, FieldKey> = {
  acuteDanger: 'acuteDanger',
  categories: 'categories',
  concern: 'concern',
  subject: 'subject',
  'subject.name': 'subject-name',
  'subject.address': 'subject-address',
  'subject.approximateAge': 'subject-age',
  'subject.description': 'subject-description',
  location: 'location-municipality',
  'location.municipalityCode': 'location-municipality',
  'location.address': 'location-address',
  'location.district': 'location-district',
  reporter: 'reporter-kind',
  'reporter.kind': 'reporter-kind',
  'reporter.name': 'reporter-name',
  'reporter.phone': 'reporter-phone',
  'reporter.email': 'reporter-email',
  'reporter.wantsFeedback': 'reporter-email',
  attachmentIds: 'attachments',
};

/** The field of a server issue path like `body.location.municipalityCode` or `categories.0`. */
export function fieldOfPath(path: string): FieldKey {
  const parts = path.replace(/^(body)\./, '').split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const field = SERVER_PATHS[parts.slice(0, length).join('.')];
    if (field) return field;
  }
  return 'form';
}

/** Field errors from a server answer: VALIDATION_FAILED issues, and codes that belong to one field. */
export function serverFieldErrors(error: unknown, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  if (isApiError(error, 'MUNICIPALITY_UNKNOWN')) errors['location-municipality'] = t('error.MUNICIPALITY_UNKNOWN');
  if (!isApiError(error, 'VALIDATION_FAILED')) return errors;
  for (const issue of error.issues) {
    const field = fieldOfPath(issue.path);
    errors[field] ??= issue.message;
  }
  if (error.issues.length === 0) errors.form = t('error.VALIDATION_FAILED');
  return errors;
}
