import type { Organisation, User } from '@springplank/contract';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../test/render';
import { useUpdateUser } from './api';
import { UserEditForm } from './UserEditForm';

const TEAM: Organisation = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Team Noord',
  kind: 'outreach_team',
  municipalityCodes: [],
  active: true,
  userCount: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const USER = {
  id: '00000000-0000-4000-8000-000000000009',
  displayName: 'Jan Veld',
  email: 'jan@example.test',
  organisationId: TEAM.id,
  organisationName: TEAM.name,
  roles: ['outreach_worker'],
  active: true,
} as User;

const mutateAsync = vi.fn((body: unknown) => Promise.resolve(body));
vi.mock('./api', () => ({ useUpdateUser: vi.fn(() => ({ mutateAsync, isSuccess: false })) }));
vi.mock('../../../shared/api/session', () => ({ useCurrentUser: () => ({ id: 'someone-else' }) }));

describe('UserEditForm', () => {
  it('asks before deactivating an account; cancelling sends nothing, confirming sends it', async () => {
    const { user } = renderWithI18n(<UserEditForm user={USER} organisations={[TEAM]} />);
    await user.click(screen.getByLabelText('Het account is actief'));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const question = { name: 'Account van Jan Veld deactiveren?' };
    await screen.findByRole('alertdialog', question);
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(mutateAsync).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await screen.findByRole('alertdialog', question);
    await user.click(await screen.findByRole('button', { name: 'Deactiveren' }));
    await waitFor(() => expect(mutateAsync).toHaveBeenCalledWith(expect.objectContaining({ active: false })));
    expect(vi.mocked(useUpdateUser)).toHaveBeenCalledWith(USER.id);
  });

  it('saves other changes without asking', async () => {
    mutateAsync.mockClear();
    const { user } = renderWithI18n(<UserEditForm user={USER} organisations={[TEAM]} />);
    await user.clear(screen.getByLabelText('Naam'));
    await user.type(screen.getByLabelText('Naam'), 'Jan van Veld');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() =>
      expect(mutateAsync).toHaveBeenCalledWith(expect.objectContaining({ displayName: 'Jan van Veld' })),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
