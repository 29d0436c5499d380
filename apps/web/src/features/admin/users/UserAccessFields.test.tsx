import type { Organisation } from '@springplank/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../test/render';
import { ApiForm, FormText, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { UserAccessFields } from './UserAccessFields';
import { CreateUserForm } from './userSchemas';

const organisation = (id: string, name: string, kind: Organisation['kind']): Organisation => ({
  id,
  name,
  kind,
  municipalityCodes: [],
  active: true,
  userCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
});
const TEAM = organisation('00000000-0000-4000-8000-000000000001', 'Team Noord', 'outreach_team');
const CORPORATION = organisation('00000000-0000-4000-8000-000000000002', 'Woonstichting', 'housing_corporation');

type Submit = (values: unknown) => Promise<unknown>;

function NewUser({ submit }: { submit: Submit }) {
  const form = useApiForm({
    id: 'user',
    schema: CreateUserForm,
    defaultValues: { displayName: '', email: '', roles: [], locale: 'nl', password: '' },
    submit,
  });
  return (
    <ApiForm form={form}>
      <FormText name="displayName" label="Naam" />
      <FormText name="email" label="E-mailadres" />
      <UserAccessFields organisations={[TEAM, CORPORATION]} emptyHint="Kies eerst een organisatie." />
      <FormText name="password" type="password" label="Wachtwoord" optional />
      <SubmitButton>Toevoegen</SubmitButton>
    </ApiForm>
  );
}

const roleNames = () =>
  within(screen.getByRole('group', { name: 'Rollen' }))
    .queryAllByRole('checkbox')
    .map((box) => box.closest('.utrecht-form-field')?.textContent);

// Typing as a person does is slow on a busy machine.
describe('the user form: organisation and roles', { timeout: 30_000 }, () => {
  it('offers the roles of the organisation and drops those that do not fit another one', async () => {
    const submit = vi.fn<Submit>().mockResolvedValue({});
    const { user } = renderWithI18n(<NewUser submit={submit} />);
    expect(roleNames()).toEqual([]);
    expect(screen.getByText('Kies eerst een organisatie.')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Team Noord');
    expect(roleNames()).toEqual(['Professionele melder', 'Medewerker bemoeizorg']);
    await user.click(screen.getByRole('checkbox', { name: 'Medewerker bemoeizorg' }));
    await user.click(screen.getByRole('checkbox', { name: 'Professionele melder' }));

    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Woonstichting');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Professionele melder' }).checked).toBe(true);
    expect(screen.queryByRole('checkbox', { name: 'Medewerker bemoeizorg' })).toBeNull();

    await user.type(screen.getByLabelText('Naam'), 'Noor Bakker');
    await user.type(screen.getByLabelText('E-mailadres'), '  noor@example.nl ');
    await user.type(screen.getByLabelText(/Wachtwoord/), '  twaalf tekens ');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    // The address is trimmed, the password goes exactly as typed.
    expect(submit.mock.calls[0]![0]).toEqual({
      displayName: 'Noor Bakker',
      email: 'noor@example.nl',
      organisationId: CORPORATION.id,
      roles: ['professional_reporter'],
      locale: 'nl',
      password: '  twaalf tekens ',
    });
  });

  it('names every missing choice in the summary, with the contract’s limits', async () => {
    const submit = vi.fn<Submit>();
    const { user } = renderWithI18n(<NewUser submit={submit} />);
    await user.type(screen.getByLabelText('Naam'), 'N');
    await user.type(screen.getByLabelText(/Wachtwoord/), 'kort');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    const summary = await screen.findByTestId('error-summary');
    const lines = within(summary)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'Naam',
      'E-mailadres',
      'Organisatie',
      'Rollen',
      'Wachtwoord',
    ]);
    expect(lines[0]).toContain('2');
    expect(lines[4]).toContain('12');
    expect(submit).not.toHaveBeenCalled();
  });
});
