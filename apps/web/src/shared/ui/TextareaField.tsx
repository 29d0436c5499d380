import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldShell } from './fields';

/** Props of a labelled multi-line text field. */
export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
}

/** A textarea with a visible label; description and error are linked with aria-describedby. */
export function TextareaField({ id, label, description, error, optional, ...textarea }: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} description={description} error={error} optional={optional}>
      {(ariaDescribedBy) => (
        <Textarea id={id} name={id} invalid={Boolean(error)} aria-describedby={ariaDescribedBy} {...textarea} />
      )}
    </FieldShell>
  );
}
