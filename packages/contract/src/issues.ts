import type { z } from 'zod';

/**
 * Stable, language-neutral codes for what is wrong with one field (issue 11). The API sends
 * them with every VALIDATION_FAILED issue, and the web turns them into a sentence in the
 * reader's language (issue-texts.ts), so no client ever has to parse a Dutch message.
 *
 * Zod's own issue kinds are split where a person needs different words: a string that is too
 * short is `too_short` ("Vul minstens 3 tekens in"), a number that is too small `too_small`.
 * Custom rules of the contract carry their code in `params.code` (see `issueCode()`).
 */
export const ISSUE_CODES = [
  // Zod's issue kinds, made specific.
  'required',
  'choose_one',
  'too_short',
  'too_long',
  'wrong_length',
  'too_small',
  'too_big',
  'too_early',
  'too_late',
  'too_few',
  'too_many',
  'not_a_number',
  'not_integer',
  'not_multiple_of',
  'invalid_type',
  'invalid_option',
  'invalid_format',
  'invalid_email',
  'invalid_uuid',
  'invalid_url',
  'invalid_date',
  'invalid_date_time',
  'unrecognized_keys',
  'invalid_input',
  // The input primitives (primitives.ts).
  'forbidden_characters',
  'control_characters',
  'date_out_of_range',
  'date_in_future',
  'time_in_future',
  // Fixed patterns (`code()` primitive).
  'invalid_bsn',
  'bsn_checksum',
  'invalid_municipality_code',
  'invalid_session_id',
  // Rules across fields of one request (the contract's refinements).
  'end_before_start',
  'search_criteria_required',
  'person_name_required',
  'person_choice_required',
  'case_required',
  'refusal_reason_required',
  'valid_from_required',
  'priority_required',
  'priority_reason_required',
  'contact_attempt_required',
  'partner_required',
  'note_required',
  'referral_target_required',
  'phone_or_email_required',
  'reporter_email_required',
  'person_traces_required',
  'nothing_to_change',
  'person_details_required',
  'manual_reason_required',
  'duplicate_target',
  'target_after_baseline',
  // Rules the services check against stored data (AppError issues).
  'out_of_range',
  'not_in_region',
  'coordinator_not_allowed',
  'assignee_not_in_team',
  'role_not_allowed',
  'roles_conflict',
  'email_taken',
  'name_taken',
  'municipality_outside_team',
  'case_not_in_team',
  'attachment_not_found',
  'search_query_required',
  'duplicate_rule',
  'unknown_municipality',
  'invalid_idempotency_key',
] as const;

/** A stable snake_case code for one problem with one field. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** The limits and details a message needs ("at most {maximum} characters"); JSON-safe. */
export interface IssueParams {
  /** Lower limit: a length, count or number, or an ISO date for dates. */
  minimum?: number | string;
  /** Upper limit: a length, count or number, or an ISO date for dates. */
  maximum?: number | string;
  /** True when the limit itself is not allowed ("more than 0" instead of "at least 0"). */
  exclusive?: boolean;
  /** The required exact length or count. */
  length?: number;
  /** The number a value must be a multiple of. */
  divisor?: number;
  /** The type zod expected (`number`, `string` …) for `invalid_type`. */
  expected?: string;
  /** The string format that did not match (`email`, `regex` …) for `invalid_format`. */
  format?: string;
  /** The unknown keys, comma-separated, for `unrecognized_keys`. */
  keys?: string;
  /** The refused value(s) when naming them helps (a municipality code, role codes), comma-separated. */
  value?: string;
}

/** One problem with one field, as the API's VALIDATION_FAILED `issues` carry it. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `goals.0.description`. */
  path: string;
  code: IssueCode;
  params?: IssueParams;
  /** The problem in Dutch (the same catalogue the web uses, issue-texts.ts). */
  message: string;
}

/** What `describeIssue` returns: the code and the parameters a message needs. */
export interface DescribedIssue {
  code: IssueCode;
  params?: IssueParams;
}

const CODES = new Set<string>(ISSUE_CODES);

/** True when `value` is one of the stable issue codes. */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && CODES.has(value);
}

/**
 * The refinement options that give a custom rule its stable code, e.g.
 * `.refine(fn, issueCode('end_before_start', { path: ['endsOn'] }))`. No message is set on
 * purpose: an explicit message would outrank the error map, and the web could no longer
 * show the rule in English.
 */
export function issueCode<const C extends IssueCode, T extends object = object>(
  code: C,
  options?: T,
  params?: IssueParams,
): T & { params: IssueParams & { code: C } } {
  return { ...(options as T), params: { ...params, code } };
}

