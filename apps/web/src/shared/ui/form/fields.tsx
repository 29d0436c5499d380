import { Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useEffect, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { get, useController, useFormState, type RegisterOptions } from 'react-hook-form';
import { useT } from '../../i18n/useT';
import { FieldShell, type Option } from '../fields';
import { useApiFormContext } from './context';
import { fieldIdOf } from './paths';

/** What every bound field takes: the value's name in the schema, and what a person reads. */
export interface BoundFieldProps {
  /** The field's path in the form's values, e.g. `note` or `goals.0.description`. */
  name: string;
  /** The visible label; also the start of the field's line in the error summary. */
  label: string;
  description?: ReactNode;
  /** Shows "(niet verplicht)" after the label. */
  optional?: boolean;
  /** Element id; default `<form id>-<name>`. Set it only where a page already links to the field. */
  id?: string;
}

/**
 * The plumbing of a bound field: its id, its message (from the browser check or the API)
 * and its registration with the form, so the error summary can name and link it.
 */
export function useBoundField(name: string, label: string, explicitId?: string, targetSuffix?: string) {
  const form = useApiFormContext();
  const id = explicitId ?? fieldIdOf(form.id, name);
  // A group's summary link leads to its first option (`<group id>-<value>`), not the fieldset.
  const targetId = targetSuffix === undefined ? id : `${id}-${targetSuffix}`;
  const { registerField, methods } = form;
  useEffect(() => registerField(name, { id, targetId, label }), [registerField, name, id, targetId, label]);
  const { errors } = useFormState({ control: methods.control, name });
  const fieldError: { message?: string } | undefined = get(errors, name);
  const error = fieldError?.message || undefined;
  return { id, error, register: methods.register, control: methods.control };
}

type TextboxProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'children' | 'type'
>;

/** Props of a bound one-line text input. */
export interface FormTextProps extends BoundFieldProps, TextboxProps {
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'password' | 'datetime-local';
}

/** A one-line text input bound to the form by name. */
export function FormText({
  name,
  label,
  description,
  optional,
  id: explicitId,
  type = 'text',
  ...input
}: FormTextProps) {
  const { id, error, register } = useBoundField(name, label, explicitId);
  return (
    <FieldShell id={id} label={label} description={description} error={error} optional={optional}>
      {(describedBy) => (
        <Textbox
          id={id}
          type={type}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          {...input}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}

/** Props of a bound textarea. */
export interface FormTextareaProps
  extends
    BoundFieldProps,
    Omit<
      TextareaHTMLAttributes<HTMLTextAreaElement>,
      'id' | 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur'
    > {}

/** A multi-line text field bound to the form by name. */
export function FormTextarea({ name, label, description, optional, id: explicitId, ...textarea }: FormTextareaProps) {
  const { id, error, register } = useBoundField(name, label, explicitId);
  return (
    <FieldShell id={id} label={label} description={description} error={error} optional={optional}>
      {(describedBy) => (
        <Textarea id={id} invalid={Boolean(error)} aria-describedby={describedBy} {...textarea} {...register(name)} />
      )}
    </FieldShell>
  );
}

/**
 * Text as typed to a number for the schema: empty is "not given", a decimal comma is read as
 * a point, anything else that is no number becomes NaN (the schema then says "fill in a number").
 */
export function parseNumberInput(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? undefined : Number(text.replace(',', '.'));
}

const numberOptions: RegisterOptions = { setValueAs: parseNumberInput };

/** A number typed as text (inputmode numeric: no spinner, no silent rounding), bound by name. */
export function FormNumber({
  name,
  label,
  description,
  optional,
  id: explicitId,
  ...input
}: BoundFieldProps & TextboxProps) {
  const { id, error, register } = useBoundField(name, label, explicitId);
  return (
    <FieldShell id={id} label={label} description={description} error={error} optional={optional}>
      {(describedBy) => (
        <Textbox
          id={id}
          inputMode="numeric"
          className="sp-number-input"
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          {...input}
          {...register(name, numberOptions)}
        />
      )}
    </FieldShell>
  );
}

/** A native date input (value YYYY-MM-DD), as wide as its content, bound by name. */
export function FormDate({
  name,
  label,
  description,
  optional,
  id: explicitId,
  ...input
}: BoundFieldProps & TextboxProps) {
  const { id, error, register } = useBoundField(name, label, explicitId);
  return (
    <FieldShell id={id} label={label} description={description} error={error} optional={optional}>
      {(describedBy) => (
        <Textbox
          id={id}
          type="date"
          className="sp-date-input"
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          {...input}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}

/** Props of a bound select. */
export interface FormSelectProps extends BoundFieldProps {
  options: readonly Option[];
  /**
   * Text of the empty first option; default "Kies…" ("Alle gemeenten" in a filter). null leaves
   * it out: only for a select that always has a value, such as a filter with a default.
   */
  placeholder?: string | null;
  disabled?: boolean;
}

/**
 * A select bound by name, always with an empty first option ("Kies…") so no choice is made for
 * the person. Controlled, so a value set before its options arrive (a filter from the address,
 * options from a query) is shown once they do.
 */
export function FormSelect({
  name,
  label,
  description,
  optional,
  id: explicitId,
  options,
  placeholder,
  disabled,
}: FormSelectProps) {
  const t = useT();
  const { id, error, control } = useBoundField(name, label, explicitId);
  const { field } = useController({ name, control });
  const value: unknown = field.value;
  return (
    <FieldShell id={id} label={label} description={description} error={error} optional={optional}>
      {(describedBy) => (
        <Select
          id={id}
          name={name}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
        >
          {placeholder === null ? null : <SelectOption value="">{placeholder ?? t('form.choose')}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}
