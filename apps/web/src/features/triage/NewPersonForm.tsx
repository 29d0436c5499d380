import type { NewPersonRequest } from '@springplank/contract';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { useLinkPerson } from './api';

type Values = { givenName: string; familyName: string; birthDate: string; bsn: string; address: string };
const FIELDS = ['givenName', 'familyName', 'birthDate', 'bsn', 'address'] as const;

/** Per-field messages of a validation error on `create.*`, keyed by the field name. */
function createErrorsOf(error: unknown): Partial<Record<keyof Values, string>> {
  const result: Partial<Record<keyof Values, string>> = {};
  if (!isApiError(error, 'VALIDATION_FAILED')) return result;
  for (const issue of error.issues) {
    const field = issue.path.split('.').pop();
    const known = FIELDS.find((name) => name === field);
    if (known) result[known] ??= issue.message;
  }
  return result;
}

/** "Nieuwe persoon": create a person from what the meldpunt knows and link the report to it. */
export function NewPersonForm({ reportId, onDone }: { reportId: string; onDone: (message: string) => void }) {
  const t = useT();
  const link = useLinkPerson(reportId);
  const [values, setValues] = useState<Values>({ givenName: '', familyName: '', birthDate: '', bsn: '', address: '' });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const errors = { ...createErrorsOf(link.error), ...clientErrors };
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (link.isPending) return;
    const create: NewPersonRequest = {};
    const trimmed = (value: string) => value.trim() || undefined;
    const bsn = values.bsn.replace(/\s/g, '');
    if (trimmed(values.givenName)) create.givenName = values.givenName.trim();
    if (trimmed(values.familyName)) create.familyName = values.familyName.trim();
    if (values.birthDate) create.birthDate = values.birthDate;
    if (bsn) create.bsn = bsn;
    if (trimmed(values.address)) create.address = values.address.trim();
    const found: Partial<Record<keyof Values, string>> = {};
    if (bsn && !/^\d{9}$/.test(bsn)) found.bsn = t('person.bsnInvalid');
    if (!create.givenName && !create.familyName && !bsn && !create.address) found.familyName = t('person.needOne');
    setClientErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(`new-${first}`)?.focus();
      return;
    }
    link.mutate({ create }, { onSuccess: () => onDone(t('person.createdNotice')) });
  };

  return (
    <form
      className="sp-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="new-person-title"
      data-testid="new-person-form"
    >
      <Heading3 id="new-person-title">{t('person.new')}</Heading3>
      <Paragraph>{t('person.newIntro')}</Paragraph>
      {link.isError ? <ErrorAlert error={link.error} /> : null}
      <TextField
        id="new-givenName"
        label={t('person.givenName')}
        autoComplete="off"
        optional
        value={values.givenName}
        error={errors.givenName}
        onChange={set('givenName')}
      />
      <TextField
        id="new-familyName"
        label={t('person.familyName')}
        autoComplete="off"
        optional
        value={values.familyName}
        error={errors.familyName}
        onChange={set('familyName')}
      />
      <TextField
        id="new-birthDate"
        type="date"
        label={t('person.birthDate')}
        optional
        value={values.birthDate}
        error={errors.birthDate}
        onChange={set('birthDate')}
      />
      <TextField
        id="new-bsn"
        label={t('person.bsn')}
        inputMode="numeric"
        autoComplete="off"
        optional
        value={values.bsn}
        error={errors.bsn}
        onChange={set('bsn')}
      />
      <TextField
        id="new-address"
        label={t('person.address')}
        autoComplete="off"
        optional
        value={values.address}
        error={errors.address}
        onChange={set('address')}
      />
      <div className="sp-actions">
        <Button type="submit" appearance="primary-action-button" busy={link.isPending}>
          {t('person.create')}
        </Button>
      </div>
    </form>
  );
}
