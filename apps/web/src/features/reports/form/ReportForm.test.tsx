import type { ReportReceipt } from '@springplank/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/client';
import { renderWithI18n } from '../../../test/render';
import type { SubmitReport } from '../api';
import { ReportForm } from './ReportForm';

const mocks = vi.hoisted(() => ({
  mutateAsync: vi.fn<(report: SubmitReport) => Promise<ReportReceipt>>(),
  navigate: vi.fn(),
  key: 0,
}));

vi.mock('react-router', () => ({ useNavigate: () => mocks.navigate }));
vi.mock('../api', () => ({
  usePublicMunicipalities: () => ({
    isPending: false,
    isError: false,
    data: { items: [{ code: 'GM0150', name: 'Deventer' }] },
  }),
  useCreateReport: () => ({ mutateAsync: mocks.mutateAsync }),
  newIdempotencyKey: () => `key-${++mocks.key}`,
}));

const RECEIPT: ReportReceipt = {
  reference: 'M-2026-0001',
  statusUrl: '/melden/status#t',
  statusToken: 't',
  receivedAt: '2026-12-02T10:00:00.000Z',
  acute: false,
};

const summaryLines = () =>
  within(screen.getByTestId('error-summary'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** Fills in the least a report needs, as a person would. */
async function fillIn(user: ReturnType<typeof renderWithI18n>['user']) {
  await user.click(screen.getByRole('radio', { name: 'Nee' }));
  await user.click(screen.getByRole('checkbox', { name: /Overlast/ }));
  await user.type(screen.getByLabelText(/Wat ziet of hoort u/), 'Bewoner veroorzaakt al weken overlast.');
  await user.type(screen.getByLabelText(/^Adres/, { selector: '#subject-address' }), 'Brink 77');
  await user.selectOptions(screen.getByLabelText(/^Gemeente/), 'GM0150');
  await user.click(screen.getByRole('radio', { name: 'Buurman of buurvrouw' }));
}

beforeEach(() => {
  mocks.mutateAsync.mockReset();
  mocks.navigate.mockReset();
  mocks.key = 0;
});

describe('ReportForm', () => {
  it('lists every problem of an empty report in the summary, in the order of the page, and sends nothing', async () => {
    const { user } = renderWithI18n(<ReportForm preset={null} />);
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));

    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('error-summary')));
    const lines = summaryLines();
    expect(lines[0]).toMatch(/^Is er nu direct gevaar/);
    expect(lines.map((line) => line?.split(':')[0])).toEqual([
      expect.stringMatching(/gevaar/),
      expect.stringMatching(/zorgen/),
      expect.stringMatching(/Wat ziet of hoort u/),
      expect.stringMatching(/Over wie gaat het/),
      expect.stringMatching(/Gemeente/),
      expect.stringMatching(/Wie bent u/),
    ]);
    // The group's link leads to its first option, the subject's to the name.
    const links = within(screen.getByTestId('error-summary')).getAllByRole('link');
    expect(links[0]?.getAttribute('href')).toBe('#acuteDanger-yes');
    expect(links[3]?.getAttribute('href')).toBe('#subject-name');
    expect(screen.getByLabelText(/Wat ziet of hoort u/).getAttribute('aria-invalid')).toBe('true');
    expect(mocks.mutateAsync).not.toHaveBeenCalled();
  });

  it('words the problems in English in the English interface', async () => {
    const { user } = renderWithI18n(<ReportForm preset={null} />, { locale: 'en' });
    await user.click(screen.getByRole('button', { name: /Send/ }));
    await waitFor(() => expect(screen.getByTestId('error-summary')).toBeTruthy());
    expect(summaryLines().join(' ')).toMatch(/Choose/);
    expect(summaryLines().join(' ')).not.toMatch(/Kies|Vul/);
  });

  it('shows the advice for acute danger as soon as "Ja" is chosen', async () => {
    const { user } = renderWithI18n(<ReportForm preset={null} />);
    expect(screen.queryByTestId('acute-advice')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    expect(screen.getByTestId('acute-advice')).toBeTruthy();
  });

  it('sends the report with one Idempotency-Key, stores the receipt and goes to the receipt page', async () => {
    mocks.mutateAsync.mockResolvedValue(RECEIPT);
    const { user } = renderWithI18n(<ReportForm preset={null} />);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));

    await waitFor(() =>
      expect(mocks.navigate).toHaveBeenCalledWith('/melden/ontvangen', { state: { receipt: RECEIPT } }),
    );
    expect(mocks.mutateAsync).toHaveBeenCalledTimes(1);
    expect(mocks.mutateAsync.mock.calls[0]?.[0]).toEqual({
      idempotencyKey: 'key-1',
      body: {
        categories: ['nuisance'],
        concern: 'Bewoner veroorzaakt al weken overlast.',
        acuteDanger: false,
        subject: { address: 'Brink 77' },
        location: { municipalityCode: 'GM0150' },
        reporter: { kind: 'neighbour', wantsFeedback: false },
        website: '',
        attachmentIds: [],
      },
    });
    expect(window.sessionStorage.getItem('springplank.reportReceipt')).toContain('M-2026-0001');
  });

  it('when the report was not sent, offers a retry that sends it again with the same key', async () => {
    mocks.mutateAsync.mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'Network error'));
    mocks.mutateAsync.mockResolvedValueOnce(RECEIPT);
    const { user } = renderWithI18n(<ReportForm preset={null} />);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));

    const retry = await screen.findByRole('button', { name: 'Opnieuw proberen' });
    expect(mocks.navigate).not.toHaveBeenCalled();
    await user.click(retry);
    await waitFor(() => expect(mocks.navigate).toHaveBeenCalled());
    expect(mocks.mutateAsync.mock.calls.map(([report]) => report.idempotencyKey)).toEqual(['key-1', 'key-1']);
  });

  it('puts a problem the API found on its field, in the summary too', async () => {
    mocks.mutateAsync.mockRejectedValueOnce(
      new ApiError(400, 'VALIDATION_FAILED', 'Niet goed', 'req-1', [
        { path: 'body.location.municipalityCode', code: 'unknown_municipality', message: 'Onbekend' },
      ]),
    );
    const { user } = renderWithI18n(<ReportForm preset={null} />);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));

    await waitFor(() => expect(summaryLines()).toHaveLength(1));
    expect(summaryLines()[0]).toMatch(/^Gemeente.*: Deze gemeente kennen we niet in de regio\.$/);
    expect(screen.getByLabelText(/^Gemeente/).getAttribute('aria-invalid')).toBe('true');
  });

  it('after "other data under the same key", says so and sends the new version under a new key', async () => {
    mocks.mutateAsync.mockRejectedValueOnce(new ApiError(409, 'IDEMPOTENCY_CONFLICT', 'Conflict'));
    mocks.mutateAsync.mockResolvedValueOnce(RECEIPT);
    const { user } = renderWithI18n(<ReportForm preset={null} />);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    await waitFor(() => expect(mocks.mutateAsync).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/misschien al eerder aangekomen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    await waitFor(() => expect(mocks.navigate).toHaveBeenCalled());
    expect(mocks.mutateAsync.mock.calls.map(([report]) => report.idempotencyKey)).toEqual(['key-1', 'key-2']);
  });

  it('fills in a professional reporter and asks no feedback question', () => {
    renderWithI18n(<ReportForm preset={{ kind: 'police', name: 'Agent Jansen', email: 'jansen@politie.example' }} />);
    expect(screen.getByLabelText<HTMLInputElement>(/^Uw e-mailadres/).value).toBe('jansen@politie.example');
    expect(screen.queryByRole('checkbox', { name: /Ik wil horen/ })).toBeNull();
  });
});
