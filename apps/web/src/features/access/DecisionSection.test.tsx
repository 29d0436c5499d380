import type { ApplicationDetail } from '@springplank/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { DecisionSection } from './DecisionSection';

const decide = vi.hoisted(() => vi.fn((_body: unknown) => Promise.resolve({})));
vi.mock('./api', () => ({ useDecide: () => ({ mutateAsync: decide }) }));
vi.mock('../../shared/ui/RouterLink', () => ({ RouterLink: () => null }));

const application = {
  id: 'a1',
  status: 'submitted',
  requestedService: 'beschermd_wonen',
  person: { givenName: 'Eva', familyName: 'Jansen' },
  decision: null,
} as unknown as ApplicationDetail;

describe('DecisionSection', () => {
  it('refuses only with a reason, worded by the contract, and sends nothing before', async () => {
    const { user } = renderWithI18n(<DecisionSection application={application} onSaved={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await waitFor(() => expect(screen.getByTestId('error-summary').textContent).toContain('Maak een keuze.'));
    await user.click(screen.getByLabelText('Afwijzen'));
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('error-summary')).getAllByRole('listitem')[0]!.textContent).toMatch(
        /^Reden van de afwijzing: /,
      ),
    );
    expect(decide).not.toHaveBeenCalled();
  });

  it('asks before granting, names the person, and sends only the fields of the outcome', async () => {
    const onSaved = vi.fn();
    const { user } = renderWithI18n(<DecisionSection application={application} onSaved={onSaved} />);
    await user.click(screen.getByLabelText('Afwijzen'));
    await user.type(screen.getByLabelText(/Reden van de afwijzing/), 'Past niet');
    await user.click(screen.getByLabelText('Toekennen'));
    await user.type(screen.getByLabelText(/Geldig vanaf/), '2030-01-01');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Aanvraag van Eva Jansen toekennen?' });
    expect(decide).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Toekennen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(decide).toHaveBeenCalledWith(
      expect.objectContaining({
        outcome: 'granted',
        validFrom: '2030-01-01',
        priority: 'normal',
        refusalReason: undefined,
      }),
    );
  });
});
