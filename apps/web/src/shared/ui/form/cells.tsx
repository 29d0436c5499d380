import {
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
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { RegisterOptions } from 'react-hook-form';
import { ScrollRegion } from '../ScrollRegion';
import { parseNumberInput, useBoundField } from './fields';

/** Props of a bound input in a table cell. */
export interface FormCellProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'children' | 'type'
> {
  /** The field's path in the form's values, e.g. `rules.acute.triageWorkingDays`. */
  name: string;
  /** The input's accessible name (row and column say it visibly); also its line in the error summary. */
  label: string;
  /** `number`: typed as text, read as a number like FormNumber; `date`: a native date input. */
  kind?: 'text' | 'number' | 'date';
  /** Element id; default `<form id>-<name>`. */
  id?: string;
}

const numberOptions: RegisterOptions = { setValueAs: parseNumberInput };

/**
 * An input inside a table of a form (a value per row and column, saved together): no visible
 * label of its own, since the row and column headers are the label; its message stands above
 * it and it joins the error summary like every bound field.
 */
export function FormCell({ name, label, kind = 'text', id: explicitId, ...input }: FormCellProps) {
  const { id, error, register } = useBoundField(name, label, explicitId);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <>
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <Textbox
        id={id}
        type={kind === 'date' ? 'date' : 'text'}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        className={kind === 'date' ? 'sp-date-input' : kind === 'number' ? 'sp-number-input' : undefined}
        autoComplete="off"
        aria-label={label}
        aria-describedby={errorId}
        invalid={Boolean(error)}
        {...input}
        {...register(name, kind === 'number' ? numberOptions : undefined)}
      />
    </>
  );
}

/** One row of a FormTable: its header cell and its inputs (FormCell), one per column. */
export interface FormTableRow {
  key: string;
  header: ReactNode;
  cells: ReactNode[];
}

/** Props of a FormTable. */
export interface FormTableProps {
  /** The caption; also the name of the scroll region around the table. */
  caption: string;
  /** Header of the first column (what each row is), then one per column of inputs. */
  columns: readonly string[];
  rows: readonly FormTableRow[];
  testId?: string;
  className?: string;
}

/**
 * A table of inputs saved together (settings per row and column): a caption, column headers,
 * a header cell per row, and on a narrow screen a region of its own that scrolls sideways.
 */
export function FormTable({ caption, columns, rows, testId, className }: FormTableProps) {
  return (
    <ScrollRegion label={caption}>
      <Table data-testid={testId} className={className}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.header}</TableHeaderCell>
              {row.cells.map((cell, index) => (
                <TableCell key={index}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
