import * as contract from '@springplank/contract';
import { API_ERROR_CODES, collectIssueCodes, ISSUE_CODES, type IssueCode, type Locale } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LOCALES } from './dictionaries';
import { issueText, zodErrorMap } from './issue-messages';
import { loadLanguagePack, loadSignedInTexts } from './languages';
import type { ErrorCode } from './nl/errors';

// Issue 11: every message a person can meet exists in every language. This walks all error
// codes of the API and every schema the contract exports, collects the issue codes those
// schemas can produce, and fails on a missing (or untranslated) text in Dutch or English.

const ERROR_CODES: readonly ErrorCode[] = [...API_ERROR_CODES, 'NETWORK'];

// English and the Dutch signed-in texts are chunks of their own in the app; the test loads
// them as the app does.
await loadSignedInTexts();
const dictionaries = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, (await loadLanguagePack(locale)).messages] as const)),
) as Record<Locale, Awaited<ReturnType<typeof loadLanguagePack>>['messages']>;

const schemas = Object.entries(contract as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

/** Typical params, so a text that uses a limit is exercised with one. */
const SAMPLE_PARAMS = { minimum: 3, maximum: 5000, length: 9, divisor: 5, keys: 'x', value: 'GM0000' };

describe('error codes', () => {
  it.each(ERROR_CODES)('%s has a text in every language, and the English one is not the Dutch one', (code) => {
    const texts = LOCALES.map((locale) => dictionaries[locale][`error.${code}`]);
    for (const text of texts) expect(text?.trim()).toBeTruthy();
    expect(dictionaries.en[`error.${code}`]).not.toBe(dictionaries.nl[`error.${code}`]);
  });
});

describe('issue codes of the contract schemas', () => {
  const walked = schemas.map(([name, schema]) => collectIssueCodes(schema, name));
  const produced = new Set<IssueCode>(walked.flatMap((walk) => [...walk.codes]));

  it('walks the contract', () => {
    expect(schemas.length).toBeGreaterThan(100);
    // The walk sees the kinds a person meets most, so an empty walk cannot pass silently.
    for (const code of ['required', 'too_short', 'too_long', 'invalid_option', 'date_in_future'] as const) {
      expect(produced).toContain(code);
    }
  });

  it('finds no custom rule without an issue code (its message could only be Dutch)', () => {
    expect(walked.flatMap((walk) => walk.uncoded)).toEqual([]);
  });

  it.each([...new Set<IssueCode>([...produced, ...ISSUE_CODES])])(
    '%s has a text in every language, and the English one is not the Dutch one',
    (code) => {
      const texts = LOCALES.map((locale: Locale) => issueText(locale, { code, params: SAMPLE_PARAMS }));
      for (const text of texts) expect(text.trim()).toBeTruthy();
      expect(issueText('en', { code, params: SAMPLE_PARAMS })).not.toBe(
        issueText('nl', { code, params: SAMPLE_PARAMS }),
      );
    },
  );
});

describe('zodErrorMap', () => {
  it('words client-side validation of a contract schema in the reader language', () => {
    const schema = contract.DeclineOfferRequest;
    const nl = schema.safeParse({ reason: 'x' }, { error: zodErrorMap('nl') });
    const en = schema.safeParse({ reason: 'x' }, { error: zodErrorMap('en') });
    expect(nl.error?.issues[0]?.message).toBe('Vul minstens 3 tekens in.');
    expect(en.error?.issues[0]?.message).toBe('Enter at least 3 characters.');
  });

  it('words a contract rule in English too (rules carry a code, not a Dutch message)', () => {
    const en = contract.CloseCaseRequest.safeParse({ outcome: 'transferred' }, { error: zodErrorMap('en') });
    expect(en.error?.issues.map((issue) => issue.message)).toEqual([
      issueText('en', { code: 'referral_target_required' }),
    ]);
  });

  it('says "at most 5000 characters" for a long note', () => {
    const long = contract.LongText.safeParse('x'.repeat(5001), { error: zodErrorMap('en') });
    expect(long.error?.issues[0]?.message).toBe('Use at most 5,000 characters.');
  });
});
