import type { CaseQueueItem } from '@springplank/contract';
import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable, type DataTableColumn } from '../../shared/ui/DataTable';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { DeadlineLabel, deadlineRowClass, UrgencyLabel } from '../../shared/ui/status';

/** The case queue as a table; overdue first contacts are highlighted and say "Te laat". */
export function CaseTable({
  items,
  caption,
  showTeam,
  showOutcome,
}: {
  items: CaseQueueItem[];
  caption: string;
  showTeam: boolean;
  showOutcome: boolean;
}) {
  const { t, locale } = useI18n();
  const columns: DataTableColumn[] = [
    { label: t('cases.col.reference') },
    ...(showTeam ? [{ label: t('cases.col.team') }] : []),
    { label: t('cases.col.person') },
    { label: t('cases.col.urgency') },
    { label: t('cases.col.openedAt') },
    { label: t('cases.col.firstContact') },
    { label: t('cases.col.assigned') },
    { label: t('cases.col.reports'), numeric: true },
    ...(showOutcome ? [{ label: t('cases.col.outcome') }] : []),
  ];
  return (
    <DataTable caption={caption} testId="cases-table" columns={columns}>
      {items.map((item) => (
        <TableRow
          key={item.id}
          className={deadlineRowClass(item.deadlineState)}
          data-testid={`case-row-${item.reference}`}
        >
          <TableHeaderCell scope="row">
            <RouterLink to={`/casussen/${item.id}`}>{item.reference}</RouterLink>
          </TableHeaderCell>
          {showTeam ? <TableCell>{item.teamName}</TableCell> : null}
          <TableCell>{item.personName ?? t('cases.unknownPerson')}</TableCell>
          <TableCell>
            <UrgencyLabel urgency={item.urgency} />
          </TableCell>
          <TableCell>{formatDate(item.openedAt, locale, 'short')}</TableCell>
          <TableCell>
            <DeadlineLabel dueOn={item.firstContactDueOn} state={item.deadlineState} />
          </TableCell>
          <TableCell>{item.assignedUser?.name ?? t('cases.nobody')}</TableCell>
          <TableCell numericColumn>{item.reportCount}</TableCell>
          {showOutcome ? (
            <TableCell>{item.outcome ? t.enum('caseOutcome', item.outcome) : t('common.none')}</TableCell>
          ) : null}
        </TableRow>
      ))}
    </DataTable>
  );
}
