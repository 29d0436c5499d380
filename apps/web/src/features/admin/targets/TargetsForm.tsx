import type { MonitorTarget } from '@springplank/contract';
import { useMemo, useState } from 'react';
import { useT } from '../../../shared/i18n/useT';
import { SuccessAlert } from '../../../shared/ui/feedback';
import { ApiForm, FormCell, FormTable, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { useSaveMonitorTargets } from './api';
import { targetFormValues, targetsFormSchema } from './targetsForm';

type Column = 'baseline' | 'targetMoment' | 'value';
const COLUMNS: readonly Column[] = ['baseline', 'targetMoment', 'value'];

/** The value's name in the form for one row and column: dates or years, by the target's period. */
function fieldName(index: number, target: MonitorTarget, column: Column): string {
  const byYear = target.period === 'year';
  if (column === 'value') return `targets.${index}.value`;
  if (column === 'baseline') return `targets.${index}.${byYear ? 'baselineYear' : 'baselineDate'}`;
  return `targets.${index}.${byYear ? 'targetYear' : 'targetDate'}`;
}

/** The targets as one table (moment of the baseline, target moment, value), saved together. */
export function TargetsForm({ initial }: { initial: MonitorTarget[] }) {
  const t = useT();
  const save = useSaveMonitorTargets();
  const [targets, setTargets] = useState(initial);
  const schema = useMemo(() => targetsFormSchema(targets), [targets]);
  const form = useApiForm({
    id: 'target',
    schema,
    defaultValues: { targets: targetFormValues(initial) },
    submit: (values) => save.mutateAsync(values),
    onSuccess: (result) => {
      setTargets(result.items);
      form.methods.reset({ targets: targetFormValues(result.items) });
    },
  });
  // "Saved" until the next change: a reset after saving leaves the form untouched.
  const saved = save.isSuccess && !form.methods.formState.isDirty;

  const columnLabel = (column: Column) => t(`targets.col.${column}`);
  const label = (target: MonitorTarget, column: Column) =>
    t('targets.field', { target: t.enum('monitorTargetKey', target.key), column: columnLabel(column) });

  return (
    <ApiForm
      form={form}
      summaryTitle={t('targets.errorsTitle')}
      summaryIntro={t('targets.errorsIntro')}
      aria-labelledby="targets-title"
    >
      {saved ? <SuccessAlert testId="targets-saved">{t('targets.saved')}</SuccessAlert> : null}
      <FormTable
        caption={t('targets.caption')}
        testId="targets-table"
        columns={[t('targets.col.target'), ...COLUMNS.map(columnLabel)]}
        rows={targets.map((target, index) => ({
          key: target.key,
          header: t.enum('monitorTargetKey', target.key),
          cells: COLUMNS.map((column) => (
            <FormCell
              key={column}
              name={fieldName(index, target, column)}
              kind={column === 'value' || target.period === 'year' ? 'number' : 'date'}
              inputMode={column === 'value' ? 'decimal' : target.period === 'year' ? 'numeric' : undefined}
              label={label(target, column)}
            />
          )),
        }))}
      />
      <div className="sp-actions">
        <SubmitButton>{t('targets.save')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
