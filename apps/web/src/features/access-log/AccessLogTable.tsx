import type { AccessLogEntry } from '@springplank/contract';
import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { DataTable } from '../../shared/ui/DataTable';
import { useI18n } from '../../shared/i18n/useT';
import { formatDateTime } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { personHistoryHref, recordHistoryHref } from './filters';
import { actionLabel, subjectLabel } from './labels';

/** The table of access-log entries, with links to a record's or person's history per row. */
export function AccessLogTable({ items, caption }: { items: AccessLogEntry[]; caption: string }) {
  const { t, locale } = useI18n();
  return (
    <DataTable
      caption={caption}
      testId="access-log-table"
      columns={[
        { label: t('log.col.sequence') },
        { label: t('log.col.time') },
        { label: t('log.col.user') },
        { label: t('log.col.organisation') },
        { label: t('log.col.role') },
        { label: t('log.col.action') },
        { label: t('log.col.record') },
        { label: t('log.col.person') },
      ]}
    >
      {items.map((entry) => (
        <TableRow key={entry.sequence} data-testid="access-log-row">
          <TableHeaderCell scope="row">#{entry.sequence}</TableHeaderCell>
          <TableCell>
            <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, locale)}</time>
          </TableCell>
          <TableCell>
            <span className="sp-cell-stack">
              <span>
                {entry.userName ?? (entry.userId ? <span className="sp-id">{entry.userId}</span> : t('log.system'))}
              </span>
              {entry.onBehalfOf ? <span>{t('log.onBehalfOf', { name: entry.onBehalfOf })}</span> : null}
            </span>
          </TableCell>
          <TableCell>{entry.organisationName ?? t('common.none')}</TableCell>
          <TableCell>{entry.role ? t.enum('role', entry.role) : t('common.none')}</TableCell>
          <TableCell>
            {actionLabel(entry.action, locale)}
            {entry.outcome === 'denied' ? <strong> ({t('log.outcome.denied')})</strong> : null}
          </TableCell>
          <TableCell>
            <span className="sp-cell-stack">
              <span>{subjectLabel(entry.subjectType, locale)}</span>
              {entry.subjectId ? <span className="sp-id">{entry.subjectId}</span> : null}
              {entry.subjectId ? (
                <RouterLink
                  to={recordHistoryHref(entry.subjectType, entry.subjectId)}
                  data-testid="record-history-link"
                >
                  {t('log.history.record')}
                </RouterLink>
              ) : null}
            </span>
          </TableCell>
          <TableCell>
            {entry.personId ? (
              <span className="sp-cell-stack">
                <span className="sp-id">{entry.personId}</span>
                <RouterLink to={personHistoryHref(entry.personId)} data-testid="person-history-link">
                  {t('log.history.person')}
                </RouterLink>
              </span>
            ) : (
              t('common.none')
            )}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
