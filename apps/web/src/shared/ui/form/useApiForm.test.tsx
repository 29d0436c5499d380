import { RecordCapacityRequest } from '@springplank/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type FieldIssue } from '../../api/client';
import { renderWithI18n } from '../../../test/render';
import { ApiForm, FormDate, FormNumber, FormSelect, FormTextarea, SubmitButton, useApiForm } from './index';

type Submit = (values: RecordCapacityRequest) => Promise<unknown>;

/** A form over a real contract schema: service (select), places (number), valid from, note (≤ 500). */
function CapacityForm({ submit, onSuccess }: { submit: Submit; onSuccess?: () => void }) {
  const form = useApiForm({
    id: 'capacity',
    schema: RecordCapacityRequest,
    defaultValues: { validFrom: '2030-01-01', note: '' },
    submit,
    onSuccess,
  });
  return (
    <ApiForm form={form} testId="capacity-form">
      <FormSelect
        name="service"
        label="Voorziening"
        options={[
          { value: 'beschermd_wonen', label: 'Beschermd wonen' },
          { value: 'nachtopvang', label: 'Nachtopvang' },
        ]}
      />
      <FormNumber name="places" label="Aantal plaatsen" />
      <FormDate name="validFrom" label="Geldig vanaf" />
      <FormTextarea name="note" label="Toelichting" optional />
      <SubmitButton>Opslaan</SubmitButton>
    </ApiForm>
  );
}

const summaryLines = () =>
  within(screen.getByTestId('error-summary'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const validationFailed = (issues: unknown[]) =>
  new ApiError(400, 'VALIDATION_FAILED', 'Niet alle gegevens zijn goed ingevuld', 'req-1', issues as FieldIssue[]);

describe('useApiForm: client-side validation from the contract schema', () => {
  it('names the field and the limit in the summary, focuses the summary and marks the fields', async () => {
    const submit = vi.fn<Submit>();
    const { user } = renderWithI18n(<CapacityForm submit={submit} />);
    await user.click(screen.getByLabelText(/Toelichting/));
    await user.paste('x'.repeat(501));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('error-summary')));
    expect(summaryLines()).toEqual([
      'Voorziening: Maak een keuze.',
      'Aantal plaatsen: Vul dit veld in.',
      'Toelichting: Gebruik hoogstens 500 tekens.',
    ]);
    const note = screen.getByLabelText(/Toelichting/);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    const errorId = note.getAttribute('aria-describedby');
    expect(errorId && document.getElementById(errorId)?.textContent).toBe('Gebruik hoogstens 500 tekens.');
    expect(submit).not.toHaveBeenCalled();
  });

  it('speaks English in the English interface', async () => {
    const { user } = renderWithI18n(<CapacityForm submit={vi.fn<Submit>()} />, { locale: 'en' });
    await user.type(screen.getByLabelText('Aantal plaatsen'), '20000');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(summaryLines()).toContain('Aantal plaatsen: Enter at most 10,000.'));
    expect(summaryLines()).toContain('Voorziening: Make a choice.');
  });

  it('sends the parsed values: a number, a trimmed note, an empty note left out', async () => {
    const submit = vi.fn<Submit>().mockResolvedValue({});
    const onSuccess = vi.fn();
    const { user } = renderWithI18n(<CapacityForm submit={submit} onSuccess={onSuccess} />);
    await user.selectOptions(screen.getByLabelText('Voorziening'), 'nachtopvang');
    await user.type(screen.getByLabelText('Aantal plaatsen'), ' 12 ');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(submit).toHaveBeenCalledWith({ service: 'nachtopvang', places: 12, validFrom: '2030-01-01' });
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });
});

