import { useT } from '../../../shared/i18n/useT';
import { RadioGroup } from '../../../shared/ui/RadioGroup';
import { AcuteAdvice } from '../AcuteAdvice';
import { StepHeading } from './StepLegend';
import type { StepProps } from './types';

/** "Is er nu direct gevaar?": Ja shows the 112 and crisis-service advice at once. */
export function AcuteDangerStep({ values, onChange, errors }: StepProps) {
  const t = useT();
  return (
    <RadioGroup
      id="acuteDanger"
      legend={<StepHeading>{t('report.acute.legend')}</StepHeading>}
      description={t('report.acute.description')}
      options={[
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
      value={values.acuteDanger}
      error={errors.acuteDanger}
      onChange={(value) => onChange({ acuteDanger: value === 'yes' ? 'yes' : 'no' })}
    >
      {values.acuteDanger === 'yes' ? <AcuteAdvice recorded testId="acute-advice" /> : null}
    </RadioGroup>
  );
}
