import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { ErrorAlert, Loading } from './feedback';
import { TextField } from './fields';
import './casework.css';

/** What a person search may ask for; every place sends only the fields it shows. */
export interface PersonQuery {
  q?: string;
  bsn?: string;
  birthDate?: string;
}

/** A found person as the picker shows it: a name and a few facts that tell namesakes apart. */
export interface PersonCandidate {
  id: string;
  name: string;
  facts: string[];
}

/** The state of a search, taken from the caller's query (so each feature keeps its own endpoint). */
export interface PersonSearchState {
  isFetching: boolean;
  error: unknown;
  candidates: PersonCandidate[] | undefined;
  retry?: () => void;
}

/** The search fields: `q` alone is "name or BSN" (shelter intake); with `bsn` it is "name or address". */
export type PersonField = 'q' | 'bsn' | 'birthDate';

const BSN = /^\d{9}$/;

/** The query for the filled-in fields, or an error per field when it would be no search at all. */
export function personQueryOf(
  form: Record<PersonField, string>,
  fields: readonly PersonField[],
): { query: PersonQuery } | { error: { field: PersonField; key: 'bsn' | 'needQuery' } } {
  const q = form.q.trim();
  const bsn = fields.includes('bsn') ? form.bsn.replace(/\s/g, '') : '';
  const birthDate = fields.includes('birthDate') ? form.birthDate : '';
  if (bsn && !BSN.test(bsn)) return { error: { field: 'bsn', key: 'bsn' } };
  if (q.length < 2 && !bsn && !birthDate) return { error: { field: 'q', key: 'needQuery' } };
  return {
    query: { ...(q.length >= 2 ? { q } : {}), ...(bsn ? { bsn } : {}), ...(birthDate ? { birthDate } : {}) },
  };
}

/**
 * The one person picker of the app (access applications, shelter intake, triage): search a
 * known person by the fields a place allows, list who was found, and choose one. Where it sits
 * inside another form (`nested`), it is no form of its own: search is a button, Enter searches.
 * `children` is the place's way to add a new person, shown below the results.
 */
export function PersonPicker({
  idPrefix,
  fields,
  label,
  search,
  onSearch,
  chooseText,
  onChoose,
  nested = false,
  help,
  children,
}: {
  idPrefix: string;
  fields: readonly PersonField[];
  /** The accessible name of the search region; "Persoon zoeken" unless the place says otherwise. */
  label?: string;
  search: PersonSearchState;
  onSearch: (query: PersonQuery) => void;
  /** The text of a result's button, e.g. "Kies Jan Jansen". */
  chooseText: (name: string) => string;
  onChoose: (candidate: PersonCandidate) => void;
  nested?: boolean;
  /** A hint below the name field, e.g. whose persons this place can find. */
  help?: string;
  children?: ReactNode;
}) {
  const t = useT();
  const regionLabel = label ?? t('personPicker.title');
  const [form, setForm] = useState<Record<PersonField, string>>({ q: '', bsn: '', birthDate: '' });
  const [error, setError] = useState<{ field: PersonField; text: string } | null>(null);
  const [searched, setSearched] = useState(false);
  const id = (field: PersonField) => `${idPrefix}-${field}`;

  const submit = () => {
    const result = personQueryOf(form, fields);
    if ('error' in result) {
      const { field, key } = result.error;
      setError({ field, text: t(key === 'bsn' ? 'personPicker.bsnInvalid' : 'personPicker.needQuery') });
      document.getElementById(id(field))?.focus();
      return;
    }
    setError(null);
    setSearched(true);
    onSearch(result.query);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  const set = (field: PersonField) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const errorOf = (field: PersonField) => (error?.field === field ? error.text : undefined);
  const onlyName = !fields.includes('bsn');

  const inputs = (
    <div className="sp-form-grid">
      <TextField
        id={id('q')}
        type={nested ? 'text' : 'search'}
        label={t(onlyName ? 'personPicker.qOrBsn' : 'personPicker.q')}
        description={help}
        autoComplete="off"
        value={form.q}
        error={errorOf('q')}
        onChange={(event) => set('q')(event.target.value)}
        onKeyDown={
          nested
            ? (event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  submit();
                }
              }
            : undefined
        }
      />
      {fields.includes('bsn') ? (
        <TextField
          id={id('bsn')}
          label={t('personPicker.bsn')}
          inputMode="numeric"
          autoComplete="off"
          value={form.bsn}
          error={errorOf('bsn')}
          onChange={(event) => set('bsn')(event.target.value)}
        />
      ) : null}
      {fields.includes('birthDate') ? (
        <TextField
          id={id('birthDate')}
          type="date"
          label={t('personPicker.birthDate')}
          value={form.birthDate}
          onChange={(event) => set('birthDate')(event.target.value)}
        />
      ) : null}
    </div>
  );

  const button = (
    <div className="sp-actions">
      <Button
        type={nested ? 'button' : 'submit'}
        appearance="secondary-action-button"
        onClick={nested ? submit : undefined}
      >
        {t('personPicker.search')}
      </Button>
    </div>
  );

  return (
    <div data-testid={`${idPrefix}-picker`}>
      {nested ? (
        <div role="search" aria-label={regionLabel}>
          {inputs}
          {button}
        </div>
      ) : (
        <form className="sp-form sp-form--wide" role="search" aria-label={regionLabel} onSubmit={onSubmit} noValidate>
          {inputs}
          {button}
        </form>
      )}
      <div aria-live="polite">
        {searched && search.isFetching ? <Loading /> : null}
        {search.error ? <ErrorAlert error={search.error} onRetry={search.retry} /> : null}
        {searched && search.candidates ? (
          <Results idPrefix={idPrefix} candidates={search.candidates} chooseText={chooseText} onChoose={onChoose} />
        ) : null}
      </div>
      {children}
    </div>
  );
}

function Results({
  idPrefix,
  candidates,
  chooseText,
  onChoose,
}: {
  idPrefix: string;
  candidates: PersonCandidate[];
  chooseText: (name: string) => string;
  onChoose: (candidate: PersonCandidate) => void;
}) {
  const t = useT();
  if (candidates.length === 0) return <Paragraph>{t('personPicker.none')}</Paragraph>;
  return (
    <div data-testid={`${idPrefix}-results`}>
      <Paragraph>{t.plural('personPicker.found', candidates.length)}</Paragraph>
      <ul className="sp-plain-list sp-result-list">
        {candidates.map((candidate) => {
          const factsId = `${idPrefix}-result-${candidate.id}`;
          return (
            <li key={candidate.id} className="sp-result">
              <span id={factsId}>
                <strong>{candidate.name}</strong>
                {candidate.facts.length ? ` — ${candidate.facts.join(', ')}` : null}
              </span>{' '}
              <Button
                appearance="secondary-action-button"
                aria-describedby={factsId}
                onClick={() => onChoose(candidate)}
              >
                {chooseText(candidate.name)}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
