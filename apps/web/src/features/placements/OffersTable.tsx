import type { Offer } from '@springplank/contract';
import { Button, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable, type DataTableColumn } from '../../shared/ui/DataTable';
import { formatDate } from '../../shared/format/dates';

/** What an offer's answer says: the start of the stay, the decline reason, or nothing yet. */
function answerOf(offer: Offer, t: ReturnType<typeof useI18n>['t'], locale: 'nl' | 'en'): string {
  if (offer.status === 'accepted' && offer.startedOn) {
    return t('offers.answer.started', { date: formatDate(offer.startedOn, locale, 'short') });
  }
  if (offer.status === 'declined' && offer.declineReason) {
    return t('offers.answer.declined', { reason: offer.declineReason });
  }
  return t('common.none');
}

/**
 * Offers as a table. Access officers see the person's earlier declines and may withdraw a
 * pending offer (`onWithdraw`); providers see no declines column.
 */
export function OffersTable({
  items,
  caption,
  testId,
  showDeclines,
  onWithdraw,
  withdrawing,
}: {
  items: Offer[];
  caption: string;
  testId: string;
  showDeclines: boolean;
  onWithdraw?: (offer: Offer) => void;
  withdrawing?: string | null;
}) {
  const { t, locale } = useI18n();
  const columns: DataTableColumn[] = [
    { label: t('offers.col.person') },
    { label: t('offers.col.location') },
    { label: t('offers.col.service') },
    { label: t('offers.col.start') },
    { label: t('offers.col.status') },
    { label: t('offers.col.offeredAt') },
    { label: t('offers.col.answer') },
    ...(showDeclines ? [{ label: t('offers.col.declines'), numeric: true }] : []),
    ...(onWithdraw ? [{ label: t('offers.col.action') }] : []),
  ];
  return (
    <DataTable caption={caption} testId={testId} columns={columns}>
      {items.map((offer) => {
        const name = offer.person?.name ?? t('offers.personHidden');
        return (
          <TableRow key={offer.id} data-testid="offer-row">
            <TableHeaderCell scope="row">{name}</TableHeaderCell>
            <TableCell>
              {offer.locationName}
              <br />
              {offer.organisationName}
            </TableCell>
            <TableCell>{t.enum('service', offer.service)}</TableCell>
            <TableCell>{formatDate(offer.proposedStartOn, locale, 'short')}</TableCell>
            <TableCell>{t.enum('offerStatus', offer.status)}</TableCell>
            <TableCell>{formatDate(offer.offeredAt, locale, 'short')}</TableCell>
            <TableCell>{answerOf(offer, t, locale)}</TableCell>
            {showDeclines ? <TableCell numericColumn>{offer.person?.declines ?? 0}</TableCell> : null}
            {onWithdraw ? (
              <TableCell>
                {offer.status === 'pending' ? (
                  <Button
                    appearance="secondary-action-button"
                    busy={withdrawing === offer.id}
                    onClick={() => onWithdraw(offer)}
                  >
                    {t('offers.withdraw')}
                    <span className="sp-visually-hidden"> {t('offers.withdrawLabel', { name })}</span>
                  </Button>
                ) : null}
              </TableCell>
            ) : null}
          </TableRow>
        );
      })}
    </DataTable>
  );
}
