import { dutchDateOf } from '@springplank/domain';
import { z } from 'zod';
import { issueCode, registerPatternCode, type IssueCode } from './issues';

/**
 * The input primitives every request schema is built from (issue 10): free text, raw strings,
 * identifiers, codes and dates. Each refuses what would break storage or make no sense
 * (NUL, lone UTF-16 surrogates, control characters, year 0000, a decision in the future),
 * with a stable issue code (issues.ts), so bad input is a 400 with a field message in the
 * reader's language and never a 500.
 *
 * Every primitive is tagged in `inputPrimitives`; `findUntaggedInputFields` (and its tests)
 * walks the request schemas and fails on any string or date field built without one. Zod
 * keeps the tag on derived schemas (`.min()`, `.refine()`), so `ShortText.min(3)` counts.
 */

/** What kind of input a primitive accepts; recorded for the schema-walk test and docs. */
export type InputPrimitiveKind =
  | 'text'
  | 'raw'
  | 'identifier'
  | 'code'
  | 'email'
  | 'uuid'
  | 'date'
  | 'birth-date'
  | 'past-date'
  | 'planned-date'
  | 'date-time'
  | 'past-date-time';

/** The registry that marks a schema as one of the input primitives. */
export const inputPrimitives = z.registry<{ primitive: InputPrimitiveKind }>();

function tag<T extends z.ZodType>(schema: T, primitive: InputPrimitiveKind): T {
  inputPrimitives.add(schema, { primitive });
  return schema;
}

/** First and last day any date may have (inclusive). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** Maximum lengths: a name or address line, and a note or description. */
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 5000;
/** Maximum length of an identifier or external reference (person_ref, provider_ref …). */
export const IDENTIFIER_MAX = 100;

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL = /\u0000/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 and C1 control characters (includes NUL, tab and newline: never part of a reference).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

const FORBIDDEN = issueCode('forbidden_characters', { abort: true });
const DATE_WINDOW = issueCode('date_out_of_range', { abort: true }, { minimum: MIN_DATE, maximum: MAX_DATE });

/** True when `value` has a NUL or a lone surrogate: text no database stores safely. */
export function hasUnstorableCharacter(value: string): boolean {
  return NUL.test(value) || LONE_SURROGATE.test(value);
}

/** True when `value` has a C0/C1 control character or a lone surrogate (not allowed in identifiers). */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value) || LONE_SURROGATE.test(value);
}

/** Clean free text the way the API does: trim and normalise to NFC (call after the checks). */
export function normaliseText(value: string): string {
  return value.trim().normalize('NFC');
}

/**
 * Free text (names, addresses, notes, descriptions, reasons): refuses NUL and lone
 * surrogates, then trims and normalises to NFC, then limits the length. Add `.min()` for
 * required text; input and output are both `string`, so web forms keep their types.
 */
export function freeText(max: number = SHORT_TEXT_MAX) {
  return tag(
    z
      .string()
      .refine((v) => !NUL.test(v), FORBIDDEN)
      .refine((v) => !LONE_SURROGATE.test(v), FORBIDDEN)
      .trim()
      .normalize('NFC')
      .max(max),
    'text',
  );
}

/** A name, address line or short label (at most 200 characters). */
export const ShortText = freeText(SHORT_TEXT_MAX);
/** A note, description or motivation (at most 5,000 characters). */
export const LongText = freeText(LONG_TEXT_MAX);

/** Optional free text where an empty string means "not given" (undefined). */
export function optionalText(max: number = SHORT_TEXT_MAX) {
  return freeText(max)
    .optional()
    .transform((v) => (v ? v : undefined));
}

/** Nullable free text where an empty string or a missing field means null. */
export function nullableText(max: number = SHORT_TEXT_MAX) {
  return freeText(max)
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null));
}

/**
 * A secret or raw string (password, token, key, XML or CSV body): kept exactly as sent —
 * never trimmed or normalised, since that would change its meaning — but NUL and lone
 * surrogates are refused here too.
 */
