import type { MonitorQuery } from '@springplank/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { monitorQueryFrom } from './filters';
import { MonitorFilters } from './MonitorFilters';

vi.mock('../../shared/api/session', () => ({
  useRegion: () => ({ data: { municipalities: [{ code: 'GM0150', name: 'Deventer' }] } }),
}));

const QUERY: MonitorQuery = { date: '2025-01-01', year: 2024, months: 12 };

describe('MonitorFilters', () => {
  it('refuses what the monitor query refuses, in a summary that takes focus', async () => {
    const onApply = vi.fn<(query: MonitorQuery) => void>();
    const { user } = renderWithI18n(<MonitorFilters query={QUERY} onApply={onApply} />);
    await user.clear(screen.getByLabelText('Peildatum'));
    await user.type(screen.getByLabelText('Peildatum'), '2025-13-01');
    await user.clear(screen.getByLabelText('Jaar'));
    await user.click(screen.getByRole('button', { name: 'Toon de cijfers' }));

    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const lines = within(summary)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Peildatum: /);
    // The contract coerces the year, so an empty one is "not a number" here as at the API.
    expect(lines[1]).toBe('Jaar: Vul een getal in.');
    expect(
      within(summary)
        .getByRole('link', { name: /^Peildatum:/ })
        .getAttribute('href'),
    ).toBe('#monitor-date');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('applies the parsed query: numbers for year and months, empty filters left out', async () => {
    const onApply = vi.fn<(query: MonitorQuery) => void>();
    const { user } = renderWithI18n(<MonitorFilters query={QUERY} onApply={onApply} />);
    await user.selectOptions(screen.getByLabelText('Ontwikkeling over'), '24');
    await user.selectOptions(screen.getByLabelText('Gemeente van herkomst'), 'GM0150');
    await user.click(screen.getByRole('button', { name: 'Toon de cijfers' }));
    await waitFor(() => expect(onApply).toHaveBeenCalled());
    expect(onApply).toHaveBeenCalledWith({ ...QUERY, months: 24, municipality: 'GM0150' });
  });
});

describe('monitorQueryFrom', () => {
  it('keeps what the contract accepts and falls back for the rest', () => {
    const query = monitorQueryFrom(
      new URLSearchParams('date=2025-02-30&year=2023&months=24&municipality=GM0150&ageGroup=18-27'),
    );
    expect(query).toMatchObject({ year: 2023, months: 24, municipality: 'GM0150', ageGroup: '18-27' });
    expect(query.date).toMatch(/^\d{4}-\d{2}-01$/);
    expect(monitorQueryFrom(new URLSearchParams('months=13&municipality=Deventer'))).toEqual(
      expect.not.objectContaining({ municipality: expect.anything() }),
    );
    expect(monitorQueryFrom(new URLSearchParams('months=13')).months).toBe(12);
  });
});
