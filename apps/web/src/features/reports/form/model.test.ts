import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/client';
import { zodErrorMap } from '../../../shared/i18n/issue-messages';
import {
  asFieldError,
  definitelyRefused,
  initialValues,
  ReportFormSchema,
  sendFailureOf,
  toRequest,
  uploadsBusyError,
  type ReportFormValues,
} from './model';

const GM = 'GM0150';

/** A complete fill, as the form holds it after a person filled it in. */
function filled(patch: Partial<ReportFormValues> = {}): ReportFormValues {
  return {
    acuteDanger: 'no',
    categories: ['nuisance'],
    concern: 'Bewoner veroorzaakt al weken overlast in het portiek.',
    subject: { address: 'Brink 77, Deventer' },
    location: { municipalityCode: GM },
    reporter: { kind: 'neighbour', wantsFeedback: false },
    website: '',
    ...patch,
  };
}

/** The problems the schema finds, as "path: message" in Dutch. */
function problems(values: unknown): string[] {
  const result = ReportFormSchema.safeParse(values, { error: zodErrorMap('nl') });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('report form model: initial values', () => {
  it('makes no choice for the public reporter', () => {
    const values = initialValues();
    expect(values.acuteDanger).toBeUndefined();
    expect(values.reporter?.kind).toBeUndefined();
    expect(values.categories).toEqual([]);
    expect(values.reporter?.wantsFeedback).toBe(false);
  });

  it('fills in the kind, name and email of a professional', () => {
    const values = initialValues({ kind: 'police', name: 'Agent Jansen', email: 'jansen@politie.example' });
    expect(values.reporter).toMatchObject({ kind: 'police', name: 'Agent Jansen', email: 'jansen@politie.example' });
  });
});

describe('report form model: the schema (the contract parts)', () => {
  it('accepts a complete fill', () => {
    expect(problems(filled())).toEqual([]);
  });

  it('names every missing answer at once, the person traces too', () => {
    const found = problems({ categories: [], concern: '', subject: {}, location: {}, reporter: {} });
    const paths = found.map((line) => line.split(':')[0]);
    expect(paths).toEqual(
      expect.arrayContaining(['acuteDanger', 'categories', 'concern', 'location.municipalityCode', 'reporter.kind']),
    );
    expect(found).toContain(
      'subject: Vul ten minste één ding in waarmee de persoon te vinden is: naam, adres of beschrijving.',
    );
  });

  it('takes the limits from the contract: concern of at least 10 characters, an age up to 120', () => {
    expect(problems(filled({ concern: 'Kort' }))).toEqual(['concern: Vul minstens 10 tekens in.']);
    expect(problems(filled({ subject: { address: 'Brink 1', approximateAge: 130 } }))).toEqual([
      'subject.approximateAge: Vul hoogstens 120 in.',
    ]);
  });

  it('any one trace of the person is enough, also an address of the place', () => {
    expect(problems(filled({ subject: {}, location: { municipalityCode: GM, address: 'Station' } }))).toEqual([]);
  });

  it('asks for the email address when the reporter wants to hear back', () => {
    const found = problems(filled({ reporter: { kind: 'neighbour', wantsFeedback: true } }));
    expect(found).toEqual(['reporter.email: Vul uw e-mailadres in als u wilt horen hoe het verdergaat.']);
  });
});

describe('report form model: the request', () => {
  it('turns the checked values into the request, with the uploaded attachments', () => {
    const values = ReportFormSchema.parse(
      filled({ acuteDanger: 'yes', subject: { name: 'Jan', approximateAge: 40 }, website: undefined }),
    );
    expect(toRequest(values, ['a1'])).toEqual({
      categories: ['nuisance'],
      concern: 'Bewoner veroorzaakt al weken overlast in het portiek.',
      acuteDanger: true,
      subject: { name: 'Jan', approximateAge: 40 },
      location: { municipalityCode: GM },
      reporter: { kind: 'neighbour', wantsFeedback: false },
      website: '',
      attachmentIds: ['a1'],
    });
  });
});

describe('report form model: failures', () => {
  it('knows when a new Idempotency-Key is safe: only a refusal that certainly stored nothing', () => {
    expect(definitelyRefused(new ApiError(400, 'VALIDATION_FAILED', ''))).toBe(true);
    expect(definitelyRefused(new ApiError(409, 'IDEMPOTENCY_CONFLICT', ''))).toBe(false);
    expect(definitelyRefused(new ApiError(429, 'RATE_LIMITED', ''))).toBe(false);
    expect(definitelyRefused(new ApiError(0, 'NETWORK', ''))).toBe(false);
    expect(definitelyRefused(new ApiError(503, 'UNAVAILABLE', ''))).toBe(false);
  });

  it('puts an unknown municipality on the municipality field', () => {
    const mapped = asFieldError(new ApiError(422, 'MUNICIPALITY_UNKNOWN', 'Onbekend', 'req-1'));
    expect(mapped).toBeInstanceOf(ApiError);
    expect(mapped).toMatchObject({
      code: 'VALIDATION_FAILED',
      requestId: 'req-1',
      issues: [{ path: 'location.municipalityCode', code: 'unknown_municipality' }],
    });
    const other = new ApiError(0, 'NETWORK', '');
    expect(asFieldError(other)).toBe(other);
  });

  it('shows "still uploading" on the attachments field, worded as given', () => {
    expect(uploadsBusyError('Wacht even')).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'attachmentIds', message: 'Wacht even' }],
    });
  });

  it('tells "not sent" (retry), "too large" and other failures apart', () => {
    expect(sendFailureOf(new ApiError(0, 'NETWORK', ''))).toBe('not-sent');
    expect(sendFailureOf(new ApiError(502, 'INTERNAL', ''))).toBe('not-sent');
    expect(sendFailureOf(new ApiError(413, 'PAYLOAD_TOO_LARGE', ''))).toBe('too-large');
    expect(sendFailureOf(new ApiError(400, 'HONEYPOT_FILLED', ''))).toBe('other');
  });
});
