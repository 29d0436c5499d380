import type { PersonSummary, ReportDetail } from '@springplank/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatDate } from '../../shared/format/dates';
import { useI18n } from '../../shared/i18n/useT';
import { personName } from '../../shared/labels/casework';
import { ErrorAlert } from '../../shared/ui/feedback';
import { PersonPicker, type PersonCandidate, type PersonQuery } from '../../shared/ui/PersonPicker';
import { useLinkPerson, usePersonSearch } from './api';
import { NewPersonForm } from './NewPersonForm';

/** "Persoon koppelen": search a known person and link, or create a new person. */
export function PersonLinkPanel({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState<PersonQuery | null>(null);
  const [creating, setCreating] = useState(false);
  const search = usePersonSearch(query);
  const link = useLinkPerson(report.id);

  const linkTo = (candidate: PersonCandidate) => {
    if (!link.isPending) link.mutate({ personId: candidate.id }, { onSuccess: () => onDone(t('person.linkedNotice')) });
  };
  const candidate = (person: PersonSummary): PersonCandidate => ({
    id: person.id,
    name: personName(person) ?? t('triage.unknownName'),
    facts: [
      person.birthDate ? formatDate(person.birthDate, locale, 'short') : null,
      person.bsn ? `${t('personPicker.bsn')} ${person.bsn}` : null,
      person.address,
    ].filter((fact): fact is string => Boolean(fact)),
  });

  const current = report.person ? (personName(report.person) ?? report.person.bsn ?? report.person.address) : null;
  return (
    <section className="sp-section sp-panel" aria-labelledby="person-link" data-testid="person-panel">
      <Heading2 id="person-link">{t('person.title')}</Heading2>
      {current ? <Paragraph data-testid="linked-person">{t('person.current', { name: current })}</Paragraph> : null}
      <Paragraph>{t('person.intro')}</Paragraph>
      {link.isError ? <ErrorAlert error={link.error} /> : null}
      <PersonPicker
        idPrefix="person"
        fields={['q', 'bsn', 'birthDate']}
        search={{
          isFetching: search.isFetching,
          error: search.error,
          candidates: search.data?.items.map(candidate),
          retry: () => void search.refetch(),
        }}
        onSearch={setQuery}
        chooseText={(name) => t('person.linkTo', { name })}
        onChoose={linkTo}
      >
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
      </PersonPicker>
    </section>
  );
}
