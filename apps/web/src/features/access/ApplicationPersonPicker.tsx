import { CreateAccessPersonRequest, type AccessPerson } from '@springplank/contract';
import { Heading3 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useRegion } from '../../shared/api/session';
import { useI18n } from '../../shared/i18n/useT';
import { PersonPicker, type PersonCandidate, type PersonQuery } from '../../shared/ui/PersonPicker';
import { formatDate } from '../../shared/format/dates';
import { ApiForm, FormDate, FormSelect, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useCreatePerson, usePersonSearch } from './api';

/**
 * The person of a new application: the shared person picker over the region's persons (by
 * name, BSN or birth date), or a new person (BSN checked with the elfproef before sending).
 */
export function ApplicationPersonPicker({ onChoose }: { onChoose: (person: AccessPerson) => void }) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState<PersonQuery | null>(null);
  const results = usePersonSearch(query);
  const found = results.data?.items ?? [];
  const candidate = (person: AccessPerson): PersonCandidate => ({
    id: person.id,
    name: [person.givenName, person.familyName].filter(Boolean).join(' ') || t('access.person.unknownName'),
    facts: [person.birthDate ? formatDate(person.birthDate, locale, 'short') : null, person.municipalityName].filter(
      (fact): fact is string => Boolean(fact),
    ),
  });

  return (
    <div className="sp-panel">
      <Heading3 id="person-search-title">{t('access.persons.title')}</Heading3>
      <PersonPicker
        idPrefix="person"
        fields={['q', 'bsn', 'birthDate']}
        search={{
          isFetching: results.isFetching,
          error: results.error,
          candidates: results.data?.items.map(candidate),
          retry: () => void results.refetch(),
        }}
        onSearch={setQuery}
        chooseText={(name) => t('personPicker.choose', { name })}
        onChoose={(chosen) => {
          const person = found.find((item) => item.id === chosen.id);
          if (person) onChoose(person);
        }}
      >
        <NewPersonForm onCreated={onChoose} />
      </PersonPicker>
    </div>
  );
}

/** Create a person here when the search found none; the contract checks the name and the BSN. */
function NewPersonForm({ onCreated }: { onCreated: (person: AccessPerson) => void }) {
  const { t } = useI18n();
  const region = useRegion();
  const create = useCreatePerson();
  const form = useApiForm({
    id: 'new-person',
    schema: CreateAccessPersonRequest,
    defaultValues: { givenName: '', familyName: '', bsn: '', birthDate: '', address: '' },
    submit: (values) => create.mutateAsync(values),
    onSuccess: (person) => onCreated(person),
  });

  return (
    <>
      <Heading3 id="new-person-title">{t('access.persons.create')}</Heading3>
      <ApiForm form={form} aria-labelledby="new-person-title" summaryTitle={t('access.persons.errorTitle')}>
        <FormText name="givenName" id="new-person-given" label={t('access.persons.givenName')} optional />
        <FormText name="familyName" id="new-person-family" label={t('access.persons.familyName')} />
        <FormText
          name="bsn"
          id="new-person-bsn"
          label={t('access.persons.bsn')}
          inputMode="numeric"
          description={t('access.persons.bsnHelp')}
          optional
        />
        <FormDate name="birthDate" id="new-person-birth" label={t('access.persons.birthDate')} optional />
        <FormText name="address" id="new-person-address" label={t('access.persons.address')} optional />
        <FormSelect
          name="municipalityCode"
          id="new-person-municipality"
          label={t('access.persons.municipality')}
          placeholder={t('access.persons.chooseMunicipality')}
          options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
        />
        <SubmitButton appearance="secondary-action-button">{t('access.persons.createSubmit')}</SubmitButton>
      </ApiForm>
    </>
  );
}
