import { Heading1, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { SelectField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { Pagination } from '../../shared/ui/Pagination';
import { RouterButtonLink, RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useApplicationQueue } from './api';
import { personName } from './labels';

const STATUSES = ['all', 'submitted', 'granted', 'refused', 'withdrawn'] as const;

/** /toegang: the region's applications, submitted first (oldest first), with source, service and person. */
export function ApplicationsQueuePage() {
  const { t, locale } = useI18n();
  usePageTitle(t('access.queue.title'));
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = STATUSES.find((s) => s === statusParam) ?? 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queue = useApplicationQueue(status, page);
  const update = (next: { status?: string; page?: number }) => {
    const search = new URLSearchParams();
    const nextStatus = next.status ?? status;
    if (nextStatus !== 'all') search.set('status', nextStatus);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  return (
    <>
      <Heading1>{t('access.queue.title')}</Heading1>
      <Paragraph>{t('access.queue.intro')}</Paragraph>
      <Paragraph>
        <RouterButtonLink to="/toegang/aanmeldingen/nieuw">{t('access.queue.new')}</RouterButtonLink>
      </Paragraph>
      <SelectField
        id="application-status"
        label={t('access.queue.filter')}
        value={status}
        onChange={(event) => update({ status: event.target.value, page: 1 })}
        options={STATUSES.map((value) => ({
          value,
          label: value === 'all' ? t('access.queue.filter.all') : t.enum('applicationStatus', value),
        }))}
      />
      <section className="sp-section">
        {queue.isPending ? <Loading /> : null}
        {queue.isError ? <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} /> : null}
        {queue.data ? (
          queue.data.items.length === 0 ? (
            <Paragraph role="status">{t('access.queue.empty')}</Paragraph>
          ) : (
            <>
              <DataTable
                caption={t('access.queue.caption', { total: queue.data.total })}
                testId="applications-table"
                columns={[
                  { label: t('access.col.reference') },
                  { label: t('access.col.status') },
                  { label: t('access.col.person') },
                  { label: t('access.col.service') },
                  { label: t('access.col.source') },
                  { label: t('access.col.received') },
                ]}
              >
                {queue.data.items.map((item) => (
                  <TableRow key={item.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/toegang/aanmeldingen/${item.id}`}>{item.reference}</RouterLink>
                    </TableHeaderCell>
                    <TableCell>{t.enum('applicationStatus', item.status)}</TableCell>
                    <TableCell>{personName(item.person.name, t)}</TableCell>
                    <TableCell>{t.enum('service', item.requestedService)}</TableCell>
                    <TableCell>{t.enum('applicationSource', item.source)}</TableCell>
                    <TableCell>{formatDate(item.receivedOn, locale, 'short')}</TableCell>
                  </TableRow>
                ))}
              </DataTable>
              <Pagination
                page={page}
                pageSize={50}
                total={queue.data.total}
                onPageChange={(p) => update({ page: p })}
              />
            </>
          )
        ) : null}
      </section>
    </>
  );
}
