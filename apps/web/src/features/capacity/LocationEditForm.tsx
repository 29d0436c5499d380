import { UpdateLocationRequest, type LocationDetail } from '@springplank/contract';
import { Heading2 } from '@utrecht/component-library-react';
import { useRegion } from '../../shared/api/session';
import { useT } from '../../shared/i18n/useT';
import { expertiseOptions } from '../../shared/labels/services';
import {
  ApiForm,
  FormCheckbox,
  FormCheckboxGroup,
  FormSelect,
  FormText,
  SubmitButton,
  useApiForm,
} from '../../shared/ui/form';
import { useUpdateLocation } from './api';

/** The edit form sends every field: name, address and municipality may change but not be emptied. */
const LocationForm = UpdateLocationRequest.required({ name: true, address: true, municipalityCode: true });

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
  const form = useApiForm({
    id: 'location',
    schema: LocationForm,
    defaultValues: {
      name: location.name,
      address: location.address,
      municipalityCode: location.municipalityCode,
      active: location.active,
      expertiseTags: [...location.expertiseTags],
    },
    submit: (values) => update.mutateAsync(values),
    onSuccess: () => onDone(t('capacity.edit.saved')),
  });
  const municipalities = region.data?.municipalities ?? [
    { code: location.municipalityCode, name: location.municipalityName },
  ];

  return (
    <section className="sp-section sp-panel" aria-labelledby="location-edit">
      <Heading2 id="location-edit">{t('capacity.edit.title')}</Heading2>
      <ApiForm form={form} testId="location-edit-form">
        <FormText name="name" label={t('capacity.edit.name')} />
        <FormText name="address" label={t('capacity.edit.address')} />
        <FormSelect
          name="municipalityCode"
          label={t('capacity.edit.municipality')}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
        />
        <FormCheckbox name="active" label={t('capacity.edit.active')} />
        <FormCheckboxGroup
          name="expertiseTags"
          legend={t('capacity.edit.expertise')}
          description={t('capacity.edit.expertiseHelp')}
          options={expertiseOptions(t)}
        />
        <div className="sp-actions">
          <SubmitButton>{t('capacity.edit.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
