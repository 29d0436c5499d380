import { dutchDateOf } from '@springplank/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findUntaggedInputFields } from './primitive-walk';
import {
  BirthDate,
  freeText,
  identifier,
  IsoDate,
  PastDate,
  PastDateTime,
  PlannedDate,
  rawString,
  ShortText,
} from './primitives';

import { describeIssue } from './issues';

/** The stable issue codes of parsing `value` (the messages come from the catalogue). */
const codes = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => describeIssue(issue).code) ?? [];

describe('free text', () => {
  it('refuses NUL and lone surrogates with a stable code', () => {
    expect(codes(ShortText, 'Jan\u0000')).toEqual(['forbidden_characters']);
    expect(codes(ShortText, 'Jan \ud800')).toEqual(['forbidden_characters']);
    expect(codes(ShortText, '\udc00 Jan')).toEqual(['forbidden_characters']);
  });

  it('keeps paired surrogates (emoji), trims and normalises to NFC', () => {
    expect(ShortText.parse('  De Vries 🏠 ')).toBe('De Vries 🏠');
    expect(ShortText.parse('Rene\u0301')).toBe('René');
  });

  it('limits the length after trimming, and keeps its tag when derived', () => {
    expect(freeText(5).safeParse('   abcde   ').success).toBe(true);
    expect(freeText(5).safeParse('abcdef').success).toBe(false);
    expect(findUntaggedInputFields(ShortText.min(3).optional())).toEqual([]);
  });
});

describe('raw strings and identifiers', () => {
  it('keeps raw strings exactly as sent but refuses NUL', () => {
    expect(rawString(100).parse('  geheim\u0301 ')).toBe('  geheim\u0301 ');
    expect(codes(rawString(100), 'geheim\u0000')).toEqual(['forbidden_characters']);
  });

  it('limits identifiers and refuses control characters', () => {
    expect(identifier().safeParse('x'.repeat(9000)).success).toBe(false);
    expect(codes(identifier(), 'P-1\n')).toEqual(['control_characters']);
    expect(identifier().parse(' P-1 ')).toBe('P-1');
  });
});

describe('dates', () => {
  const today = dutchDateOf(new Date());
  const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);

  it('refuses days outside 1900–2100 everywhere', () => {
    for (const schema of [IsoDate, PlannedDate, BirthDate, PastDate]) {
      for (const value of ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
        expect(codes(schema, value), `${value}`).toEqual(['date_out_of_range']);
      }
      expect(schema.safeParse('1900-01-01').success).toBe(true);
      expect(schema.safeParse('2025-02-29').success).toBe(false);
    }
  });

  it('refuses a birth date or a past event after today (Europe/Amsterdam), allows planned dates ahead', () => {
    expect(BirthDate.safeParse(today).success).toBe(true);
    expect(codes(BirthDate, tomorrow)).toEqual(['date_in_future']);
    expect(PastDate.safeParse(today).success).toBe(true);
    expect(codes(PastDate, tomorrow)).toEqual(['date_in_future']);
    expect(codes(PastDate, '2100-12-31')).toEqual(['date_in_future']);
    expect(PlannedDate.safeParse('2100-12-31').success).toBe(true);
  });

  it('bounds moments and refuses a past moment in the future', () => {
    expect(codes(PastDateTime, '0000-01-01T00:00:00Z')).toEqual(['date_out_of_range']);
    expect(PastDateTime.safeParse('2024-05-01T10:00:00+02:00').success).toBe(true);
    expect(codes(PastDateTime, '2099-05-01T10:00:00+02:00')).toEqual(['time_in_future']);
  });
});

describe('the schema walk', () => {
  it('names every string field not built from a primitive', () => {
    const schema = z.object({
      ok: ShortText,
      bare: z.string().optional(),
      nested: z.array(z.object({ date: z.iso.date() })),
      either: z.union([z.object({ id: z.uuid() }), z.object({ n: z.number() })]),
      piped: z
        .string()
        .transform((v) => v.length)
        .optional(),
      keyed: z.record(z.string(), z.number()),
    });
    expect(findUntaggedInputFields(schema)).toEqual([
      '$.bare (string)',
      '$.nested[].date (string)',
      '$.either.id (string)',
      '$.piped (string)',
      '$.keyed{key} (string)',
    ]);
  });
});
