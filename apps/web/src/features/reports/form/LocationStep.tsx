import { Fieldset } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { FormSelect, FormText } from '../../../shared/ui/form';
import { usePublicMunicipalities } from '../api';
import { StepLegend } from './StepLegend';

/** "Waar is het?": the municipality (from the public list), an address or place, and the district. */
export function LocationStep() {
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
        <FormSelect
          name="location.municipalityCode"
          id="location-municipality"
          label={t('report.location.municipality')}
          description={t('report.location.municipalityDescription')}
          placeholder={t('report.location.municipalityEmpty')}
          options={options}
        />
        <FormText
          name="location.address"
          id="location-address"
          label={t('report.location.address')}
          description={t('report.location.addressDescription')}
          optional
          autoComplete="off"
        />
        <FormText
          name="location.district"
          id="location-district"
          label={t('report.location.district')}
          optional
          autoComplete="off"
        />
      </div>
    </Fieldset>
  );
}
