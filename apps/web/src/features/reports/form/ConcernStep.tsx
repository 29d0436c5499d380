import type { ReportCategory } from '@springplank/contract';
import { useT } from '../../../shared/i18n/useT';
import { CheckboxGroup } from '../../../shared/ui/fields';
import { TextareaField } from '../../../shared/ui/TextareaField';
import { categoryOptions } from '../labels';
import { StepHeading } from './StepLegend';
import type { StepProps } from './types';

/** "Waar maakt u zich zorgen over?": the categories, then "Wat ziet of hoort u?". */
export function ConcernStep({ values, onChange, errors }: StepProps) {
  const t = useT();
  return (
    <>
      <CheckboxGroup
        id="categories"
        legend={<StepHeading>{t('report.categories.legend')}</StepHeading>}
        description={t('report.categories.description')}
        options={categoryOptions(t)}
        value={values.categories}
        error={errors.categories}
        onChange={(categories) => onChange({ categories: categories as ReportCategory[] })}
      />
      <TextareaField
        id="concern"
        label={t('report.concern.label')}
        description={t('report.concern.description')}
        rows={6}
        value={values.concern}
        error={errors.concern}
        onChange={(event) => onChange({ concern: event.target.value })}
      />
    </>
  );
}