/** The IssueParams among a custom issue's `params` (its `code` and anything else left out). */
function paramsOf(raw: Record<string, unknown> | undefined): IssueParams | undefined {
  const params: Record<string, unknown> = {};
  for (const key of ['minimum', 'maximum', 'length', 'divisor', 'exclusive'] as const) {
    if (raw?.[key] !== undefined) params[key] = raw[key];
  }
  return Object.keys(params).length > 0 ? params : undefined;
}

// Regex patterns of the `code()` primitive, by their source, with the code they stand for.
const patternCodes = new Map<string, IssueCode>();

/** Record which issue code a failed `pattern` means (called by the `code()` primitive). */
export function registerPatternCode(pattern: RegExp, code: IssueCode): void {
  patternCodes.set(String(pattern), code);
}

/** The issue code a failed `pattern` stands for, when the `code()` primitive registered one. */
export function patternCodeOf(pattern: RegExp | string): IssueCode | undefined {
  return patternCodes.get(String(pattern));
}

/** A zod issue, finalised (from `safeParse`) or raw (inside an error map, with `input`). */
export type AnyZodIssue = z.core.$ZodIssue | z.core.$ZodRawIssue;

const NUMERIC = new Set(['number', 'int', 'bigint']);
const COLLECTION = new Set(['array', 'set', 'file']);
const FORMAT_CODES: Partial<Record<string, IssueCode>> = {
  email: 'invalid_email',
  uuid: 'invalid_uuid',
  guid: 'invalid_uuid',
  url: 'invalid_url',
  date: 'invalid_date',
  datetime: 'invalid_date_time',
};

function limit(value: unknown): number | string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/** True when the issue says the value was absent (raw issues and `reportInput` carry `input`). */
function isMissing(issue: AnyZodIssue): boolean {
  return 'input' in issue && (issue.input === undefined || issue.input === null || issue.input === '');
}

function describeSize(issue: AnyZodIssue & { code: 'too_small' | 'too_big' }): DescribedIssue {
  const small = issue.code === 'too_small';
  const bound = limit(small ? issue.minimum : issue.maximum);
  if (issue.exact && typeof bound === 'number') {
    return { code: 'wrong_length', params: { length: bound } };
  }
  const origin = issue.origin;
  if (origin === 'string') {
    // An empty text against a minimum of 1 is a field left empty, not a "too short" one.
    if (small && bound === 1) return { code: 'required' };
    return small ? { code: 'too_short', params: { minimum: bound } } : { code: 'too_long', params: { maximum: bound } };
  }
  if (COLLECTION.has(origin)) {
    return small ? { code: 'too_few', params: { minimum: bound } } : { code: 'too_many', params: { maximum: bound } };
  }
  if (origin === 'date') {
    // Zod reports a date limit in milliseconds; a person reads a day.
    const iso = typeof bound === 'number' ? new Date(bound).toISOString().slice(0, 10) : bound;
    return small ? { code: 'too_early', params: { minimum: iso } } : { code: 'too_late', params: { maximum: iso } };
  }
  const exclusive = issue.inclusive === false ? { exclusive: true } : {};
  return small
    ? { code: 'too_small', params: { minimum: bound, ...exclusive } }
    : { code: 'too_big', params: { maximum: bound, ...exclusive } };
}

/**
 * The stable code and parameters of a zod 4 issue: every issue kind maps to a code a person
 * can be told about in any language (issue-texts.ts). Custom rules with `params.code`
 * keep their code; anything unknown becomes `invalid_input`.
 */
export function describeIssue(issue: AnyZodIssue): DescribedIssue {
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return { code: 'required' };
      if (NUMERIC.has(issue.expected)) return { code: issue.expected === 'int' ? 'not_integer' : 'not_a_number' };
      return { code: 'invalid_type', params: { expected: String(issue.expected) } };
    case 'too_small':
    case 'too_big':
      return describeSize(issue);
    case 'invalid_format': {
      const byPattern = issue.format === 'regex' && issue.pattern ? patternCodeOf(issue.pattern) : undefined;
      if (byPattern) return { code: byPattern };
      const byFormat = FORMAT_CODES[issue.format];
      return byFormat ? { code: byFormat } : { code: 'invalid_format', params: { format: issue.format } };
    }
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { divisor: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', params: { keys: issue.keys.join(', ') } };
    case 'invalid_value':
      return { code: isMissing(issue) ? 'choose_one' : 'invalid_option' };
    case 'custom': {
      const code: unknown = issue.params?.code;
      if (!isIssueCode(code)) return { code: 'invalid_input' };
      const params = paramsOf(issue.params);
      return params ? { code, params } : { code };
    }
    default:
      // invalid_union (when no option came close), invalid_key, invalid_element.
      return { code: 'invalid_input' };
  }
}
