import type { AccessPerson } from '@springplank/contract';
import { isValidBsn } from '@springplank/domain';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useRegion } from '../../shared/api/session';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { PersonPicker, type PersonCandidate, type PersonQuery } from '../../shared/ui/PersonPicker';
import { SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { useFormErrors } from '../../shared/ui/legacy/useFormErrors';
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

function NewPersonForm({ onCreated }: { onCreated: (person: AccessPerson) => void }) {
  const { t } = useI18n();
  const region = useRegion();
  const create = useCreatePerson();
  const [form, setForm] = useState({
    givenName: '',
    familyName: '',
    bsn: '',
    birthDate: '',
    address: '',
    municipalityCode: '',
  });
  const fields = useMemo(
    () => [
      { name: 'familyName', id: 'new-person-family', label: t('access.persons.familyName') },
      { name: 'bsn', id: 'new-person-bsn', label: t('access.persons.bsn') },
      { name: 'birthDate', id: 'new-person-birth', label: t('access.persons.birthDate') },
      { name: 'municipalityCode', id: 'new-person-municipality', label: t('access.persons.municipality') },
    ],
    [t],
  );
  const { errors, summary, focusSignal, fail, failFromApi, clear } = useFormErrors(fields);
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!form.givenName.trim() && !form.familyName.trim()) found.familyName = t('access.persons.required.name');
    if (form.bsn && !isValidBsn(form.bsn)) found.bsn = t('access.persons.invalidBsn');
    if (Object.keys(found).length > 0) return fail(found);
    clear();
    const optional = (value: string) => value.trim() || undefined;
    create.mutate(
      {
        givenName: optional(form.givenName),
        familyName: optional(form.familyName),
        bsn: optional(form.bsn),
        birthDate: optional(form.birthDate),
        address: optional(form.address),
        municipalityCode: optional(form.municipalityCode),
      },
      { onSuccess: onCreated, onError: (error) => void failFromApi(error) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-person-title">
      <Heading3 id="new-person-title">{t('access.persons.create')}</Heading3>
      <ErrorSummary title={t('access.persons.errorTitle')} items={summary} focusSignal={focusSignal} />
      {create.isError && !Object.keys(errors).length ? <ErrorAlert error={create.error} /> : null}
      <TextField
        id="new-person-given"
        label={t('access.persons.givenName')}
        value={form.givenName}
        onChange={(e) => set('givenName')(e.target.value)}
        optional
      />
      <TextField
        id="new-person-family"
        label={t('access.persons.familyName')}
        value={form.familyName}
        onChange={(e) => set('familyName')(e.target.value)}
        error={errors.familyName}
      />
      <TextField
        id="new-person-bsn"
        label={t('access.persons.bsn')}
        inputMode="numeric"
        description={t('access.persons.bsnHelp')}
        value={form.bsn}
        onChange={(e) => set('bsn')(e.target.value.trim())}
        error={errors.bsn}
        optional
      />
      <TextField
        id="new-person-birth"
        type="date"
        label={t('access.persons.birthDate')}
        value={form.birthDate}
        onChange={(e) => set('birthDate')(e.target.value)}
        error={errors.birthDate}
        optional
      />
      <TextField
        id="new-person-address"
        label={t('access.persons.address')}
        value={form.address}
        onChange={(e) => set('address')(e.target.value)}
        optional
      />
      <SelectField
        id="new-person-municipality"
        label={t('access.persons.municipality')}
        emptyOption={t('access.persons.chooseMunicipality')}
        value={form.municipalityCode}
        onChange={(e) => set('municipalityCode')(e.target.value)}
        error={errors.municipalityCode}
        options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={create.isPending}>
        {t('access.persons.createSubmit')}
      </Button>
    </form>
  );
}
