import {
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { ScrollRegion } from './ScrollRegion';

/** A column heading; numeric columns are right-aligned. */
export interface DataTableColumn {
  label: string;
  numeric?: boolean;
}

/**
 * How a table fits a narrow screen: `cards` stacks each row into a card with every cell
 * labelled by its column heading (lists of cases, persons, places); `scroll` keeps the grid
 * and scrolls sideways in its own region (wide numeric comparisons, where the grid is the point).
 */
export type DataTableLayout = 'cards' | 'scroll';

/** The ARIA role that restates a cell's table semantics, which `display: block` would drop in some browsers. */
function cellRole(cell: HTMLTableCellElement): string {
  return cell.tagName === 'TH' ? 'rowheader' : 'cell';
}

/**
 * Gives every body cell the heading of its column as `data-label` (shown before the value
 * when rows are stacked into cards) and explicit table roles. Rows are rendered by the
 * features, so the labels are set on the DOM and kept current as rows come and go.
 */
function useCellLabels(tableRef: RefObject<HTMLTableElement | null>, headings: readonly string[]) {
  // A string, so a new array with the same headings does not re-run the effect.
  const key = headings.join('\u0000');
  useEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const labels = key.split('\u0000');
    const label = () => {
      for (const body of Array.from(table.tBodies)) {
        body.setAttribute('role', 'rowgroup');
        for (const row of Array.from(body.rows)) {
          row.setAttribute('role', 'row');
          let column = 0;
          for (const cell of Array.from(row.cells)) {
            cell.setAttribute('role', cellRole(cell));
            // A cell spanning columns (an empty-list message) has no single heading.
            const text = cell.colSpan === 1 ? labels[column] : undefined;
            if (text) cell.setAttribute('data-label', text);
            else cell.removeAttribute('data-label');
            column += cell.colSpan;
          }
        }
      }
    };
    label();
    // Only structure changes matter; attribute changes (our own) are not observed, so no loop.
    const observer = new MutationObserver(label);
    observer.observe(table, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [tableRef, key]);
}

/**
 * A captioned table with column headings that fits a phone: by default its rows become
 * labelled cards under 40em; with `layout="scroll"` it scrolls sideways inside its own
 * focusable, labelled region with a visible hint. Either way the page never gets wider than
 * the screen and screen readers keep a real table.
 */
export function DataTable({
  caption,
  testId,
  columns,
  layout = 'cards',
  children,
}: {
  caption: string;
  testId: string;
  columns: DataTableColumn[];
  layout?: DataTableLayout;
  children: ReactNode;
}) {
  const tableRef = useRef<HTMLTableElement>(null);
  useCellLabels(
    tableRef,
    columns.map((column) => column.label),
  );
  return (
    <ScrollRegion label={caption} className={`sp-data-table sp-data-table--${layout}`}>
      <Table data-testid={testId} ref={tableRef} role="table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader role="rowgroup">
          <TableRow role="row">
            {columns.map((column) => (
              <TableHeaderCell key={column.label} scope="col" role="columnheader" numericColumn={column.numeric}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </ScrollRegion>
  );
}
