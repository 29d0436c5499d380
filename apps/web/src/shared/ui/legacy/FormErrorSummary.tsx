// Legacy form-error helper, moved here from a feature so features no longer import each other.
// Delete it when the last form using it has moved to shared/ui/form (issue 11, phase 2).

import { useI18n } from '../../i18n/useT';
import { ErrorSummary } from '../ErrorSummary';

/**
 * The error summary above a longer form of the flow screens: one linked line per field with
 * a problem (client-side or from the server), focused after every failed submit.
 */
export function FormErrorSummary({
  errors,
  fields,
  focusSignal,
}: {
  /** Messages by field name. */
  errors: Record<string, string | undefined>;
  /** Per field name: the id of its input and its label, in form order. */
  fields: { name: string; id: string; label: string }[];
  focusSignal: number;
}) {
  const { t } = useI18n();
  const items = fields
    .filter((field) => errors[field.name])
    .map((field) => ({ key: field.name, targetId: field.id, message: `${field.label}: ${errors[field.name]}` }));
  return <ErrorSummary title={t('plans.errors.title')} items={items} focusSignal={focusSignal} />;
}
