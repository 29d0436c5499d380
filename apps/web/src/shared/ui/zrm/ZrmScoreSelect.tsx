import { ZRM_MAX_SCORE, ZRM_MIN_SCORE } from '@springplank/domain';
import { Select, SelectOption } from '@utrecht/component-library-react';
import { useController } from 'react-hook-form';
import { useT } from '../../i18n/useT';
import { FieldShell } from '../fields';
import { useBoundField } from '../form/fields';

// The options of the instrument (1 acute problems … 5 fully self-sufficient), not a check:
// the contract still validates the value.
const SCORES = Array.from({ length: ZRM_MAX_SCORE - ZRM_MIN_SCORE + 1 }, (_, i) => ZRM_MIN_SCORE + i);

/**
 * A bound select for one domain's score. The form keeps the score as a number (what the
 * contract wants), so the select shows the number as text and hands back a number.
 */
export function ZrmScoreSelect({ name, label, id: explicitId }: { name: string; label: string; id?: string }) {
  const t = useT();
  const { id, error, control } = useBoundField(name, label, explicitId);
  const { field } = useController({ name, control });
  const value: unknown = field.value;
  return (
    <FieldShell id={id} label={label} error={error}>
      {(describedBy) => (
        <Select
          id={id}
          name={name}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(event) => field.onChange(event.target.value === '' ? undefined : Number(event.target.value))}
          onBlur={field.onBlur}
          ref={field.ref}
        >
          <SelectOption value="">{t('form.choose')}</SelectOption>
          {SCORES.map((score) => (
            <SelectOption key={score} value={String(score)}>
              {String(score)}
            </SelectOption>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}
