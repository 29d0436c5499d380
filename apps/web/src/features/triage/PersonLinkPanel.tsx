import type { PersonSummary, ReportDetail } from '@springplank/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { personName } from '../../shared/labels/casework';
import { useLinkPerson, usePersonSearch } from './api';
import { NewPersonForm } from './NewPersonForm';

const BSN = /^\d{9}$/;

/** "Persoon koppelen": search a known person and link, or create a new person. */
export function PersonLinkPanel({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ q: '', bsn: '', birthDate: '' });
  const [errors, setErrors] = useState<{ q?: string; bsn?: string }>({});
  const [query, setQuery] = useState<Record<string, string> | null>(null);
  const [creating, setCreating] = useState(false);
  const search = usePersonSearch(query);
  const link = useLinkPerson(report.id);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = form.q.trim();
    const bsn = form.bsn.replace(/\s/g, '');
    const found: { q?: string; bsn?: string } = {};
    if (bsn && !BSN.test(bsn)) found.bsn = t('person.bsnInvalid');
    else if (q.length < 2 && !bsn && !form.birthDate) found.q = t('person.searchRequired');
    setErrors(found);
    if (found.q || found.bsn) {
      document.getElementById(found.q ? 'person-q' : 'person-bsn')?.focus();
      return;
    }
    const next: Record<string, string> = {};
    if (q.length >= 2) next['q'] = q;
    if (bsn) next['bsn'] = bsn;
    if (form.birthDate) next['birthDate'] = form.birthDate;
    setQuery(next);
  };

  const linkTo = (personId: string) => {
    if (!link.isPending) link.mutate({ personId }, { onSuccess: () => onDone(t('person.linkedNotice')) });
  };

  const current = report.person ? (personName(report.person) ?? report.person.bsn ?? report.person.address) : null;
  return (
    <section className="sp-section sp-panel" aria-labelledby="person-link" data-testid="person-panel">
      <Heading2 id="person-link">{t('person.title')}</Heading2>
      {current ? <Paragraph data-testid="linked-person">{t('person.current', { name: current })}</Paragraph> : null}
      <Paragraph>{t('person.intro')}</Paragraph>
      <form
        className="sp-form sp-form--wide"
        role="search"
        aria-label={t('person.search')}
        onSubmit={submit}
        noValidate
      >
        <div className="sp-form-grid">
          <TextField
            id="person-q"
            type="search"
            label={t('person.q')}
            value={form.q}
            error={errors.q}
            onChange={(event) => setForm({ ...form, q: event.target.value })}
          />
          <TextField
            id="person-bsn"
            label={t('person.bsn')}
            inputMode="numeric"
            autoComplete="off"
            value={form.bsn}
            error={errors.bsn}
            onChange={(event) => setForm({ ...form, bsn: event.target.value })}
          />
          <TextField
            id="person-birthDate"
            type="date"
            label={t('person.birthDate')}
            value={form.birthDate}
            onChange={(event) => setForm({ ...form, birthDate: event.target.value })}
          />
        </div>
        <div className="sp-actions">
          <Button type="submit" appearance="secondary-action-button">
            {t('person.search')}
          </Button>
        </div>
      </form>
      {link.isError ? <ErrorAlert error={link.error} /> : null}
      {query && search.isFetching ? <Loading /> : null}
      {search.isError ? <ErrorAlert error={search.error} onRetry={() => void search.refetch()} /> : null}
      <Paragraph role="status" className={query && search.data ? undefined : 'sp-visually-hidden'}>
        {query && search.data ? t('person.results', { total: search.data.items.length }) : null}
      </Paragraph>
      {query && search.data ? <SearchResults persons={search.data.items} onLink={linkTo} /> : null}

      <div className="sp-actions">
        <Button
          appearance="secondary-action-button"
          className="sp-disclosure"
          aria-expanded={creating}
          aria-controls="new-person"
          onClick={() => setCreating(!creating)}
        >
          {t('person.new')}
        </Button>
      </div>
      <div id="new-person" hidden={!creating}>
        {creating ? <NewPersonForm reportId={report.id} onDone={onDone} /> : null}
      </div>
    </section>
  );
}

function SearchResults({ persons, onLink }: { persons: PersonSummary[]; onLink: (id: string) => void }) {
  const { t, locale } = useI18n();
  return (
    <div data-testid="person-results">
      {persons.length === 0 ? <Paragraph>{t('person.noResults')}</Paragraph> : null}
      <ul className="sp-plain-list sp-result-list">
        {persons.map((person) => {
          const nameId = `person-result-${person.id}`;
          const facts = [
            person.birthDate ? formatDate(person.birthDate, locale) : null,
            person.bsn ? `${t('person.bsn')} ${person.bsn}` : null,
            person.address,
          ].filter(Boolean);
          return (
            <li key={person.id} className="sp-result">
              <span id={nameId}>
                <strong>{personName(person) ?? t('triage.unknownName')}</strong>
                {facts.length ? ` — ${facts.join(', ')}` : null}
              </span>
              <Button appearance="secondary-action-button" aria-describedby={nameId} onClick={() => onLink(person.id)}>
                {t('person.link')}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
