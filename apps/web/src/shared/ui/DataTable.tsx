import {
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A column heading; numeric columns are right-aligned. */
export interface DataTableColumn {
  label: string;
  numeric?: boolean;
}

/**
 * A captioned table with column headings inside a keyboard-scrollable region, so wide
 * tables stay usable on a phone and announce themselves to screen readers.
 */
export function DataTable({
  caption,
  testId,
  columns,
  children,
}: {
  caption: string;
  testId: string;
  columns: DataTableColumn[];
  children: ReactNode;
}) {
  return (
    <div className="sp-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table data-testid={testId}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.label} scope="col" numericColumn={column.numeric}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