export function rawString(max: number) {
  return tag(
    z
      .string()
      .max(max)
      .refine((v) => !NUL.test(v), FORBIDDEN)
      .refine((v) => !LONE_SURROGATE.test(v), issueCode('forbidden_characters')),
    'raw',
  );
}

/**
 * The text of an uploaded file (an import CSV): only its length is limited here, because the
 * file's own validation reports every bad byte (NUL, broken quoting …) as `file:line`, which
 * says more than one 400 for the whole body.
 */
export function fileText(max: number) {
  return tag(z.string().max(max), 'raw');
}

/**
 * An identifier or external reference (person_ref, idempotency key, filter value): trimmed,
 * at most `max` characters, no control characters.
 */
export function identifier(max: number = IDENTIFIER_MAX) {
  return tag(
    z
      .string()
      .refine((v) => !hasControlCharacter(v), issueCode('control_characters', { abort: true }))
      .trim()
      .max(max),
    'identifier',
  );
}

/**
 * A value of a fixed pattern (BSN, CBS municipality code, token), trimmed: the pattern is the
 * rule, and `issue` is the code a mismatch is reported with (e.g. `invalid_bsn`).
 */
export function code(pattern: RegExp, issue: IssueCode) {
  registerPatternCode(pattern, issue);
  return tag(z.string().trim().regex(pattern), 'code');
}

/** An e-mail address (at most 254 characters, as the SMTP path allows). */
export function emailAddress(max = 254) {
  return tag(z.email().max(max), 'email');
}

/** A UUID reference to a record. */
export const Uuid = tag(z.uuid(), 'uuid');

/** Today in the Netherlands: the day "not in the future" is measured against. */
function todayInNetherlands(): string {
  return dutchDateOf(new Date());
}

function isoDateIn(primitive: InputPrimitiveKind) {
  return tag(
    z.iso.date().refine((v) => v >= MIN_DATE && v <= MAX_DATE, DATE_WINDOW),
    primitive,
  );
}

/** A calendar day `YYYY-MM-DD` between 1900-01-01 and 2100-12-31 (query dates, peildatum). */
export const IsoDate = isoDateIn('date');

/** A day something is planned for (valid until, planned start or eviction, review): may lie ahead. */
export const PlannedDate = isoDateIn('planned-date');

/** A birth date: in the 1900–2100 window and not after today (Europe/Amsterdam). */
export const BirthDate = isoDateIn('birth-date').refine((v) => v <= todayInNetherlands(), issueCode('date_in_future'));

/**
 * A day on which something already happened (received, decided, occurred, held, housed,
 * ended, listed …): in the window and not after today (Europe/Amsterdam).
 */
export const PastDate = isoDateIn('past-date').refine((v) => v <= todayInNetherlands(), issueCode('date_in_future'));

const MIN_INSTANT = Date.parse(`${MIN_DATE}T00:00:00Z`);
const MAX_INSTANT = Date.parse(`${MAX_DATE}T23:59:59.999Z`);
/** How far a client's clock may run ahead before "now" counts as the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

function isoDateTimeIn(primitive: InputPrimitiveKind) {
  return tag(
    z.iso.datetime({ offset: true }).refine((v) => {
      const instant = Date.parse(v);
      return instant >= MIN_INSTANT && instant <= MAX_INSTANT;
    }, DATE_WINDOW),
    primitive,
  );
}

/** A moment (ISO 8601 with offset) between 1900 and 2100. */
export const IsoDateTime = isoDateTimeIn('date-time');

/** A moment at which something happened: not later than now (a few minutes of clock skew allowed). */
export const PastDateTime = isoDateTimeIn('past-date-time').refine(
  (v) => Date.parse(v) <= Date.now() + CLOCK_SKEW_MS,
  issueCode('time_in_future'),
);

/** True when `value` (YYYY-MM-DD) lies in the 1900–2100 window (for checks outside zod, e.g. the import). */
export function isInDateWindow(value: string): boolean {
  return value >= MIN_DATE && value <= MAX_DATE;
}
