import type { Municipality } from '@springplank/contract';
import { ORGANISATION_KINDS } from '@springplank/domain';
import { useT } from '../../../shared/i18n/useT';
import {
  ApiForm,
  FormCheckbox,
  FormCheckboxGroup,
  FormSelect,
  FormText,
  SubmitButton,
  type ApiFormHandle,
  type FormSchema,
} from '../../../shared/ui/form';
import { RouterLink } from '../../../shared/ui/RouterLink';

/** Props of the organisation form; `mode` decides which fields are shown. */
export interface OrganisationFormProps<TSchema extends FormSchema> {
  mode: 'create' | 'edit';
  /** The page's useApiForm over the create or the change request of the contract. */
  form: ApiFormHandle<TSchema>;
  municipalities: Municipality[];
  submitLabel: string;
}

/**
 * The fields of a new or existing organisation: name, kind (new only, it never changes),
 * municipalities, active (existing only). The page owns the form and what saving does.
 */
export function OrganisationForm<TSchema extends FormSchema>({
  mode,
  form,
  municipalities,
  submitLabel,
}: OrganisationFormProps<TSchema>) {
  const t = useT();
  return (
    <ApiForm form={form}>
      <FormText name="name" label={t('orgs.field.name')} autoComplete="organization" />
      {mode === 'create' ? (
        <FormSelect
          name="kind"
          label={t('orgs.field.kind')}
          description={t('orgs.field.kindDescription')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t.enum('organisationKind', kind) }))}
        />
      ) : null}
      <FormCheckboxGroup
        name="municipalityCodes"
        legend={t('orgs.field.municipalities')}
        description={t('orgs.field.municipalitiesDescription')}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
      />
      {mode === 'edit' ? (
        <FormCheckbox name="active" label={t('orgs.field.active')} description={t('orgs.field.activeDescription')} />
      ) : null}
      <div className="sp-actions">
        <SubmitButton>{submitLabel}</SubmitButton>
        <RouterLink to="/beheer/organisaties">{t('common.cancel')}</RouterLink>
      </div>
    </ApiForm>
  );
}
