import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { PersonPicker, personQueryOf, type PersonCandidate, type PersonQuery } from './PersonPicker';

const JAN: PersonCandidate = { id: 'p1', name: 'Jan Jansen', facts: ['03-11-1980'] };

/** The picker with a fake search that finds Jan for any query, recording what was asked. */
function Harness({ nested, onChoose, asked }: { nested?: boolean; onChoose: () => void; asked: PersonQuery[] }) {
  const [query, setQuery] = useState<PersonQuery | null>(null);
  return (
    <PersonPicker
      idPrefix="t"
      fields={nested ? ['q'] : ['q', 'bsn', 'birthDate']}
      nested={nested}
      search={{ isFetching: false, error: null, candidates: query ? [JAN] : undefined }}
      onSearch={(next) => {
        asked.push(next);
        setQuery(next);
      }}
      chooseText={(name) => `Kies ${name}`}
      onChoose={onChoose}
    />
  );
}

describe('personQueryOf', () => {
  const empty = { q: '', bsn: '', birthDate: '' };
  it('asks for at least one search field, and a BSN of 9 digits', () => {
    expect(personQueryOf(empty, ['q', 'bsn'])).toEqual({ error: { field: 'q', key: 'needQuery' } });
    expect(personQueryOf({ ...empty, bsn: '12 34' }, ['q', 'bsn'])).toEqual({ error: { field: 'bsn', key: 'bsn' } });
    expect(personQueryOf({ ...empty, q: ' Jan ', bsn: '123 456 782' }, ['q', 'bsn'])).toEqual({
      query: { q: 'Jan', bsn: '123456782' },
    });
  });

  it('ignores the fields a place does not show', () => {
    expect(personQueryOf({ q: 'Jan', bsn: 'x', birthDate: '1980-01-01' }, ['q'])).toEqual({ query: { q: 'Jan' } });
  });
});

describe('PersonPicker', () => {
  it('says what is missing on an empty search and focuses the field', async () => {
    const asked: PersonQuery[] = [];
    const { user } = renderWithI18n(<Harness onChoose={() => undefined} asked={asked} />);
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(asked).toEqual([]);
    expect(screen.getByText(/Vul een naam \(minstens 2 tekens\)/)).toBeDefined();
    expect(document.activeElement).toBe(screen.getByLabelText(/Naam of adres/));
  });

  it('searches, lists who was found and chooses one', async () => {
    const asked: PersonQuery[] = [];
    const onChoose = vi.fn();
    const { user } = renderWithI18n(<Harness onChoose={onChoose} asked={asked} />);
    await user.type(screen.getByLabelText(/Naam of adres/), 'Jan');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(asked).toEqual([{ q: 'Jan' }]);
    expect(screen.getByText('1 persoon gevonden')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Kies Jan Jansen' }));
    expect(onChoose).toHaveBeenCalledWith(JAN);
  });

  it('inside another form it submits nothing: Enter searches', async () => {
    const asked: PersonQuery[] = [];
    const outer = vi.fn((event: Event) => event.preventDefault());
    const { user } = renderWithI18n(
      <form onSubmit={(event) => outer(event.nativeEvent)}>
        <Harness nested onChoose={() => undefined} asked={asked} />
      </form>,
    );
    await user.type(screen.getByLabelText('Zoek op naam of BSN'), 'Jan{Enter}');
    expect(asked).toEqual([{ q: 'Jan' }]);
    expect(outer).not.toHaveBeenCalled();
  });
});
