import type { OutboxList } from '@springplank/contract';
import { Heading1, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDateTime } from '../../shared/format/dates';
import { Pagination } from '../../shared/ui/Pagination';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import '../../shared/ui/casework.css';
import { useOutbox } from './api';

const PAGE_SIZE = 25;

/** /uitgaande-post: the e-mails Springplank would send; in the demo nothing leaves the machine. */
export function OutboxPage() {
  const { t } = useI18n();
  usePageTitle(t('outbox.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const outbox = useOutbox(page, PAGE_SIZE);
  const goTo = (next: number) => setParams(next > 1 ? { page: String(next) } : {});

  return (
    <>
      <Heading1>{t('outbox.title')}</Heading1>
      <Paragraph>{t('outbox.intro')}</Paragraph>
      <section className="sp-section">
        {outbox.isPending ? <Loading /> : null}
        {outbox.isError ? <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} /> : null}
        {outbox.data ? (
          outbox.data.items.length === 0 && page === 1 ? (
            <Paragraph role="status">{t('outbox.empty')}</Paragraph>
          ) : (
            <>
              <OutboxTable items={outbox.data.items} caption={t('outbox.caption', { total: outbox.data.total })} />
              <Pagination page={page} pageSize={PAGE_SIZE} total={outbox.data.total} onPageChange={goTo} />
            </>
          )
        ) : null}
      </section>
    </>
  );
}

function OutboxTable({ items, caption }: { items: OutboxList['items']; caption: string }) {
  const { t, locale } = useI18n();
  return (
    <DataTable
      caption={caption}
      testId="outbox-table"
      columns={[
        { label: t('outbox.col.to') },
        { label: t('outbox.col.subject') },
        { label: t('outbox.col.createdAt') },
        { label: t('outbox.col.sentAt') },
      ]}
    >
      {items.map((mail) => (
        <TableRow key={mail.id} data-testid={`outbox-row-${mail.id}`}>
          <TableHeaderCell scope="row">{mail.toAddress}</TableHeaderCell>
          <TableCell>
            <details className="sp-mail">
              <summary>{mail.subject}</summary>
              <pre className="sp-mail__body">{mail.body}</pre>
            </details>
          </TableCell>
          <TableCell>{formatDateTime(mail.createdAt, locale)}</TableCell>
          <TableCell>{mail.sentAt ? formatDateTime(mail.sentAt, locale) : t('outbox.notSent')}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
