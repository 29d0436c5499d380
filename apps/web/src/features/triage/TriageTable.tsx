import type { TriageQueueItem } from '@springplank/contract';
import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { formatDateTime } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { categoryList } from '../../shared/labels/casework';
import { DeadlineLabel, deadlineRowClass, UrgencyLabel } from '../../shared/ui/status';

/** The triage queue as a table; overdue rows are highlighted and say "Te laat". */
export function TriageTable({ items, caption }: { items: TriageQueueItem[]; caption: string }) {
  const { t, locale } = useI18n();
  return (
    <DataTable
      caption={caption}
      testId="triage-table"
      columns={[
        { label: t('triage.col.reference') },
        { label: t('triage.col.receivedAt') },
        { label: t('triage.col.urgency') },
        { label: t('triage.col.categories') },
        { label: t('triage.col.place') },
        { label: t('triage.col.subject') },
        { label: t('triage.col.deadline') },
      ]}
    >
      {items.map((item) => (
        <TableRow
          key={item.id}
          className={deadlineRowClass(item.deadlineState)}
          data-testid={`triage-row-${item.reference}`}
        >
          <TableHeaderCell scope="row">
            <span className="sp-cell-stack">
              <RouterLink to={`/meldpunt/${item.id}`}>{item.reference}</RouterLink>
              {item.status === 'new' ? null : <span>{t.enum('reportStatus', item.status)}</span>}
            </span>
          </TableHeaderCell>
          <TableCell>{formatDateTime(item.receivedAt, locale)}</TableCell>
          <TableCell>
            <UrgencyLabel urgency={item.urgency} acute={item.acute} />
          </TableCell>
          <TableCell>{categoryList(item.categories, t)}</TableCell>
          <TableCell>{[item.municipalityName, item.district].filter(Boolean).join(', ')}</TableCell>
          <TableCell>{item.subjectName ?? t('triage.unknownName')}</TableCell>
          <TableCell>
            <DeadlineLabel dueOn={item.triageDueOn} state={item.deadlineState} />
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
