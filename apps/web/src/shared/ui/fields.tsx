import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useT } from '../i18n/useT';
import './form/form.css';

/** Join the ids of descriptions and errors for aria-describedby; undefined when there are none. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** Props of the shared field layout. */
export interface FieldShellProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
  type?: 'text' | 'checkbox';
  children: (ariaDescribedBy: string | undefined) => ReactNode;
}

/** Label, description, error and input in the NL Design System form-field layout. */
export function FieldShell({ id, label, description, error, optional, type = 'text', children }: FieldShellProps) {
  const t = useT();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const labelNode = (
    <FormLabel htmlFor={id} type={type === 'checkbox' ? 'checkbox' : undefined}>
      {label}
      {optional ? <span className="sp-optional"> {t('common.optional')}</span> : null}
    </FormLabel>
  );
  const input = <div className="utrecht-form-field__input">{children(describedBy(descriptionId, errorId))}</div>;
  return (
    <FormField invalid={Boolean(error)} type={type}>
      {type === 'checkbox' ? input : null}
      <div className="utrecht-form-field__label">{labelNode}</div>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      {type === 'checkbox' ? null : input}
    </FormField>
  );
}

/** Props of a labelled text input. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
}

/** A text input with a visible label; description and error are linked with aria-describedby. */
export function TextField({ id, label, description, error, optional, className, ...input }: TextFieldProps) {
  // Date inputs are as wide as their content (form.css); a fixed width clips the date.
  const classes = input.type === 'date' ? [className, 'sp-date-input'].filter(Boolean).join(' ') : className;
  return (
    <FieldShell id={id} label={label} description={description} error={error} optional={optional}>
      {(ariaDescribedBy) => (
        <Textbox
          id={id}
          name={id}
          invalid={Boolean(error)}
          aria-describedby={ariaDescribedBy}
          className={classes}
          {...input}
        />
      )}
    </FieldShell>
  );
}

/** One option of a select. */
export interface Option {
  value: string;
  label: string;
  /** Shown but not choosable (a checkbox that may not be ticked now). */
  disabled?: boolean;
}

/** Props of a labelled select. */
export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  id: string;
  label: ReactNode;
  options: Option[];
  /** Text of a first, empty option (e.g. "Alle rollen"); '' gives "Kies…"; omitted when undefined. */
  emptyOption?: string;
  description?: ReactNode;
  error?: string;
}

/** A select with a visible label; description and error are linked with aria-describedby. */
export function SelectField({ id, label, options, emptyOption, description, error, ...select }: SelectFieldProps) {
  const t = useT();
  return (
    <FieldShell id={id} label={label} description={description} error={error}>
      {(ariaDescribedBy) => (
        <Select id={id} name={id} invalid={Boolean(error)} aria-describedby={ariaDescribedBy} {...select}>
          {emptyOption !== undefined ? <SelectOption value="">{emptyOption || t('form.choose')}</SelectOption> : null}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}

/** Props of a single labelled checkbox. */
export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: string;
  disabled?: boolean;
}

/** A single checkbox with its label to the right. */
export function CheckboxField({ id, label, checked, onChange, description, error, disabled }: CheckboxFieldProps) {
  return (
    <FieldShell id={id} label={label} description={description} error={error} type="checkbox">
      {(ariaDescribedBy) => (
        <Checkbox
          id={id}
          name={id}
          checked={checked}
          disabled={disabled}
          invalid={Boolean(error)}
          aria-describedby={ariaDescribedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
      )}
    </FieldShell>
  );
}

/** Props of the fieldset around a group of choices. */
export interface GroupShellProps {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A fieldset with a legend, and a description and error linked to the whole group. */
export function GroupShell({ id, legend, description, error, children }: GroupShellProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <Fieldset id={id} invalid={Boolean(error)} aria-describedby={describedBy(descriptionId, errorId)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      {children}
    </Fieldset>
  );
}

/** Props of a group of checkboxes that edits a list of values. */
export interface CheckboxGroupProps {
  id: string;
  legend: ReactNode;
  options: Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  error?: string;
  /** The whole group is read-only. */
  disabled?: boolean;
}

/** A fieldset with a legend and one checkbox per option; the error is linked to the group. */
export function CheckboxGroup({
  id,
  legend,
  options,
  value,
  onChange,
  description,
  error,
  disabled,
}: CheckboxGroupProps) {
  const toggle = (option: string, checked: boolean) => {
    const next = checked ? [...value, option] : value.filter((item) => item !== option);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <GroupShell id={id} legend={legend} description={description} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <FormField key={option.value} type="checkbox">
            <div className="utrecht-form-field__input">
              <Checkbox
                id={optionId}
                name={id}
                value={option.value}
                checked={value.includes(option.value)}
                disabled={disabled === true || option.disabled === true}
                invalid={Boolean(error)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type="checkbox">
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </GroupShell>
  );
}
