import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueText } from './issue-texts';
import { collectIssueCodes } from './issue-walk';
import { describeIssue, issueCode, registerPatternCode, type DescribedIssue } from './issues';

/** The described issues of parsing `value`, with the input reported as error maps see it. */
function described(schema: z.ZodType, value: unknown): DescribedIssue[] {
  const result = schema.safeParse(value, { reportInput: true });
  return (result.error?.issues ?? []).map(describeIssue);
}

describe('describeIssue', () => {
  it('tells a missing value from a wrong one', () => {
    expect(described(z.object({ name: z.string() }), {})).toEqual([{ code: 'required' }]);
    expect(described(z.string(), 5)).toEqual([{ code: 'invalid_type', params: { expected: 'string' } }]);
    expect(described(z.string().min(1), '')).toEqual([{ code: 'required' }]);
    expect(described(z.enum(['a', 'b']), undefined)).toEqual([{ code: 'choose_one' }]);
    expect(described(z.enum(['a', 'b']), 'c')).toEqual([{ code: 'invalid_option' }]);
  });

  it('splits sizes into lengths, counts, numbers and dates', () => {
    expect(described(z.string().min(3), 'x')).toEqual([{ code: 'too_short', params: { minimum: 3 } }]);
    expect(described(z.string().max(5), 'x'.repeat(6))).toEqual([{ code: 'too_long', params: { maximum: 5 } }]);
    expect(described(z.string().length(9), 'x')).toEqual([{ code: 'wrong_length', params: { length: 9 } }]);
    expect(described(z.array(z.string()).min(1), [])).toEqual([{ code: 'too_few', params: { minimum: 1 } }]);
    expect(described(z.array(z.string()).max(1), ['a', 'b'])).toEqual([{ code: 'too_many', params: { maximum: 1 } }]);
    expect(described(z.number().min(1), 0)).toEqual([{ code: 'too_small', params: { minimum: 1 } }]);
    expect(described(z.number().positive(), 0)).toEqual([
      { code: 'too_small', params: { minimum: 0, exclusive: true } },
    ]);
    expect(described(z.number().max(9), 10)).toEqual([{ code: 'too_big', params: { maximum: 9 } }]);
    expect(described(z.date().min(new Date('2020-01-01')), new Date('2019-01-01'))).toEqual([
      { code: 'too_early', params: { minimum: '2020-01-01' } },
    ]);
  });

  it('names numbers, formats and patterns', () => {
    expect(described(z.coerce.number(), 'x')).toEqual([{ code: 'not_a_number' }]);
    expect(described(z.number().int(), 1.5)).toEqual([{ code: 'not_integer' }]);
    expect(described(z.number().multipleOf(5), 7)).toEqual([{ code: 'not_multiple_of', params: { divisor: 5 } }]);
    expect(described(z.email(), 'x')).toEqual([{ code: 'invalid_email' }]);
    expect(described(z.uuid(), 'x')).toEqual([{ code: 'invalid_uuid' }]);
    expect(described(z.iso.date(), '2025-02-30')).toEqual([{ code: 'invalid_date' }]);
    expect(described(z.iso.datetime({ offset: true }), 'x')).toEqual([{ code: 'invalid_date_time' }]);
    const pattern = /^\d{3}$/;
    registerPatternCode(pattern, 'invalid_bsn');
    expect(described(z.string().regex(pattern), 'x')).toEqual([{ code: 'invalid_bsn' }]);
    expect(described(z.string().regex(/^y$/), 'x')).toEqual([{ code: 'invalid_format', params: { format: 'regex' } }]);
    expect(described(z.strictObject({}), { a: 1, b: 2 })).toEqual([
      { code: 'unrecognized_keys', params: { keys: 'a, b' } },
    ]);
  });

  it('keeps the code of a custom rule and falls back for others', () => {
    expect(
      described(
        z.string().refine(() => false, issueCode('end_before_start')),
        'x',
      ),
    ).toEqual([{ code: 'end_before_start' }]);
    expect(
      described(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual([{ code: 'invalid_input' }]);
    expect(described(z.union([z.number(), z.boolean()]), 'x')).toEqual([{ code: 'invalid_input' }]);
  });
});

describe('issueText', () => {
  it('words limits the way the issue asks for', () => {
    expect(issueText('nl', { code: 'too_short', params: { minimum: 3 } })).toBe('Vul minstens 3 tekens in.');
    expect(issueText('nl', { code: 'too_long', params: { maximum: 5000 } })).toBe('Gebruik hoogstens 5.000 tekens.');
    expect(issueText('en', { code: 'too_long', params: { maximum: 5000 } })).toBe('Use at most 5,000 characters.');
    expect(issueText('en', { code: 'too_short', params: { minimum: 1 } })).toBe('Enter at least 1 character.');
    expect(
      issueText('nl', { code: 'date_out_of_range', params: { minimum: '1900-01-01', maximum: '2100-12-31' } }),
    ).toBe('Kies een datum tussen 1 januari 1900 en 31 december 2100.');
  });
});

describe('collectIssueCodes', () => {
  it('collects the codes a schema can produce and flags rules that could only speak Dutch', () => {
    const walk = collectIssueCodes(
      z.object({
        a: z.string().min(3).max(10),
        b: z.string().min(2, 'Te kort'),
        c: z.number().refine(() => true),
        d: z.enum(['x']).refine(() => true, issueCode('end_before_start')),
      }),
    );
    expect([...walk.codes]).toEqual(
      expect.arrayContaining(['required', 'too_short', 'too_long', 'not_a_number', 'choose_one', 'end_before_start']),
    );
    expect(walk.uncoded).toEqual([
      '$.b (min_length with its own message)',
      '$.c (a custom rule without an issue code)',
    ]);
  });
});
