// Legacy form-error helper, moved here from a feature so features no longer import each other.
// Delete it when the last form using it has moved to shared/ui/form (issue 11, phase 2).

import { useState } from 'react';
import { isApiError } from '../../api/client';
import type { SummaryItem } from '../ErrorSummary';
import { fieldErrorsOf } from '../feedback';
import { useI18n } from '../../i18n/useT';

/**
 * Field errors plus the matching ErrorSummary items for one form. `fields` maps a field's
 * name (as the API names it) to its message; `idOf` turns a name into the input's id, and
 * `labelOf` into its label, so the summary links to the field and says which one it is.
 */
export function useFormErrors(idOf: (field: string) => string, labelOf: (field: string) => string) {
  const { locale } = useI18n();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusSignal, setFocusSignal] = useState(0);

  const show = (next: Record<string, string>) => {
    setFields(next);
    setSummary(
      Object.entries(next).map(([field, message]) => ({
        key: field,
        targetId: idOf(field),
        message: `${labelOf(field)}: ${message}`,
      })),
    );
    setFocusSignal((signal) => signal + 1);
  };

  return {
    fields,
    summary,
    focusSignal,
    /** Show these errors (true when there were any). */
    fail: (next: Record<string, string>) => {
      if (Object.keys(next).length === 0) return false;
      show(next);
      return true;
    },
    /** Show the per-field problems of a VALIDATION_FAILED answer (true when there were any). */
    fromApi: (error: unknown) => {
      if (!isApiError(error, 'VALIDATION_FAILED')) return false;
      const next = fieldErrorsOf(error, locale);
      if (Object.keys(next).length === 0) return false;
      show(next);
      return true;
    },
    clear: () => {
      setFields({});
      setSummary([]);
    },
  };
}
