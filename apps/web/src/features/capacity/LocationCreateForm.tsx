import { CreateLocationRequest } from '@springplank/contract';
import { useT } from '../../shared/i18n/useT';
import { useOrganisations } from '../../shared/api/organisations';
import { useRegion } from '../../shared/api/session';
import { expertiseOptions } from '../../shared/labels/services';
import { ErrorAlert } from '../../shared/ui/feedback';
import { ApiForm, FormCheckboxGroup, FormSelect, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useCreateLocation } from './api';

/** Add a location for a provider organisation (functioneel beheer). */
export function LocationCreateForm({ onDone }: { onDone: (message: string) => void }) {
  const t = useT();
  const organisations = useOrganisations();
  const region = useRegion();
  const create = useCreateLocation();
  const form = useApiForm({
    id: 'new-location',
    schema: CreateLocationRequest,
    defaultValues: { name: '', address: '', expertiseTags: [] },
    submit: (values) => create.mutateAsync(values),
    onSuccess: (location) => {
      form.methods.reset();
      onDone(t('capacity.create.saved', { name: location.name }));
    },
  });
  const providers = (organisations.data?.items ?? []).filter((org) => org.kind === 'provider' && org.active);

  return (
    <ApiForm form={form} testId="location-create-form">
      {organisations.isError ? <ErrorAlert error={organisations.error} /> : null}
      <FormSelect
        name="organisationId"
        label={t('capacity.create.provider')}
        placeholder={t('capacity.create.chooseProvider')}
        options={providers.map((org) => ({ value: org.id, label: org.name }))}
      />
      <FormText name="name" label={t('capacity.edit.name')} />
      <FormText name="address" label={t('capacity.edit.address')} />
      <FormSelect
        name="municipalityCode"
        label={t('capacity.edit.municipality')}
        options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
      />
      <FormCheckboxGroup
        name="expertiseTags"
        legend={t('capacity.edit.expertise')}
        description={t('capacity.edit.expertiseHelp')}
        options={expertiseOptions(t)}
      />
      <div className="sp-actions">
        <SubmitButton>{t('capacity.create.submit')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
