import { dutchDateOf } from '@springplank/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findUntaggedInputFields } from './primitive-walk';
import {
  BirthDate,
  freeText,
  identifier,
  IsoDate,
  MESSAGES,
  PastDate,
  PastDateTime,
  PlannedDate,
  rawString,
  ShortText,
} from './primitives';

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('free text', () => {
  it('refuses NUL and lone surrogates with a Dutch message', () => {
    expect(messages(ShortText, 'Jan\u0000')).toEqual([MESSAGES.nul]);
    expect(messages(ShortText, 'Jan \ud800')).toEqual([MESSAGES.surrogate]);
    expect(messages(ShortText, '\udc00 Jan')).toEqual([MESSAGES.surrogate]);
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
    expect(messages(rawString(100), 'geheim\u0000')).toEqual([MESSAGES.nul]);
  });

  it('limits identifiers and refuses control characters', () => {
    expect(identifier().safeParse('x'.repeat(9000)).success).toBe(false);
    expect(messages(identifier(), 'P-1\n')).toEqual([MESSAGES.control]);
    expect(identifier().parse(' P-1 ')).toBe('P-1');
  });
});

describe('dates', () => {
  const today = dutchDateOf(new Date());
  const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);

  it('refuses days outside 1900–2100 everywhere', () => {
    for (const schema of [IsoDate, PlannedDate, BirthDate, PastDate]) {
      for (const value of ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
        expect(messages(schema, value), `${value}`).toEqual([MESSAGES.dateWindow]);
      }
      expect(schema.safeParse('1900-01-01').success).toBe(true);
      expect(schema.safeParse('2025-02-29').success).toBe(false);
    }
  });

  it('refuses a birth date or a past event after today (Europe/Amsterdam), allows planned dates ahead', () => {
    expect(BirthDate.safeParse(today).success).toBe(true);
    expect(messages(BirthDate, tomorrow)).toEqual([MESSAGES.birthFuture]);
    expect(PastDate.safeParse(today).success).toBe(true);
    expect(messages(PastDate, tomorrow)).toEqual([MESSAGES.pastFuture]);
    expect(messages(PastDate, '2100-12-31')).toEqual([MESSAGES.pastFuture]);
    expect(PlannedDate.safeParse('2100-12-31').success).toBe(true);
  });

  it('bounds moments and refuses a past moment in the future', () => {
    expect(messages(PastDateTime, '0000-01-01T00:00:00Z')).toEqual([MESSAGES.dateWindow]);
    expect(PastDateTime.safeParse('2024-05-01T10:00:00+02:00').success).toBe(true);
    expect(messages(PastDateTime, '2099-05-01T10:00:00+02:00')).toEqual([MESSAGES.dateTimeFuture]);
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
