import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('renders nothing without items', () => {
    renderWithI18n(<ErrorSummary title="Controleer" items={[]} focusSignal={1} />);
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });

  it('takes focus after a failed submit and its links move focus to the field', async () => {
    const { user } = renderWithI18n(
      <>
        <ErrorSummary
          title="Controleer het formulier"
          items={[{ key: 'note', message: 'Toelichting: Vul minstens 3 tekens in', targetId: 'note' }]}
          focusSignal={1}
        />
        <label htmlFor="note">Toelichting</label>
        <input id="note" />
      </>,
    );
    expect(document.activeElement).toBe(screen.getByTestId('error-summary'));
    await user.click(screen.getByRole('link', { name: 'Toelichting: Vul minstens 3 tekens in' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Toelichting'));
  });
});
