import { useFormContext, useWatch } from 'react-hook-form';
import { useT } from '../../../shared/i18n/useT';
import { FormRadioGroup } from '../../../shared/ui/form';
import { AcuteAdvice } from '../AcuteAdvice';
import type { ReportFormValues } from './model';
import { StepHeading } from './StepLegend';

/** "Is er nu direct gevaar?": Ja shows the 112 and crisis-service advice at once. */
export function AcuteDangerStep() {
  const t = useT();
  const { control } = useFormContext<ReportFormValues>();
  const acuteDanger = useWatch({ control, name: 'acuteDanger' });
  return (
    <FormRadioGroup
      name="acuteDanger"
      id="acuteDanger"
      legend={t('report.acute.legend')}
      heading={<StepHeading>{t('report.acute.legend')}</StepHeading>}
      description={t('report.acute.description')}
      options={[
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
    >
      {acuteDanger === 'yes' ? <AcuteAdvice recorded testId="acute-advice" /> : null}
    </FormRadioGroup>
  );
}
