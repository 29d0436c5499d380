import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { useT } from './useT';
import { enumText } from './vocabulary';

function Labels() {
  const t = useT();
  return (
    <ul>
      <li>{t.enum('service', 'beschermd_wonen')}</li>
      <li>{t.enum('stayEndReason', 'moved_on')}</li>
      <li>{t.enum('municipality', 'GM0150')}</li>
    </ul>
  );
}

describe('t.enum', () => {
  it('names codes from the shared vocabulary in Dutch', () => {
    renderWithI18n(<Labels />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Beschermd wonen',
      'Doorgestroomd naar andere zorg of opvang',
      'Deventer',
    ]);
  });

  it('names the same codes in English when English is chosen', () => {
    renderWithI18n(<Labels />, { locale: 'en' });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Protected housing',
      'Moved on to other care or shelter',
      'Deventer',
    ]);
  });

  it('shows a municipality code outside the CBS division as it is', () => {
    expect(enumText('nl', 'municipality', 'GM9999')).toBe('GM9999');
  });
});
