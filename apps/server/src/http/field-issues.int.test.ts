import { issueText } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { reportInput } from '../test/report-factories';
import { useTestApp } from '../test/test-app';

/**
 * Issue 11: every VALIDATION_FAILED issue carries a stable code and its limits besides the
 * Dutch message, so the web can say it in the reader's language; the Dutch text comes from
 * the contract's catalogue, never from zod's own locale ("Te lang: verwacht dat …").
 */
describe('field issues carry a code, params and a catalogue message', () => {
  const ctx = useTestApp({ REPORT_RATE_LIMIT_PER_MINUTE: '1000' });

  async function refused(body: unknown) {
    const response = await ctx().app.inject({ method: 'POST', url: '/api/v1/reports', payload: body as object });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    return response.json().error.issues as { path: string; code: string; params?: object; message: string }[];
  }

  it('says how long a text may be', async () => {
    const issues = await refused(reportInput({ concern: 'x'.repeat(5001) }));
    expect(issues).toEqual([
      { path: 'concern', code: 'too_long', params: { maximum: 5000 }, message: 'Gebruik hoogstens 5.000 tekens.' },
    ]);
    expect(issueText('en', issues[0] as never)).toBe('Use at most 5,000 characters.');
  });

  it('says how short a text may be, and that a missing field is required', async () => {
    const { concern: _dropped, ...withoutConcern } = reportInput();
    expect(await refused(withoutConcern)).toEqual([
      { path: 'concern', code: 'required', message: issueText('nl', { code: 'required' }) },
    ]);
    expect(await refused(reportInput({ concern: 'kort' }))).toEqual([
      { path: 'concern', code: 'too_short', params: { minimum: 10 }, message: 'Vul minstens 10 tekens in.' },
    ]);
  });

  it('codes a rule across fields and a choice outside the list', async () => {
    const untraceable = await refused(reportInput({ subject: {}, location: { municipalityCode: 'GM0150' } }));
    expect(untraceable).toEqual([
      { path: 'subject', code: 'person_traces_required', message: issueText('nl', { code: 'person_traces_required' }) },
    ]);
    const unknown = await refused(reportInput({ categories: ['nonsense' as never] }));
    expect(unknown.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'categories.0', code: 'invalid_option' },
    ]);
  });

  it('never sends zod locale text', async () => {
    const issues = await refused(reportInput({ concern: 'x'.repeat(5001), categories: [] }));
    for (const issue of issues) expect(issue.message).not.toMatch(/verwacht|Ongeldige invoer/);
  });
});