describe('useApiForm: problems found by the API', () => {
  it('maps VALIDATION_FAILED issues (body.x or x) onto the fields, in the words of the reader', async () => {
    const submit = vi.fn<Submit>().mockRejectedValue(
      validationFailed([
        { path: 'body.note', code: 'too_long', params: { maximum: 500 }, message: 'Gebruik hoogstens 500 tekens.' },
        { path: 'places', message: 'Er zijn al meer mensen geplaatst.' },
      ]),
    );
    const { user } = renderWithI18n(<CapacityForm submit={submit} />, { locale: 'en' });
    await user.selectOptions(screen.getByLabelText('Voorziening'), 'beschermd_wonen');
    await user.type(screen.getByLabelText('Aantal plaatsen'), '3');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('error-summary')));
    // In the order of the page, not of the answer; a code is worded in English, else the server's text.
    expect(summaryLines()).toEqual([
      'Aantal plaatsen: Er zijn al meer mensen geplaatst.',
      'Toelichting: Use at most 500 characters.',
    ]);
    expect(screen.getByLabelText(/Toelichting/).getAttribute('aria-invalid')).toBe('true');
  });

  it('each summary line links to its field and moves focus there', async () => {
    const submit = vi
      .fn<Submit>()
      .mockRejectedValue(
        validationFailed([{ path: 'body.places', code: 'too_big', params: { maximum: 10000 }, message: '' }]),
      );
    const { user } = renderWithI18n(<CapacityForm submit={submit} />);
    await user.selectOptions(screen.getByLabelText('Voorziening'), 'beschermd_wonen');
    await user.type(screen.getByLabelText('Aantal plaatsen'), '3');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const link = await screen.findByRole('link', { name: 'Aantal plaatsen: Vul hoogstens 10.000 in.' });
    expect(link.getAttribute('href')).toBe('#capacity-places');
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Aantal plaatsen'));
  });

  it('shows an error that is about no field as a focused notice, not as a summary', async () => {
    const submit = vi.fn<Submit>().mockRejectedValue(new ApiError(403, 'FORBIDDEN', 'Geen toegang', 'req-2'));
    const { user } = renderWithI18n(<CapacityForm submit={submit} />);
    await user.selectOptions(screen.getByLabelText('Voorziening'), 'beschermd_wonen');
    await user.type(screen.getByLabelText('Aantal plaatsen'), '3');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(document.activeElement?.className).toContain('sp-form-notice'));
    expect(document.activeElement?.textContent).toContain('req-2');
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });
});

describe('useApiForm: a new attempt', () => {
  it('clears the notice of the last attempt as soon as the form is sent again', async () => {
    let accept: (value: unknown) => void = () => undefined;
    const submit = vi
      .fn<Submit>()
      .mockRejectedValueOnce(new ApiError(409, 'CONFLICT', 'Al gewijzigd', 'req-3'))
      .mockImplementationOnce(() => new Promise((resolve) => (accept = resolve)));
    const { user } = renderWithI18n(<CapacityForm submit={submit} />);
    await user.selectOptions(screen.getByLabelText('Voorziening'), 'beschermd_wonen');
    await user.type(screen.getByLabelText('Aantal plaatsen'), '3');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(document.querySelector('.sp-form-notice')).not.toBeNull());

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    // Still sending, and the old "already changed" is gone already.
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(2));
    expect(document.querySelector('.sp-form-notice')).toBeNull();
    accept({});
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Opslaan' }).getAttribute('aria-busy')).not.toBe('true'),
    );
    expect(document.querySelector('.sp-form-notice')).toBeNull();
  });

  it('clears the summary of the last attempt when the values are now valid', async () => {
    const submit = vi.fn<Submit>().mockResolvedValue({});
    const { user } = renderWithI18n(<CapacityForm submit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByTestId('error-summary');
    await user.selectOptions(screen.getByLabelText('Voorziening'), 'beschermd_wonen');
    await user.type(screen.getByLabelText('Aantal plaatsen'), '3');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });
});

describe('useApiForm: an error from elsewhere', () => {
  it('reportError puts the issues of a refused list query on the fields, like a failed submit', async () => {
    function Filter({ error }: { error: unknown }) {
      const form = useApiForm({
        id: 'filter',
        schema: RecordCapacityRequest.pick({ note: true }),
        defaultValues: { note: '' },
        submit: async () => undefined,
      });
      const { reportError } = form;
      useEffect(() => reportError(error), [error, reportError]);
      return (
        <ApiForm form={form}>
          <FormTextarea name="note" label="Toelichting" optional />
        </ApiForm>
      );
    }
    renderWithI18n(
      <Filter
        error={validationFailed([{ path: 'query.note', code: 'too_long', params: { maximum: 500 }, message: '' }])}
      />,
    );
    await waitFor(() => expect(summaryLines()).toEqual(['Toelichting: Gebruik hoogstens 500 tekens.']));
    expect(document.activeElement).toBe(screen.getByTestId('error-summary'));
    expect(screen.getByLabelText(/Toelichting/).getAttribute('aria-invalid')).toBe('true');
  });
});
