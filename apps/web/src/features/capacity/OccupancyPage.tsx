import { OccupancyQuery, type OccupancyBoard, type OccupancyRow } from '@springplank/contract';
import { SERVICE_CODES, type ServiceCode } from '@springplank/domain';
import { Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { useI18n, useT } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser, useRegion } from '../../shared/api/session';
import '../../shared/ui/casework.css';
import { useOccupancy } from './api';
import { serviceOptions } from '../../shared/labels/services';
import { LocationsList } from './LocationsList';
import { LongStayPanel } from './LongStayPanel';
import { formatDate } from '../../shared/format';

/** The board's filters: the query's service and municipality. */
const FilterForm = OccupancyQuery.pick({ service: true, municipalityCode: true });
type Filters = z.output<typeof FilterForm>;

/** The filters in the address; a value the query would refuse is left out, not shown as an error. */
function readFilters(params: URLSearchParams): Filters {
  return {
    service: FilterForm.shape.service.safeParse(params.get('voorziening') ?? undefined).data,
    municipalityCode: FilterForm.shape.municipalityCode.safeParse(params.get('gemeente') ?? undefined).data,
  };
}

/** /capaciteit: the live occupancy board, free shelter beds now, and the share of long shelter stays. */
export function OccupancyPage() {
  const t = useT();
  usePageTitle(t('capacity.board.title'));
  const user = useCurrentUser();
  const isProvider = user.roles.includes('provider_staff');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const board = useOccupancy(filters);

  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    if (next.service) search.set('voorziening', next.service);
    if (next.municipalityCode) search.set('gemeente', next.municipalityCode);
    setParams(search);
  };

  return (
    <>
      <Heading1>{t('capacity.board.title')}</Heading1>
      <Paragraph>{isProvider ? t('capacity.board.introProvider') : t('capacity.board.introRegion')}</Paragraph>
      <BoardFilters key={`${filters.service}|${filters.municipalityCode}`} initial={filters} onApply={apply} />
      {board.isPending ? <Loading /> : null}
      {board.isError ? <ErrorAlert error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data ? <Board board={board.data} /> : null}
      <LocationsList />
    </>
  );
}

