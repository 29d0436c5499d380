import { FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { GroupShell, type Option } from './fields';

/** Props of a group of radio buttons that picks one value. */
export interface RadioGroupProps {
  id: string;
  legend: ReactNode;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string;
  /** Shown below the options, e.g. advice that depends on the choice. */
  children?: ReactNode;
}

/** A fieldset with a legend and one radio button per option; description and error are linked to the group. */
export function RadioGroup({ id, legend, options, value, onChange, description, error, children }: RadioGroupProps) {
  return (
    <GroupShell id={id} legend={legend} description={description} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <FormField key={option.value} type="radio">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                invalid={Boolean(error)}
                onChange={(event) => {
                  if (event.target.checked) onChange(option.value);
                }}
              />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type="radio">
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
      {children}
    </GroupShell>
  );
}
