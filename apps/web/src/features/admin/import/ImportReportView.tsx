import type { ImportReport } from '@springplank/contract';
import { Alert, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useT } from '../../../shared/i18n/useT';
import { DataTable } from '../../../shared/ui/DataTable';

/**
 * The outcome of a check or an import: every problem as `file:line: column: reason` (nothing
 * was written), or per file the rows read and what happened to them. Takes focus when shown,
 * so screen-reader users hear the outcome first.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [report]);
  if (!report.ok) {
    return (
      <div ref={ref} tabIndex={-1} data-testid="import-problems">
        <Alert type="error" className="sp-alert">
          <Heading2>{t('import.problems.title')}</Heading2>
          <Paragraph>{t('import.problems.intro')}</Paragraph>
        </Alert>
        <ul className="sp-import-problems" aria-label={t('import.problems.listLabel')}>
          {report.problems.map((problem, index) => (
            <li key={index}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} data-testid="import-result">
      <Alert type="ok" className="sp-alert">
        <Paragraph>{report.dryRun ? t('import.checked') : t('import.done')}</Paragraph>
      </Alert>
      <DataTable
        caption={report.dryRun ? t('import.counts.captionChecked') : t('import.counts.caption')}
        testId="import-counts"
        columns={[
          { label: t('import.counts.file') },
          { label: t('import.counts.rows'), numeric: true },
          ...(report.dryRun
            ? []
            : [
                { label: t('import.counts.inserted'), numeric: true },
                { label: t('import.counts.updated'), numeric: true },
                { label: t('import.counts.unchanged'), numeric: true },
              ]),
        ]}
      >
        {report.counts.map((count) => (
          <TableRow key={count.file}>
            <TableCell>{count.file}</TableCell>
            <TableCell numericColumn>{count.rows}</TableCell>
            {report.dryRun ? null : (
              <>
                <TableCell numericColumn>{count.inserted}</TableCell>
                <TableCell numericColumn>{count.updated}</TableCell>
                <TableCell numericColumn>{count.unchanged}</TableCell>
              </>
            )}
          </TableRow>
        ))}
      </DataTable>
    </div>
  );
}
