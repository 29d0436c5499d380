import type { MonitorTarget, MonitorTargetInput, MonitorTargetKey } from '@springplank/contract';
import {
  Button,
  FormFieldErrorMessage,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorSummary, type SummaryItem } from '../../../shared/ui/ErrorSummary';
import { ErrorAlert, SuccessAlert } from '../../../shared/ui/feedback';
import { ScrollRegion } from '../../../shared/ui/ScrollRegion';
import { useSaveMonitorTargets } from './api';

type Column = 'baseline' | 'targetMoment' | 'value';
type Values = Record<MonitorTargetKey, Record<Column, string>>;

const COLUMNS: readonly Column[] = ['baseline', 'targetMoment', 'value'];
const ISSUE_PATH = /^(?:body\.)?targets\.(\d+)\.(\w+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** Shares are edited as percentages (33.33), stored as fractions (0.3333). */
function shown(target: MonitorTarget): string {
  const value = target.unit === 'share' ? target.value * 100 : target.value;
  return String(Math.round(value * 10_000) / 10_000);
}

function toValues(targets: MonitorTarget[]): Values {
  const values = {} as Values;
  for (const target of targets) {
    const byYear = target.period === 'year';
    values[target.key] = {
      baseline: (byYear ? String(target.baselineYear ?? '') : target.baselineDate) ?? '',
      targetMoment: (byYear ? String(target.targetYear ?? '') : target.targetDate) ?? '',
      value: shown(target),
    };
  }
  return values;
}

const fieldId = (key: MonitorTargetKey, column: Column) => `target-${key}-${column}`;

/** The targets as one table (moment of the baseline, target moment, value), saved together. */
export function TargetsForm({ initial }: { initial: MonitorTarget[] }) {
  const t = useT();
  const save = useSaveMonitorTargets();
  const [targets, setTargets] = useState(initial);
  const [values, setValues] = useState<Values>(() => toValues(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusSignal, setFocusSignal] = useState(0);
  const [saved, setSaved] = useState(false);

  const columnLabel = (column: Column) => t(`targets.col.${column}`);
  const label = (key: MonitorTargetKey, column: Column) =>
    t('targets.field', { target: t(`targets.key.${key}`), column: columnLabel(column) });

  const fail = (fields: Record<string, string>, items: SummaryItem[]) => {
    setErrors(fields);
    setSummary(items);
    setFocusSignal((signal) => signal + 1);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const fields: Record<string, string> = {};
    const items: SummaryItem[] = [];
    const problem = (key: MonitorTargetKey, column: Column, message: string) => {
      const id = fieldId(key, column);
      fields[id] = message;
      items.push({ key: id, targetId: id, message: `${label(key, column)}: ${message}` });
    };
    const input: MonitorTargetInput[] = targets.map((target) => {
      const row = values[target.key];
      const byYear = target.period === 'year';
      for (const column of ['baseline', 'targetMoment'] as const) {
        const text = row[column].trim();
        if (byYear ? !YEAR.test(text) : !DATE.test(text)) {
          problem(target.key, column, t(byYear ? 'targets.invalidYear' : 'targets.invalidDate'));
        }
      }
      const number = Number(row.value.trim().replace(',', '.'));
      if (row.value.trim() === '' || !Number.isFinite(number)) problem(target.key, 'value', t('targets.invalidNumber'));
      return {
        key: target.key,
        baselineDate: byYear ? null : row.baseline.trim(),
        targetDate: byYear ? null : row.targetMoment.trim(),
        baselineYear: byYear ? Number(row.baseline.trim()) : null,
        targetYear: byYear ? Number(row.targetMoment.trim()) : null,
        // An untouched value keeps its exact stored form (1/3 is not 33.3333 %).
        value: row.value === shown(target) ? target.value : target.unit === 'share' ? number / 100 : number,
      };
    });
    if (items.length > 0) {
      fail(fields, items);
      return;
    }
    setErrors({});
    setSummary([]);
    save.mutate(
      { targets: input },
      {
        onSuccess: (result) => {
          setTargets(result.items);
          setValues(toValues(result.items));
          setSaved(true);
        },
        onError: (error) => {
          if (!isApiError(error, 'VALIDATION_FAILED')) return;
          const serverFields: Record<string, string> = {};
          const serverItems: SummaryItem[] = error.issues.map((issue, position) => {
            const match = ISSUE_PATH.exec(issue.path);
            const target = match ? targets[Number(match[1])] : undefined;
            const column: Column | undefined = match
              ? (
                  {
                    baselineDate: 'baseline',
                    baselineYear: 'baseline',
                    targetDate: 'targetMoment',
                    targetYear: 'targetMoment',
                    value: 'value',
                  } as const
                )[match[2] as 'value']
              : undefined;
            if (!target || !column) return { key: `issue-${position}`, message: issue.message };
            const id = fieldId(target.key, column);
            serverFields[id] ??= issue.message;
            return {
              key: `${id}-${position}`,
              targetId: id,
              message: `${label(target.key, column)}: ${issue.message}`,
            };
          });
          if (serverItems.length === 0) serverItems.push({ key: 'issue', message: error.message });
          fail(serverFields, serverItems);
        },
      },
    );
  };

  const change = (key: MonitorTargetKey, column: Column, value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: { ...current[key], [column]: value } }));
  };

  return (
    <form className="sp-form" onSubmit={submit} noValidate aria-labelledby="targets-title">
      <ErrorSummary
        title={t('targets.errorsTitle')}
        intro={t('targets.errorsIntro')}
        items={summary}
        focusSignal={focusSignal}
      />
      {save.error && !isApiError(save.error, 'VALIDATION_FAILED') ? <ErrorAlert error={save.error} /> : null}
      {saved ? <SuccessAlert testId="targets-saved">{t('targets.saved')}</SuccessAlert> : null}
      <ScrollRegion label={t('targets.caption')}>
        <Table data-testid="targets-table">
          <TableCaption>{t('targets.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('targets.col.target')}</TableHeaderCell>
              {COLUMNS.map((column) => (
                <TableHeaderCell key={column} scope="col">
                  {columnLabel(column)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {targets.map((target) => (
              <TableRow key={target.key}>
                <TableHeaderCell scope="row">{t(`targets.key.${target.key}`)}</TableHeaderCell>
                {COLUMNS.map((column) => {
                  const id = fieldId(target.key, column);
                  const error = errors[id];
                  return (
                    <TableCell key={column}>
                      {error ? (
                        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
                          {error}
                        </FormFieldErrorMessage>
                      ) : null}
                      <Textbox
                        id={id}
                        name={id}
                        inputMode={column === 'value' ? 'decimal' : 'numeric'}
                        autoComplete="off"
                        aria-label={label(target.key, column)}
                        aria-describedby={error ? `${id}-error` : undefined}
                        invalid={Boolean(error)}
                        value={values[target.key][column]}
                        onChange={(event) => change(target.key, column, event.target.value)}
                      />
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <div className="sp-actions">
        <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
          {t('targets.save')}
        </Button>
      </div>
    </form>
  );
}
