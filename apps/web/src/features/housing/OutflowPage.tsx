import type { OutflowItem } from '@springplank/contract';
import { Heading1, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useOutflow } from './api';
import { RecordReadyForm } from './RecordReadyForm';
import { SendRequestForm } from './SendRequestForm';

/** The request column: not sent, sent to whom, or the home offered. */
function requestText(item: OutflowItem, t: Translate): string {
  if (item.offeredAddress) return t('outflow.request.offered', { address: item.offeredAddress });
  if (item.corporationName) return t('outflow.request.sent', { name: item.corporationName });
  return t('outflow.request.none');
}

/** /uitstroom: who is ready to move on and still waiting, against the three-month promise. */
export function OutflowPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('outflow.title'));
  const outflow = useOutflow();

  return (
    <>
      <Heading1>{t('outflow.title')}</Heading1>
      <Paragraph>{t('outflow.intro')}</Paragraph>
      <section className="sp-section">
        {outflow.isPending ? <Loading /> : null}
        {outflow.isError ? <ErrorAlert error={outflow.error} onRetry={() => void outflow.refetch()} /> : null}
        {outflow.data ? (
          outflow.data.items.length === 0 ? (
            <Paragraph role="status">{t('outflow.empty')}</Paragraph>
          ) : (
            <DataTable
              caption={t('outflow.caption', { count: outflow.data.items.length })}
              testId="outflow-table"
              columns={[
                { label: t('outflow.col.person') },
                { label: t('outflow.col.provider') },
                { label: t('outflow.col.readyOn') },
                { label: t('outflow.col.days'), numeric: true },
                { label: t('outflow.col.promise') },
                { label: t('outflow.col.request') },
              ]}
            >
              {outflow.data.items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>{item.personName}</TableCell>
                  <TableCell>{item.providerName ?? t('common.none')}</TableCell>
                  <TableCell>{formatDate(item.readyOn, locale, 'short')}</TableCell>
                  <TableCell numericColumn>{item.promise.daysSinceReady}</TableCell>
                  <TableCell>
                    {/* Text says it, not only a colour. */}
                    {item.promise.overdue ? (
                      <strong>
                        {t('outflow.promise.broken', { date: formatDate(item.promise.promiseDueOn, locale) })}
                      </strong>
                    ) : (
                      t('outflow.promise.kept', { date: formatDate(item.promise.promiseDueOn, locale) })
                    )}
                  </TableCell>
                  <TableCell>{requestText(item, t)}</TableCell>
                </TableRow>
              ))}
            </DataTable>
          )
        ) : null}
      </section>
      {outflow.data ? (
        <>
          <RecordReadyForm stays={outflow.data.stays} />
          <SendRequestForm
            items={outflow.data.items.filter((item) => item.requestedAt === null)}
            corporations={outflow.data.corporations}
          />
        </>
      ) : null}
    </>
  );
}
