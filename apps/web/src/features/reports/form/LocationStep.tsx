import { Fieldset } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { SelectField, TextField } from '../../../shared/ui/fields';
import { usePublicMunicipalities } from '../api';
import { StepLegend } from './StepLegend';
import type { StepProps } from './types';

/** "Waar is het?": the municipality (from the public list), an address or place, and the district. */
export function LocationStep({ values, onChange, errors }: StepProps) {
  const t = useT();
  const municipalities = usePublicMunicipalities();
  const options = (municipalities.data?.items ?? [])
    .map((m) => ({ value: m.code, label: m.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return (
    <Fieldset id="location">
      <StepLegend>{t('report.location.legend')}</StepLegend>
      <div className="sp-step-fields">
        {municipalities.isPending ? <Loading>{t('report.location.loading')}</Loading> : null}
        {municipalities.isError ? (
          <ErrorAlert error={municipalities.error} onRetry={() => void municipalities.refetch()}>
            {t('report.location.loadFailed')}
          </ErrorAlert>
        ) : null}
        <SelectField
          id="location-municipality"
          label={t('report.location.municipality')}
          description={t('report.location.municipalityDescription')}
          emptyOption={t('report.location.municipalityEmpty')}
          options={options}
          value={values.municipalityCode}
          error={errors['location-municipality']}
          onChange={(event) => onChange({ municipalityCode: event.target.value })}
        />
        <TextField
          id="location-address"
          label={t('report.location.address')}
          description={t('report.location.addressDescription')}
          optional
          autoComplete="off"
          maxLength={300}
          value={values.locationAddress}
          error={errors['location-address']}
          onChange={(event) => onChange({ locationAddress: event.target.value })}
        />
        <TextField
          id="location-district"
          label={t('report.location.district')}
          optional
          autoComplete="off"
          maxLength={200}
          value={values.district}
          error={errors['location-district']}
          onChange={(event) => onChange({ district: event.target.value })}
        />
      </div>
    </Fieldset>
  );
}