function Board({ board }: { board: OccupancyBoard }) {
  const { t, locale } = useI18n();
  const services = SERVICE_CODES.filter((service) => board.rows.some((row) => row.service === service));
  const shelterTotals = board.totals.filter((total) => total.shelter);
  return (
    <>
      <Paragraph data-testid="occupancy-date">
        {t('capacity.board.date', { date: formatDate(board.date, locale) })}
      </Paragraph>
      {shelterTotals.length > 0 ? (
        <section className="sp-section" aria-labelledby="free-beds">
          <Heading2 id="free-beds">{t('capacity.board.freeBedsNow')}</Heading2>
          <ul className="sp-counts">
            {shelterTotals.map((total) => (
              <li key={total.service} className="sp-counts__item" data-testid={`free-beds-${total.service}`}>
                <span>{t.enum('service', total.service)}</span>{' '}
                <span className="sp-counts__value">{t('capacity.board.freeBedsCount', { count: total.free })}</span>{' '}
                <span>{t.plural('capacity.board.freeBedsOf', total.places)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LongStayPanel longStay={board.longStay} />
      {services.length === 0 ? <Paragraph role="status">{t('capacity.board.empty')}</Paragraph> : null}
      {services.map((service) => (
        <ServiceTable key={service} service={service} rows={board.rows.filter((row) => row.service === service)} />
      ))}
      {board.totals.length > 0 ? (
        <section className="sp-section" aria-labelledby="occupancy-totals">
          <Heading2 id="occupancy-totals">{t('capacity.board.totals')}</Heading2>
          <DataTable
            caption={t('capacity.board.totalsCaption', { date: formatDate(board.date, locale) })}
            testId="occupancy-totals"
            columns={[
              { label: t('capacity.col.service') },
              { label: t('capacity.col.places'), numeric: true },
              { label: t('capacity.col.occupied'), numeric: true },
              { label: t('capacity.col.held'), numeric: true },
              { label: t('capacity.col.free'), numeric: true },
            ]}
          >
            {board.totals.map((total) => (
              <TableRow key={total.service}>
                <TableCell>{t.enum('service', total.service)}</TableCell>
                <TableCell numericColumn>{total.places}</TableCell>
                <TableCell numericColumn>{total.occupied}</TableCell>
                <TableCell numericColumn>{total.held}</TableCell>
                <TableCell numericColumn>
                  <FreeCount free={total.free} />
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        </section>
      ) : null}
    </>
  );
}

/** The free count, with a word (not only a colour) when nothing is free or the service is overbooked. */
export function FreeCount({ free }: { free: number }) {
  const t = useT();
  if (free > 0) return <>{free}</>;
  return (
    <>
      {free} <span className="sp-badge">{free < 0 ? t('capacity.overbooked') : t('capacity.full')}</span>
    </>
  );
}

function ServiceTable({ service, rows }: { service: ServiceCode; rows: OccupancyRow[] }) {
  const { t, locale } = useI18n();
  const headingId = `occupancy-${service}-heading`;
  return (
    <section className="sp-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t.enum('service', service)}</Heading2>
      <DataTable
        caption={t('capacity.board.caption', { service: t.enum('service', service) })}
        testId={`occupancy-${service}`}
        columns={[
          { label: t('capacity.col.location') },
          { label: t('capacity.col.provider') },
          { label: t('capacity.col.municipality') },
          { label: t('capacity.col.places'), numeric: true },
          { label: t('capacity.col.occupied'), numeric: true },
          { label: t('capacity.col.held'), numeric: true },
          { label: t('capacity.col.free'), numeric: true },
          { label: t('capacity.col.next') },
        ]}
      >
        {rows.map((row) => (
          <TableRow key={row.locationId} data-testid={`occupancy-row-${row.locationId}-${row.service}`}>
            <TableCell>
              <RouterLink to={`/capaciteit/locaties/${row.locationId}`}>{row.locationName}</RouterLink>
            </TableCell>
            <TableCell>{row.organisationName}</TableCell>
            <TableCell>{row.municipalityName}</TableCell>
            <TableCell numericColumn>{row.places}</TableCell>
            <TableCell numericColumn>{row.occupied}</TableCell>
            <TableCell numericColumn>{row.held}</TableCell>
            <TableCell numericColumn data-testid="free">
              <FreeCount free={row.free} />
            </TableCell>
            <TableCell>
              {row.nextChange
                ? t('capacity.next', {
                    places: row.nextChange.places,
                    date: formatDate(row.nextChange.validFrom, locale, 'short'),
                  })
                : t('common.none')}
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}

function BoardFilters({ initial, onApply }: { initial: Filters; onApply: (filters: Filters) => void }) {
  const t = useT();
  const region = useRegion();
  const form = useApiForm({
    id: 'occupancy',
    schema: FilterForm,
    defaultValues: initial,
    submit: async (values) => onApply(values),
  });
  return (
    <section className="sp-section" aria-labelledby="occupancy-filters">
      <Heading2 id="occupancy-filters" className="sp-visually-hidden">
        {t('capacity.board.filters')}
      </Heading2>
      <ApiForm form={form} className="sp-form sp-form--wide" role="search" aria-labelledby="occupancy-filters">
        <div className="sp-filter-row">
          <FormSelect
            name="service"
            label={t('capacity.board.filter.service')}
            placeholder={t('capacity.board.filter.allServices')}
            options={serviceOptions(t)}
          />
          <FormSelect
            name="municipalityCode"
            id="occupancy-municipality"
            label={t('capacity.board.filter.municipality')}
            placeholder={t('capacity.board.filter.allMunicipalities')}
            options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
          />
          <SubmitButton appearance="secondary-action-button">{t('capacity.board.filter.apply')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
