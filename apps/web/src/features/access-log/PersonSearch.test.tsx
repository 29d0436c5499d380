import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { useAccessLogPersons } from './api';
import { PersonSearch } from './PersonSearch';

vi.mock('./api', () => ({ useAccessLogPersons: vi.fn(() => ({ isPending: true })) }));

describe('PersonSearch', () => {
  it('asks for 2 characters, as the lookup does, and then searches with the trimmed text', async () => {
    const { user } = renderWithI18n(<PersonSearch />);
    await user.type(screen.getByLabelText('Naam, BSN of kenmerk'), 'S');
    await user.click(screen.getByRole('button', { name: 'Persoon zoeken' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('error-summary')));
    expect(screen.getByRole('link', { name: 'Naam, BSN of kenmerk: Vul minstens 2 tekens in.' })).toBeTruthy();

    await user.type(screen.getByLabelText('Naam, BSN of kenmerk'), 'mit ');
    await user.click(screen.getByRole('button', { name: 'Persoon zoeken' }));
    await waitFor(() => expect(vi.mocked(useAccessLogPersons)).toHaveBeenLastCalledWith('Smit'));
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });
});
