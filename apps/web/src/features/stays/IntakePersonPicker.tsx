import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatDate } from '../../shared/format/dates';
import { useI18n } from '../../shared/i18n/useT';
import { PersonPicker, type PersonQuery } from '../../shared/ui/PersonPicker';
import { useShelterPersons } from './api';

/** A person chosen for intake. */
export interface ChosenPerson {
  id: string;
  name: string;
}

/**
 * The person of an intake: the shared person picker inside the intake form (name or BSN; a
 * provider finds only its own clients), or, once chosen, who it is and a way to choose again.
 */
export function IntakePersonPicker({
  chosen,
  onChoose,
}: {
  chosen: ChosenPerson | null;
  onChoose: (person: ChosenPerson | null) => void;
}) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState<PersonQuery | null>(null);
  const results = useShelterPersons(query?.q ?? '');

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
  return (
    <PersonPicker
      idPrefix="intake"
      fields={['q']}
      nested
      help={t('intake.searchHelp')}
      search={{
        isFetching: results.isFetching,
        error: results.error,
        candidates: results.data?.items.map((person) => ({
          id: person.id,
          name: person.name ?? t('stays.unknownPerson'),
          facts: person.birthDate ? [formatDate(person.birthDate, locale, 'short')] : [],
        })),
        retry: () => void results.refetch(),
      }}
      onSearch={setQuery}
      chooseText={(name) => t('personPicker.choose', { name })}
      onChoose={(candidate) => onChoose({ id: candidate.id, name: candidate.name })}
    />
  );
}
