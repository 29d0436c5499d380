import type { Municipality } from '@springplank/contract';
import { ORGANISATION_KINDS, type OrganisationKind } from '@springplank/domain';
import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf } from '../../../shared/ui/feedback';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../../shared/ui/fields';
import { RouterLink } from '../../../shared/ui/RouterLink';

/** The values the organisation form edits. */
export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | '';
  municipalityCodes: string[];
  active: boolean;
}

/** Props of the organisation form; `mode` decides which fields are shown. */
export interface OrganisationFormProps {
  mode: 'create' | 'edit';
  initial: OrganisationFormValues;
  municipalities: Municipality[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: OrganisationFormValues) => void;
}

/** Form for a new or existing organisation: name, kind (new only), municipalities, active (existing only). */
export function OrganisationForm(props: OrganisationFormProps) {
  const { mode, initial, municipalities, submitLabel, pending, error, onSubmit } = props;
  const t = useT();
  const [values, setValues] = useState<OrganisationFormValues>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(error), ...clientErrors };
  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found: Record<string, string> = {};
    if (values.name.trim().length < 2)
      found['name'] = values.name.trim() ? t('validation.nameLength') : t('validation.required');
    if (mode === 'create' && !values.kind) found['kind'] = t('validation.chooseOne');
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    onSubmit({ ...values, name: values.name.trim() });
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form className="sp-form" onSubmit={submit} noValidate>
      {hasFieldErrors ? <ErrorAlert error={null}>{t('common.fixErrors')}</ErrorAlert> : null}
      {error && !isApiError(error, 'VALIDATION_FAILED') ? <ErrorAlert error={error} /> : null}
      <TextField
        id="name"
        label={t('orgs.field.name')}
        autoComplete="organization"
        value={values.name}
        error={errors['name']}
        onChange={(event) => set('name', event.target.value)}
      />
      {mode === 'create' ? (
        <SelectField
          id="kind"
          label={t('orgs.field.kind')}
          description={t('orgs.field.kindDescription')}
          emptyOption={t('common.chooseOption')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) }))}
          value={values.kind}
          error={errors['kind']}
          onChange={(event) => set('kind', event.target.value as OrganisationKind | '')}
        />
      ) : null}
      <CheckboxGroup
        id="municipalityCodes"
        legend={t('orgs.field.municipalities')}
        description={t('orgs.field.municipalitiesDescription')}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
        value={values.municipalityCodes}
        error={errors['municipalityCodes']}
        onChange={(codes) => set('municipalityCodes', codes)}
      />
      {mode === 'edit' ? (
        <CheckboxField
          id="active"
          label={t('orgs.field.active')}
          description={t('orgs.field.activeDescription')}
          checked={values.active}
          error={errors['active']}
          onChange={(checked) => set('active', checked)}
        />
      ) : null}
      <div className="sp-actions">
        <Button type="submit" appearance="primary-action-button" busy={pending}>
          {submitLabel}
        </Button>
        <RouterLink to="/beheer/organisaties">{t('common.cancel')}</RouterLink>
      </div>
    </form>
  );
}
