import { Checkbox, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { FieldShell, GroupShell, type Option } from '../fields';
import { useBoundField, type BoundFieldProps } from './fields';

/** Props of a group of choices (radio buttons or checkboxes) bound by name. */
export interface FormChoiceGroupProps extends Omit<BoundFieldProps, 'label' | 'optional'> {
  /** The fieldset's legend; also the start of the group's line in the error summary. */
  legend: string;
  /** Shown in the legend instead of the plain `legend` text, e.g. a step heading (an h2). */
  heading?: ReactNode;
  options: readonly Option[];
  /** Shown below the options, e.g. advice that depends on the choice. */
  children?: ReactNode;
}

/** The id of one option's input: the group's id and the option's value (see useBoundField). */
function optionId(groupId: string, value: string): string {
  return `${groupId}-${value}`;
}

/** Radio buttons that pick one value; the summary link leads to the first option. */
export function FormRadioGroup({
  name,
  legend,
  heading,
  description,
  id: explicitId,
  options,
  children,
}: FormChoiceGroupProps) {
  const { id, error, control } = useBoundField(name, legend, explicitId, options[0]?.value);
  const { field } = useController({ name, control });
  return (
    <GroupShell id={id} legend={heading ?? legend} description={description} error={error}>
      {options.map((option, index) => (
        <FormField key={option.value} type="radio">
          <div className="utrecht-form-field__input">
            <RadioButton
              id={optionId(id, option.value)}
              name={name}
              value={option.value}
              checked={field.value === option.value}
              disabled={option.disabled}
              invalid={Boolean(error)}
              onChange={() => field.onChange(option.value)}
              onBlur={field.onBlur}
              ref={index === 0 ? field.ref : undefined}
            />
          </div>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={optionId(id, option.value)} type="radio">
              {option.label}
            </FormLabel>
          </div>
        </FormField>
      ))}
      {children}
    </GroupShell>
  );
}

/** Checkboxes that edit a list of values (in the order of the options); the link leads to the first. */
export function FormCheckboxGroup({
  name,
  legend,
  heading,
  description,
  id: explicitId,
  options,
  children,
}: FormChoiceGroupProps) {
  const { id, error, control } = useBoundField(name, legend, explicitId, options[0]?.value);
  const { field } = useController({ name, control });
  const value: unknown[] = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const toggle = (option: string, checked: boolean) => {
    const next = checked ? [...value, option] : value.filter((item) => item !== option);
    field.onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <GroupShell id={id} legend={heading ?? legend} description={description} error={error}>
      {options.map((option, index) => (
        <FormField key={option.value} type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox
              id={optionId(id, option.value)}
              name={name}
              value={option.value}
              checked={value.includes(option.value)}
              disabled={option.disabled === true}
              invalid={Boolean(error)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={field.onBlur}
              ref={index === 0 ? field.ref : undefined}
            />
          </div>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={optionId(id, option.value)} type="checkbox">
              {option.label}
            </FormLabel>
          </div>
        </FormField>
      ))}
      {children}
    </GroupShell>
  );
}

/** One checkbox for a yes/no value, with its label to the right, bound by name. */
export function FormCheckbox({
  name,
  label,
  description,
  id: explicitId,
  disabled,
}: Omit<BoundFieldProps, 'optional'> & { disabled?: boolean }) {
  const { id, error, register } = useBoundField(name, label, explicitId);
  return (
    <FieldShell id={id} label={label} description={description} error={error} type="checkbox">
      {(describedBy) => (
        <Checkbox
          id={id}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          disabled={disabled}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}
