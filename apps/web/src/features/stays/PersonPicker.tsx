import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { formatDay } from '../../shared/labels/services';
import { useShelterPersons } from './api';

/** A person chosen for intake. */
export interface ChosenPerson {
  id: string;
  name: string;
}

/**
 * Find a known person by name or BSN and choose them. It is not a form of its own (it sits
 * inside the intake form), so searching is a button, and Enter in the field searches too.
 */
export function PersonPicker({
  chosen,
  onChoose,
}: {
  chosen: ChosenPerson | null;
  onChoose: (person: ChosenPerson | null) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const results = useShelterPersons(query);

  if (chosen) {
    return (
      <div className="sp-panel" data-testid="intake-chosen">
        <Paragraph>{t('intake.chosen', { name: chosen.name })}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => onChoose(null)}>
          {t('intake.clear')}
        </Button>
      </div>
    );
  }
  const search = () => setQuery(text.trim());
  return (
    <div className="sp-filter-row">
      <TextField
        id="intake-search"
        label={t('intake.search')}
        description={t('intake.searchHelp')}
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            search();
          }
        }}
      />
      <Button appearance="secondary-action-button" onClick={search}>
        {t('intake.searchSubmit')}
      </Button>
      <div aria-live="polite">
        {results.isFetching ? <Loading /> : null}
        {results.isError ? <ErrorAlert error={results.error} /> : null}
        {results.data && results.data.items.length === 0 ? <Paragraph>{t('intake.noResults')}</Paragraph> : null}
        {results.data && results.data.items.length > 0 ? (
          <ul className="sp-result-list" aria-label={t('intake.results')}>
            {results.data.items.map((person) => {
              const name = person.name ?? t('stays.unknownPerson');
              const born = person.birthDate ? ` (${formatDay(person.birthDate)})` : '';
              return (
                <li key={person.id} className="sp-result">
                  <span>
                    {name}
                    {born}
                  </span>{' '}
                  <Button appearance="secondary-action-button" onClick={() => onChoose({ id: person.id, name })}>
                    {t('intake.choose', { name })}
                  </Button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
