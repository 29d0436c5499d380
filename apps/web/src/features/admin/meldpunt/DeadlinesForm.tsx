import { URGENCIES, type DeadlineRulesBody, type Urgency } from '@springplank/contract';
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
import { useSaveDeadlineRules } from './api';

type DeadlineField = 'triageWorkingDays' | 'firstContactWorkingDays';
type DeadlineValues = Record<Urgency, Record<DeadlineField, string>>;

const FIELDS: readonly DeadlineField[] = ['triageWorkingDays', 'firstContactWorkingDays'];
const ISSUE_PATH = /^(?:body\.)?rules\.(acute|high|normal|low)\.(triageWorkingDays|firstContactWorkingDays)$/;

function toValues(body: DeadlineRulesBody): DeadlineValues {
  const values = {} as DeadlineValues;
  for (const urgency of URGENCIES) {
    const rule = body.rules[urgency];
    values[urgency] = {
      triageWorkingDays: rule ? String(rule.triageWorkingDays) : '',
      firstContactWorkingDays: rule ? String(rule.firstContactWorkingDays) : '',
    };
  }
  return values;
}

function fieldId(urgency: Urgency, field: DeadlineField): string {
  return `deadline-${urgency}-${field}`;
}

/** A table with the triage and first-contact deadline per urgency, saved together. */
export function DeadlinesForm({ initial }: { initial: DeadlineRulesBody }) {
  const t = useT();
  const save = useSaveDeadlineRules();
  const [values, setValues] = useState<DeadlineValues>(() => toValues(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusSignal, setFocusSignal] = useState(0);
  const [saved, setSaved] = useState(false);

  const columnLabel = (field: DeadlineField) =>
    field === 'triageWorkingDays' ? t('settings.deadlines.triage') : t('settings.deadlines.firstContact');
  const inputLabel = (urgency: Urgency, field: DeadlineField) =>
    t('settings.deadlines.fieldLabel', { column: columnLabel(field), urgency: t(`urgency.${urgency}`) });

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
    const rules = {} as DeadlineRulesBody['rules'];
    for (const urgency of URGENCIES) {
      const [triage, firstContact] = FIELDS.map((field) => {
        const text = values[urgency][field].trim();
        const number = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
        if (!(number >= 0 && number <= 60)) {
          const id = fieldId(urgency, field);
          fields[id] = t('settings.deadlines.invalid');
          items.push({ key: id, targetId: id, message: `${inputLabel(urgency, field)}: ${fields[id]}` });
        }
        return number;
      });
      rules[urgency] = { triageWorkingDays: triage ?? NaN, firstContactWorkingDays: firstContact ?? NaN };
    }
    if (items.length > 0) {
      fail(fields, items);
      return;
    }
    setErrors({});
    setSummary([]);
    save.mutate(
      { rules },
      {
        onSuccess: (result) => {
          setValues(toValues(result));
          setSaved(true);
        },
        onError: (error) => {
          if (!isApiError(error, 'VALIDATION_FAILED')) return;
          const serverFields: Record<string, string> = {};
          const serverItems: SummaryItem[] = error.issues.map((issue, position) => {
            const match = ISSUE_PATH.exec(issue.path);
            if (!match) return { key: `issue-${position}`, message: issue.message };
            const urgency = match[1] as Urgency;
            const field = match[2] as DeadlineField;
            const id = fieldId(urgency, field);
            serverFields[id] ??= issue.message;
            return { key: id, targetId: id, message: `${inputLabel(urgency, field)}: ${issue.message}` };
          });
          if (serverItems.length === 0) serverItems.push({ key: 'issue', message: error.message });
          fail(serverFields, serverItems);
        },
      },
    );
  };

  const change = (urgency: Urgency, field: DeadlineField, value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [urgency]: { ...current[urgency], [field]: value } }));
  };

  return (
    <form className="sp-form" onSubmit={submit} noValidate aria-labelledby="deadlines-title">
      <ErrorSummary
        title={t('settings.errors.title')}
        intro={t('settings.errors.intro')}
        items={summary}
        focusSignal={focusSignal}
      />
      {save.error && !isApiError(save.error, 'VALIDATION_FAILED') ? <ErrorAlert error={save.error} /> : null}
      {saved ? <SuccessAlert testId="deadlines-saved">{t('settings.deadlines.saved')}</SuccessAlert> : null}
      <ScrollRegion label={t('settings.deadlines.caption')}>
        <Table data-testid="deadlines-table" className="sp-deadlines-table">
          <TableCaption>{t('settings.deadlines.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('settings.deadlines.urgency')}</TableHeaderCell>
              {FIELDS.map((field) => (
                <TableHeaderCell key={field} scope="col">
                  {columnLabel(field)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {URGENCIES.map((urgency) => (
              <TableRow key={urgency}>
                <TableHeaderCell scope="row">{t(`urgency.${urgency}`)}</TableHeaderCell>
                {FIELDS.map((field) => {
                  const id = fieldId(urgency, field);
                  const error = errors[id];
                  return (
                    <TableCell key={field}>
                      {error ? (
                        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
                          {error}
                        </FormFieldErrorMessage>
                      ) : null}
                      <Textbox
                        id={id}
                        name={id}
                        className="sp-number-input"
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={inputLabel(urgency, field)}
                        aria-describedby={error ? `${id}-error` : undefined}
                        invalid={Boolean(error)}
                        value={values[urgency][field]}
                        onChange={(event) => change(urgency, field, event.target.value)}
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
          {t('settings.deadlines.save')}
        </Button>
      </div>
    </form>
  );
}
