import { useT } from '../../../shared/i18n/useT';
import { FormCheckboxGroup, FormTextarea } from '../../../shared/ui/form';
import { categoryOptions } from '../labels';
import { StepHeading } from './StepLegend';

/** "Waar maakt u zich zorgen over?": the categories, then "Wat ziet of hoort u?". */
export function ConcernStep() {
  const t = useT();
  return (
    <>
      <FormCheckboxGroup
        name="categories"
        id="categories"
        legend={t('report.categories.legend')}
        heading={<StepHeading>{t('report.categories.legend')}</StepHeading>}
        description={t('report.categories.description')}
        options={categoryOptions(t)}
      />
      <FormTextarea
        name="concern"
        id="concern"
        label={t('report.concern.label')}
        description={t('report.concern.description')}
        rows={6}
      />
    </>
  );
}
