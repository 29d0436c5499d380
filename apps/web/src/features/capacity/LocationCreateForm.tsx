import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { CheckboxGroup, SelectField, TextField } from '../../shared/ui/fields';
import { useOrganisations } from '../../shared/api/organisations';
import { useRegion } from '../../shared/api/session';
import { useCreateLocation } from './api';
import { expertiseOptions, isExpertiseTag } from '../../shared/labels/services';
import { useFormErrors } from '../../shared/ui/legacy/useFieldErrors';

const LABELS = {
  organisationId: 'capacity.create.provider',
  name: 'capacity.edit.name',
  address: 'capacity.edit.address',
  municipalityCode: 'capacity.edit.municipality',
  expertiseTags: 'capacity.edit.expertise',
} as const;

const EMPTY = { organisationId: '', name: '', address: '', municipalityCode: '', expertiseTags: [] as string[] };

/** Add a location for a provider organisation (functioneel beheer). */
export function LocationCreateForm({ onDone }: { onDone: (message: string) => void }) {
  const t = useT();
  const organisations = useOrganisations();
  const region = useRegion();
  const create = useCreateLocation();
  const [form, setForm] = useState(EMPTY);
  const errors = useFormErrors(
    (field) => `new-location-${field}`,
    (field) => t(LABELS[field as keyof typeof LABELS] ?? 'capacity.create.title'),
  );
  const providers = (organisations.data?.items ?? []).filter((org) => org.kind === 'provider' && org.active);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: Record<string, string> = {};
    if (!form.organisationId) found['organisationId'] = t('validation.chooseOne');
    if (form.name.trim().length < 2) found['name'] = t('validation.nameLength');
    if (form.address.trim().length < 3) found['address'] = t('validation.required');
    if (!form.municipalityCode) found['municipalityCode'] = t('validation.chooseOne');
    if (errors.fail(found)) return;
    errors.clear();
    create.mutate(
      {
        organisationId: form.organisationId,
        name: form.name.trim(),
        address: form.address.trim(),
        municipalityCode: form.municipalityCode,
        expertiseTags: form.expertiseTags.filter(isExpertiseTag),
      },
      {
        onSuccess: (location) => {
          setForm(EMPTY);
          onDone(t('capacity.create.saved', { name: location.name }));
        },
        onError: (error) => void errors.fromApi(error),
      },
    );
  };

  return (
    <form className="sp-form" onSubmit={submit} noValidate data-testid="location-create-form">
      <ErrorSummary title={t('intake.errorTitle')} items={errors.summary} focusSignal={errors.focusSignal} />
      {create.error && !isApiError(create.error, 'VALIDATION_FAILED') ? <ErrorAlert error={create.error} /> : null}
      {organisations.isError ? <ErrorAlert error={organisations.error} /> : null}
      <SelectField
        id="new-location-organisationId"
        label={t('capacity.create.provider')}
        emptyOption={t('capacity.create.chooseProvider')}
        options={providers.map((org) => ({ value: org.id, label: org.name }))}
        value={form.organisationId}
        error={errors.fields['organisationId']}
        onChange={(event) => setForm({ ...form, organisationId: event.target.value })}
      />
      <TextField
        id="new-location-name"
        label={t('capacity.edit.name')}
        value={form.name}
        error={errors.fields['name']}
        onChange={(event) => setForm({ ...form, name: event.target.value })}
      />
      <TextField
        id="new-location-address"
        label={t('capacity.edit.address')}
        value={form.address}
        error={errors.fields['address']}
        onChange={(event) => setForm({ ...form, address: event.target.value })}
      />
      <SelectField
        id="new-location-municipalityCode"
        label={t('capacity.edit.municipality')}
        emptyOption=""
        options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
        value={form.municipalityCode}
        error={errors.fields['municipalityCode']}
        onChange={(event) => setForm({ ...form, municipalityCode: event.target.value })}
      />
      <CheckboxGroup
        id="new-location-expertiseTags"
        legend={t('capacity.edit.expertise')}
        description={t('capacity.edit.expertiseHelp')}
        options={expertiseOptions(t)}
        value={form.expertiseTags}
        error={errors.fields['expertiseTags']}
        onChange={(expertiseTags) => setForm({ ...form, expertiseTags })}
      />
      <div className="sp-actions">
        <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
          {t('capacity.create.submit')}
        </Button>
      </div>
    </form>
  );
}
