import type { LocationDetail } from '@springplank/contract';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../shared/ui/fields';
import { useRegion } from '../../shared/api/session';
import { useUpdateLocation } from './api';
import { expertiseOptions, isExpertiseTag } from '../../shared/labels/services';
import { useFormErrors } from '../../shared/ui/legacy/useFieldErrors';

const LABELS = {
  name: 'capacity.edit.name',
  address: 'capacity.edit.address',
  municipalityCode: 'capacity.edit.municipality',
  expertiseTags: 'capacity.edit.expertise',
} as const;

/** "Gegevens van de locatie": name, address, municipality, active, and the expertise tags. */
export function LocationEditForm({
  location,
  onDone,
}: {
  location: LocationDetail;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const region = useRegion();
  const update = useUpdateLocation(location.id);
  const [form, setForm] = useState({
    name: location.name,
    address: location.address,
    municipalityCode: location.municipalityCode,
    active: location.active,
    expertiseTags: [...location.expertiseTags] as string[],
  });
  const errors = useFormErrors(
    (field) => `location-${field}`,
    (field) => t(LABELS[field as keyof typeof LABELS] ?? 'capacity.edit.title'),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const found: Record<string, string> = {};
    if (form.name.trim().length < 2) found['name'] = t('validation.nameLength');
    if (form.address.trim().length < 3) found['address'] = t('validation.required');
    if (errors.fail(found)) return;
    errors.clear();
    update.mutate(
      {
        name: form.name.trim(),
        address: form.address.trim(),
        municipalityCode: form.municipalityCode,
        active: form.active,
        expertiseTags: form.expertiseTags.filter(isExpertiseTag),
      },
      { onSuccess: () => onDone(t('capacity.edit.saved')), onError: (error) => void errors.fromApi(error) },
    );
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="location-edit">
      <Heading2 id="location-edit">{t('capacity.edit.title')}</Heading2>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="location-edit-form">
        <ErrorSummary title={t('intake.errorTitle')} items={errors.summary} focusSignal={errors.focusSignal} />
        {update.error && !isApiError(update.error, 'VALIDATION_FAILED') ? <ErrorAlert error={update.error} /> : null}
        <TextField
          id="location-name"
          label={t('capacity.edit.name')}
          value={form.name}
          error={errors.fields['name']}
          onChange={(event) => setForm({ ...form, name: event.target.value })}
        />
        <TextField
          id="location-address"
          label={t('capacity.edit.address')}
          value={form.address}
          error={errors.fields['address']}
          onChange={(event) => setForm({ ...form, address: event.target.value })}
        />
        <SelectField
          id="location-municipalityCode"
          label={t('capacity.edit.municipality')}
          options={(
            region.data?.municipalities ?? [{ code: location.municipalityCode, name: location.municipalityName }]
          ).map((m) => ({ value: m.code, label: m.name }))}
          value={form.municipalityCode}
          error={errors.fields['municipalityCode']}
          onChange={(event) => setForm({ ...form, municipalityCode: event.target.value })}
        />
        <CheckboxField
          id="location-active"
          label={t('capacity.edit.active')}
          checked={form.active}
          onChange={(active) => setForm({ ...form, active })}
        />
        <CheckboxGroup
          id="location-expertiseTags"
          legend={t('capacity.edit.expertise')}
          description={t('capacity.edit.expertiseHelp')}
          options={expertiseOptions(t)}
          value={form.expertiseTags}
          error={errors.fields['expertiseTags']}
          onChange={(expertiseTags) => setForm({ ...form, expertiseTags })}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={update.isPending}>
            {t('capacity.edit.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
