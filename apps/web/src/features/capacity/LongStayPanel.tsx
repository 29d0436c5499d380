import type { OccupancyBoard } from '@springplank/contract';
import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { RouterLink } from '../../shared/ui/RouterLink';
import { formatPercent } from '../../shared/format';

/**
 * The share of current shelter stays longer than three months against the regiovisie's
 * target (at most one in three), as a sentence with a word for above/within target and
 * as a table per service.
 */
export function LongStayPanel({ longStay }: { longStay: OccupancyBoard['longStay'] }) {
  const { t, locale } = useI18n();
  const above = longStay.share !== null && longStay.share > longStay.target;
  return (
    <section className="sp-section sp-panel" aria-labelledby="long-stay" data-testid="long-stay">
      <Heading2 id="long-stay">{t('capacity.longStay.title')}</Heading2>
      {longStay.share === null ? (
        <Paragraph>{t('capacity.longStay.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <span className="sp-badge">{above ? t('capacity.longStay.above') : t('capacity.longStay.within')}</span>{' '}
            {t('capacity.longStay.text', {
              long: longStay.long,
              n: longStay.n,
              share: formatPercent(longStay.share, locale),
              target: formatPercent(longStay.target, locale),
            })}
          </Paragraph>
          <DataTable
            caption={t('capacity.longStay.caption')}
            testId="long-stay-table"
            columns={[
              { label: t('capacity.col.service') },
              { label: t('capacity.longStay.col.current'), numeric: true },
              { label: t('capacity.longStay.col.long'), numeric: true },
            ]}
          >
            {longStay.perService
              .filter((row) => row.n > 0)
              .map((row) => (
                <TableRow key={row.service}>
                  <TableCell>{t.enum('service', row.service)}</TableCell>
                  <TableCell numericColumn>{row.n}</TableCell>
                  <TableCell numericColumn>{row.long}</TableCell>
                </TableRow>
              ))}
          </DataTable>
          {longStay.long > 0 ? (
            <Paragraph>
              <RouterLink to="/verblijven?lang=ja">{t('capacity.longStay.link')}</RouterLink>
            </Paragraph>
          ) : null}
        </>
      )}
    </section>
  );
}
