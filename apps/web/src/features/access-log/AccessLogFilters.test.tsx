import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type FieldIssue } from '../../shared/api/client';
import { renderWithI18n } from '../../test/render';
import { AccessLogFilters } from './AccessLogFilters';
import { EMPTY_FILTERS, type LogFilters } from './filters';

const ID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const summaryLines = () =>
  within(screen.getByTestId('error-summary'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('AccessLogFilters', () => {
  it('checks the filters with the log query: an id, and "to" not before "from"', async () => {
    const onApply = vi.fn<(filters: LogFilters) => void>();
    const { user } = renderWithI18n(<AccessLogFilters initial={EMPTY_FILTERS} queryError={null} onApply={onApply} />);
    await user.type(screen.getByLabelText('Id van de gebruiker'), 'abc');
    await user.type(screen.getByLabelText('Vanaf datum'), '2025-03-02');
    await user.type(screen.getByLabelText('Tot en met datum'), '2025-03-01');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('error-summary')));
    expect(summaryLines()).toHaveLength(2);
    expect(summaryLines()[0]).toMatch(/^Id van de gebruiker: /);
    expect(summaryLines()[1]).toBe('Tot en met datum: De einddatum ligt vóór de begindatum.');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('applies trimmed filters, empty ones as empty', async () => {
    const onApply = vi.fn<(filters: LogFilters) => void>();
    const { user } = renderWithI18n(<AccessLogFilters initial={EMPTY_FILTERS} queryError={null} onApply={onApply} />);
    await user.type(screen.getByLabelText('Id van de betrokkene'), ` ${ID} `);
    await user.type(screen.getByLabelText('Handeling'), 'user.read');
    await user.selectOptions(screen.getByLabelText('Volgorde'), 'asc');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(onApply).toHaveBeenCalled());
    expect(onApply).toHaveBeenCalledWith({ ...EMPTY_FILTERS, personId: ID, action: 'user.read', order: 'asc' });
  });

  it('shows the refusal of the log query (a hand-edited address) on the field', async () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Niet alle gegevens zijn goed ingevuld', 'req-1', [
      { path: 'query.subjectId', code: 'too_long', params: { maximum: 100 }, message: '' },
    ] as FieldIssue[]);
    renderWithI18n(
      <AccessLogFilters
        initial={{ ...EMPTY_FILTERS, subjectId: 'x'.repeat(101) }}
        queryError={error}
        onApply={vi.fn()}
      />,
    );
    await waitFor(() => expect(summaryLines()).toEqual(['Id van het gegeven: Gebruik hoogstens 100 tekens.']));
    expect(screen.getByLabelText('Id van het gegeven').getAttribute('aria-invalid')).toBe('true');
  });
});
