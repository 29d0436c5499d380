import { AddPlanZrmAssessmentRequest, RecordZrmRequest } from '@springplank/contract';
import { ZRM_DOMAINS } from '@springplank/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type FieldIssue } from '../../api/client';
import { renderWithI18n } from '../../../test/render';
import { ZrmEntryForm } from './ZrmEntryForm';

const texts = { title: 'ZRM opslaan', submit: 'ZRM opslaan', assessedOn: 'Datum van de ZRM', scores: 'Scores' };

const summaryLines = () =>
  within(screen.getByTestId('error-summary'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const scoreSelect = (domain: (typeof ZRM_DOMAINS)[number]) => document.getElementById(`zrm-${domain}`)!;

describe('ZrmEntryForm', () => {
  it('asks for every domain before sending anything, with the summary in the order of the page', async () => {
    const submit = vi.fn(() => Promise.resolve());
    const { user } = renderWithI18n(
      <ZrmEntryForm schema={RecordZrmRequest} submit={submit} onSaved={() => {}} texts={texts} />,
    );
    await user.selectOptions(scoreSelect('finances'), '3');
    await user.click(screen.getByRole('button', { name: 'ZRM opslaan' }));

    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('error-summary')));
    const lines = summaryLines();
    expect(lines).toHaveLength(ZRM_DOMAINS.length - 1);
    expect(lines[0]).toBe('Werk en opleiding: Vul dit veld in.');
    expect(scoreSelect('work_education').getAttribute('aria-invalid')).toBe('true');
    expect(scoreSelect('finances').getAttribute('aria-invalid')).not.toBe('true');
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends numbers per domain, leaves an optional empty date out, and empties the scores after saving', async () => {
    const submit = vi.fn((_entry: RecordZrmRequest) => Promise.resolve());
    const onSaved = vi.fn();
    const { user } = renderWithI18n(
      <ZrmEntryForm schema={RecordZrmRequest} submit={submit} onSaved={onSaved} texts={texts} />,
    );
    expect(screen.getByLabelText<HTMLInputElement>(/Datum van de ZRM/).value).toBe('');
    expect(screen.getByText('(niet verplicht)')).toBeTruthy();
    for (const domain of ZRM_DOMAINS) await user.selectOptions(scoreSelect(domain), '2');
    await user.click(screen.getByRole('button', { name: 'ZRM opslaan' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const entry = submit.mock.calls[0]![0];
    expect(entry.assessedOn).toBeUndefined();
    expect(entry.scores).toEqual(Object.fromEntries(ZRM_DOMAINS.map((domain) => [domain, 2])));
    await waitFor(() => expect((scoreSelect('housing') as HTMLSelectElement).value).toBe(''));
  });

  it('requires the date where the contract does', async () => {
    const submit = vi.fn(() => Promise.resolve());
    const { user } = renderWithI18n(
      <ZrmEntryForm schema={AddPlanZrmAssessmentRequest} submit={submit} onSaved={() => {}} texts={texts} />,
    );
    expect(screen.queryByText('(niet verplicht)')).toBeNull();
    for (const domain of ZRM_DOMAINS) await user.selectOptions(scoreSelect(domain), '4');
    await user.click(screen.getByRole('button', { name: 'ZRM opslaan' }));
    await waitFor(() => expect(summaryLines()).toEqual(['Datum van de ZRM: Vul dit veld in.']));
    expect(submit).not.toHaveBeenCalled();
  });

  it('puts an issue of the API on its domain, in English for an English reader', async () => {
    const issues = [{ path: 'body.scores.housing', code: 'too_big', params: { maximum: 5 }, message: 'Te hoog' }];
    const submit = vi.fn(() =>
      Promise.reject(new ApiError(400, 'VALIDATION_FAILED', 'Niet goed', 'req-1', issues as unknown as FieldIssue[])),
    );
    const { user } = renderWithI18n(
      <ZrmEntryForm
        schema={AddPlanZrmAssessmentRequest}
        submit={submit}
        onSaved={() => {}}
        texts={texts}
        dateDefaultsToToday
      />,
      { locale: 'en' },
    );
    expect(screen.getByLabelText<HTMLInputElement>(/Datum van de ZRM/).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const domain of ZRM_DOMAINS) await user.selectOptions(scoreSelect(domain), '1');
    await user.click(screen.getByRole('button', { name: 'ZRM opslaan' }));
    await waitFor(() => expect(summaryLines()).toHaveLength(1));
    expect(summaryLines()[0]).toMatch(/^Housing: /);
    expect(scoreSelect('housing').getAttribute('aria-invalid')).toBe('true');
  });
});
