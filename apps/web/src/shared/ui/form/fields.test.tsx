import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { renderWithI18n } from '../../../test/render';
import { parseNumberInput } from './fields';
import {
  ApiForm,
  FormCheckbox,
  FormCheckboxGroup,
  FormRadioGroup,
  FormSelect,
  SubmitButton,
  useApiForm,
} from './index';

const Schema = z.object({
  kind: z.enum(['a', 'b']),
  tags: z.array(z.enum(['x', 'y', 'z'])).min(1),
  active: z.boolean(),
});
type Values = z.output<typeof Schema>;

function ChoicesForm({ submit }: { submit: (values: Values) => Promise<unknown> }) {
  const form = useApiForm({ id: 'choices', schema: Schema, defaultValues: { tags: [], active: false }, submit });
  const options = [
    { value: 'x', label: 'Ex' },
    { value: 'y', label: 'Why' },
    { value: 'z', label: 'Zed' },
  ];
  return (
    <ApiForm form={form}>
      <FormRadioGroup
        name="kind"
        legend="Soort"
        options={[
          { value: 'a', label: 'Aa' },
          { value: 'b', label: 'Bee' },
        ]}
      />
      <FormCheckboxGroup name="tags" legend="Labels" options={options} />
      <FormCheckbox name="active" label="Actief" />
      <FormSelect name="other" label="Ander" options={options} />
      <SubmitButton>Opslaan</SubmitButton>
    </ApiForm>
  );
}

function LateOptions({ options }: { options: { value: string; label: string }[] }) {
  const form = useApiForm({
    id: 'late',
    schema: z.object({ pick: z.enum(['p', 'q']) }),
    defaultValues: { pick: 'q' },
    submit: async () => undefined,
  });
  return (
    <ApiForm form={form}>
      <FormSelect name="pick" label="Keuze" options={options} />
    </ApiForm>
  );
}

describe('bound fields', () => {
  it('a select always starts with "Kies…" (or "Choose…"), and nothing is chosen for the person', () => {
    renderWithI18n(<ChoicesForm submit={vi.fn()} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Ander');
    expect(select.options[0]?.textContent).toBe('Kies…');
    expect(select.value).toBe('');
  });

  it('the English select placeholder is "Choose…"', () => {
    renderWithI18n(<ChoicesForm submit={vi.fn()} />, { locale: 'en' });
    expect(screen.getByLabelText<HTMLSelectElement>('Ander').options[0]?.textContent).toBe('Choose…');
  });

  it('groups link from the summary to their first option and send what was chosen', async () => {
    const submit = vi.fn().mockResolvedValue({});
    const { user } = renderWithI18n(<ChoicesForm submit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByTestId('error-summary');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Soort: Maak een keuze.', '#choices-kind-a'],
      ['Labels: Kies er minstens 1.', '#choices-tags-x'],
    ]);
    expect(screen.getByRole('group', { name: 'Soort' }).getAttribute('aria-describedby')).toBe('choices-kind-error');

    await user.click(screen.getByLabelText('Bee'));
    await user.click(screen.getByLabelText('Zed'));
    await user.click(screen.getByLabelText('Ex'));
    await user.click(screen.getByLabelText('Actief'));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(submit).toHaveBeenCalledWith({ kind: 'b', tags: ['x', 'z'], active: true }));
  });

  it('a select shows a value set before its options arrived (a filter from the address)', () => {
    const { rerender } = renderWithI18n(<LateOptions options={[]} />);
    rerender(
      <LateOptions
        options={[
          { value: 'p', label: 'Pee' },
          { value: 'q', label: 'Queue' },
        ]}
      />,
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Keuze').value).toBe('q');
  });

  it('reads typed numbers: empty is not given, a decimal comma is a point, text is not a number', () => {
    expect(parseNumberInput('  ')).toBeUndefined();
    expect(parseNumberInput(' 12 ')).toBe(12);
    expect(parseNumberInput('1,5')).toBe(1.5);
    expect(parseNumberInput('twaalf')).toBeNaN();
  });
});
