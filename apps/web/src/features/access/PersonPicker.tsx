import type { AccessPerson } from '@springplank/contract';
import { isValidBsn } from '@springplank/domain';
import { Button, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useRegion } from '../../shared/api/session';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { useFormErrors } from '../../shared/ui/legacy/useFormErrors';
import { useCreatePerson, usePersonSearch } from './api';

/**
 * Find a person of the region by name, BSN or birth date, or create one (BSN checked with the
 * elfproef before sending). Calls `onChoose` with the chosen or created person.
 */
export function PersonPicker({ onChoose }: { onChoose: (person: AccessPerson) => void }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const [bsn, setBsn] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [query, setQuery] = useState<{ q?: string; bsn?: string; birthDate?: string } | null>(null);
  const [searchError, setSearchError] = useState<string | undefined>();
  const results = usePersonSearch(query);

  const search = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim().length < 2 && !/^\d{9}$/.test(bsn) && !birthDate) {
      setSearchError(t('access.persons.needQuery'));
      return;
    }
    setSearchError(undefined);
    setQuery({
      q: q.trim().length >= 2 ? q.trim() : undefined,
      bsn: bsn || undefined,
      birthDate: birthDate || undefined,
    });
  };

  return (
    <div className="sp-panel">
      <form onSubmit={search} noValidate aria-labelledby="person-search-title">
        <Heading3 id="person-search-title">{t('access.persons.title')}</Heading3>
        <TextField
          id="person-q"
          label={t('access.persons.q')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          error={searchError}
          optional
        />
        <TextField
          id="person-bsn"
          label={t('access.persons.bsn')}
          inputMode="numeric"
          value={bsn}
          onChange={(e) => setBsn(e.target.value.trim())}
          optional
        />
        <TextField
          id="person-birth"
          type="date"
          label={t('access.persons.birthDate')}
          value={birthDate}
          onChange={(e) => setBirthDate(e.target.value)}
          optional
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('access.persons.search')}
        </Button>
      </form>
      {results.isFetching ? <Loading /> : null}
      {results.isError ? <ErrorAlert error={results.error} /> : null}
      {results.data ? (
        results.data.items.length === 0 ? (
          <Paragraph role="status">{t('access.persons.none')}</Paragraph>
        ) : (
          <DataTable
            caption={t('access.persons.caption', { total: results.data.items.length })}
            testId="person-results"
            columns={[
              { label: t('access.persons.col.name') },
              { label: t('access.persons.col.birthDate') },
              { label: t('access.persons.col.municipality') },
              { label: t('access.persons.col.choose') },
            ]}
          >
            {results.data.items.map((person) => {
              const name =
                [person.givenName, person.familyName].filter(Boolean).join(' ') || t('access.person.unknownName');
              return (
                <TableRow key={person.id}>
                  <TableHeaderCell scope="row">{name}</TableHeaderCell>
                  <TableCell>{person.birthDate ? formatDate(person.birthDate, locale) : t('access.none')}</TableCell>
                  <TableCell>{person.municipalityName ?? t('access.none')}</TableCell>
                  <TableCell>
                    <Button appearance="secondary-action-button" onClick={() => onChoose(person)}>
                      {t('access.persons.choose', { name })}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </DataTable>
        )
      ) : null}
      <NewPersonForm onCreated={onChoose} />
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
