import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import type { PluralKey } from './I18nProvider';
import { useT } from './useT';

function Count({ k, n }: { k: PluralKey; n: number }) {
  const t = useT();
  return <p>{t.plural(k, n)}</p>;
}

describe('t.plural', () => {
  it('chooses the Dutch form with Intl.PluralRules', () => {
    renderWithI18n(
      <>
        <Count k="capacity.location.placesToday" n={1} />
        <Count k="capacity.location.placesToday" n={2} />
        <Count k="capacity.location.placesToday" n={0} />
      </>,
    );
    expect(screen.getByText('1 plaats vandaag')).toBeDefined();
    expect(screen.getByText('2 plaatsen vandaag')).toBeDefined();
    expect(screen.getByText('0 plaatsen vandaag')).toBeDefined();
  });

  it('chooses the English form and writes the count in the language', () => {
    renderWithI18n(
      <>
        <Count k="capacity.board.freeBedsOf" n={1} />
        <Count k="capacity.board.freeBedsOf" n={1200} />
      </>,
      { locale: 'en' },
    );
    expect(screen.getByText('of 1 bed')).toBeDefined();
    expect(screen.getByText('of 1,200 beds')).toBeDefined();
  });

  it('fills the other placeholders too', () => {
    function Intro() {
      const t = useT();
      return <p>{t.plural('access.waitlist.summary', 3, { long: 1 })}</p>;
    }
    renderWithI18n(<Intro />);
    expect(screen.getByText('3 personen, van wie 1 langer dan 3 maanden wachten.')).toBeDefined();
  });
});
