import type { HousingRequest } from '@springplank/contract';
import { Heading1, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useHousingRequests } from './api';

/** Where a request stands: waiting for an offer, offered, or housed on a date. */
export function requestStatus(request: HousingRequest, t: Translate, locale: 'nl' | 'en'): string {
  if (request.housedOn) return t('requests.status.housed', { date: formatDate(request.housedOn, locale, 'short') });
  if (request.offeredAddress) return t('requests.status.offered');
  return t('requests.status.waiting');
}

/** /woningaanvragen: the housing officer's requests (own corporation only). */
export function HousingRequestsPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('requests.title'));
  const requests = useHousingRequests();

  return (
    <>
      <Heading1>{t('requests.title')}</Heading1>
      <Paragraph>{t('requests.intro')}</Paragraph>
      <section className="sp-section">
        {requests.isPending ? <Loading /> : null}
        {requests.isError ? <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} /> : null}
        {requests.data ? (
          requests.data.items.length === 0 ? (
            <Paragraph role="status">{t('requests.empty')}</Paragraph>
          ) : (
            <DataTable
              caption={t('requests.caption', { count: requests.data.items.length })}
              testId="housing-requests-table"
              columns={[
                { label: t('requests.col.name') },
                { label: t('requests.col.household'), numeric: true },
                { label: t('requests.col.urgent') },
                { label: t('requests.col.readyOn') },
                { label: t('requests.col.status') },
              ]}
            >
              {requests.data.items.map((request) => (
                <TableRow key={request.id}>
                  <TableCell>
                    <RouterLink to={`/woningaanvragen/${request.id}`}>{request.contactName}</RouterLink>
                  </TableCell>
                  <TableCell numericColumn>{request.householdSize}</TableCell>
                  <TableCell>{request.urgent ? t('requests.urgent.yes') : t('requests.urgent.no')}</TableCell>
                  <TableCell>{formatDate(request.readyOn, locale, 'short')}</TableCell>
                  <TableCell>{requestStatus(request, t, locale)}</TableCell>
                </TableRow>
              ))}
            </DataTable>
          )
        ) : null}
      </section>
    </>
  );
}
