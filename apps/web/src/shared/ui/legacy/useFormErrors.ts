// Legacy form-error helper, moved here from a feature so features no longer import each other.
// Delete it when the last form using it has moved to shared/ui/form (issue 11, phase 2).

import { useCallback, useState } from 'react';
import { isApiError } from '../../api/client';
import { serverIssueText } from '../../i18n/issue-messages';
import { useI18n } from '../../i18n/useT';
import type { SummaryItem } from '../ErrorSummary';

/** A field of a form: the API's field name and the id of the input it belongs to. */
export interface FormField {
  name: string;
  id: string;
  label: string;
}

/**
 * Errors of a small form, for the fields and the ErrorSummary alike: client checks with
 * `fail`, and an API error's VALIDATION_FAILED issues with `failFromApi` (by field name).
 */
export function useFormErrors(fields: FormField[]) {
  const { locale } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusSignal, setFocusSignal] = useState(0);

  const fail = useCallback(
    (found: Record<string, string>) => {
      const items = fields
        .filter((field) => found[field.name])
        .map((field) => ({ key: field.id, targetId: field.id, message: `${field.label}: ${found[field.name]}` }));
      setErrors(found);
      setSummary(items);
      setFocusSignal((signal) => signal + 1);
    },
    [fields],
  );

  /** Show the API's field problems; returns false when the error was not about fields. */
  const failFromApi = useCallback(
    (error: unknown): boolean => {
      if (!isApiError(error, 'VALIDATION_FAILED') || error.issues.length === 0) return false;
      const found: Record<string, string> = {};
      for (const issue of error.issues) {
        const name = issue.path.replace(/^(body|query|params)\./, '').split('.')[0] ?? issue.path;
        found[name] ??= serverIssueText(locale, issue);
      }
      if (!fields.some((field) => found[field.name])) return false;
      fail(found);
      return true;
    },
    [fail, fields, locale],
  );

  const clear = useCallback(() => {
    setErrors({});
    setSummary([]);
  }, []);

  return { errors, summary, focusSignal, fail, failFromApi, clear };
}

/** Whether a value is a calendar date as a date input gives it (YYYY-MM-DD). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}
