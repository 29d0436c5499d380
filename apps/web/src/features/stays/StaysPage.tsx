import { StayListQuery, type StaySummary } from '@springplank/contract';
import { Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { useI18n, useT } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormCheckbox, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { Pagination } from '../../shared/ui/Pagination';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
import '../../shared/ui/casework.css';
import { useLocations } from '../../shared/api/capacity';
import { isServiceCode, serviceOptions } from '../../shared/labels/services';
import { useStays } from './api';
import { formatDate, formatMonths } from '../../shared/format';

const PAGE_SIZE = 25;
type Status = 'current' | 'ended' | 'all';
interface Filters {
  status: Status;
  service: string;
  locationId: string;
  longOnly: boolean;
}

function readFilters(params: URLSearchParams): Filters {
  const status = params.get('status');
  return {
    status: status === 'ended' || status === 'all' ? status : 'current',
    service: isServiceCode(params.get('voorziening') ?? '') ? (params.get('voorziening') ?? '') : '',
    locationId: params.get('locatie') ?? '',
    longOnly: params.get('lang') === 'ja',
  };
}

/** /verblijven: current or ended stays (a provider: its own), with the > 3 months flag for shelter. */
export function StaysPage() {
  const t = useT();
  usePageTitle(t('stays.title'));
  const user = useCurrentUser();
  const isProvider = user.roles.includes('provider_staff');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query: StayListQuery = {
    status: filters.status,
    page,
    pageSize: PAGE_SIZE,
    ...(isServiceCode(filters.service) ? { service: filters.service } : {}),
    ...(filters.locationId ? { locationId: filters.locationId } : {}),
    ...(filters.longOnly ? { longOnly: 'true' as const } : {}),
  };
  const stays = useStays(query);

  const apply = (next: Filters & { page?: number }) => {
    const search = new URLSearchParams();
    if (next.status !== 'current') search.set('status', next.status);
    if (next.service) search.set('voorziening', next.service);
    if (next.locationId) search.set('locatie', next.locationId);
    if (next.longOnly) search.set('lang', 'ja');
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <>
      <Heading1>{t('stays.title')}</Heading1>
      <Paragraph>{isProvider ? t('stays.introProvider') : t('stays.introRegion')}</Paragraph>
      <Paragraph>
        <RouterLink to="/opvang/intake">{t('stays.newIntake')}</RouterLink>
      </Paragraph>
      <StayFilters key={JSON.stringify(filters)} initial={filters} onApply={apply} />
      <section className="sp-section" aria-label={t('stays.title')}>
        {stays.isPending ? <Loading /> : null}
        {stays.isError ? <ErrorAlert error={stays.error} onRetry={() => void stays.refetch()} /> : null}
        {stays.data ? (
          stays.data.items.length === 0 && page === 1 ? (
            <Paragraph role="status">{t('stays.empty')}</Paragraph>
          ) : (
            <>
              <StayTable items={stays.data.items} caption={t('stays.caption', { total: stays.data.total })} />
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={stays.data.total}
                onPageChange={(next) => apply({ ...filters, page: next })}
              />
            </>
          )
        ) : null}
      </section>
    </>
  );
}

function StayTable({ items, caption }: { items: StaySummary[]; caption: string }) {
  const { t, locale } = useI18n();
  return (
    <DataTable
      caption={caption}
      testId="stays"
      columns={[
        { label: t('stays.col.person') },
        { label: t('stays.col.birthDate') },
        { label: t('stays.col.service') },
        { label: t('stays.col.location') },
        { label: t('stays.col.startedOn') },
        { label: t('stays.col.endedOn') },
        { label: t('stays.col.duration'), numeric: true },
      ]}
    >
      {items.map((stay) => (
        <TableRow key={stay.id} data-testid={`stay-${stay.id}`}>
          <TableCell>
            <RouterLink to={`/verblijven/${stay.id}`}>{stay.person.name ?? t('stays.unknownPerson')}</RouterLink>
            {stay.longerThan3Months ? (
              <>
                {' '}
                <span className="sp-badge sp-badge--acute">{t('stays.long')}</span>
              </>
            ) : null}
          </TableCell>
          <TableCell>
            {stay.person.birthDate ? formatDate(stay.person.birthDate, locale, 'short') : t('common.none')}
          </TableCell>
          <TableCell>{t.enum('service', stay.service)}</TableCell>
          <TableCell>
            {stay.locationName ??
              t('stays.noLocation', { provider: stay.organisationName ?? stay.providerRef ?? t('common.none') })}
          </TableCell>
          <TableCell>{formatDate(stay.startedOn, locale, 'short')}</TableCell>
          <TableCell>{stay.endedOn ? formatDate(stay.endedOn, locale, 'short') : t('common.none')}</TableCell>
          <TableCell numericColumn>{t('stays.months', { months: formatMonths(stay.months, locale) })}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}

// The filters are the stay query's own fields; "long only" is a checkbox here, a 'true' in the address.
const StayFilterSchema = StayListQuery.pick({ status: true, service: true, locationId: true }).extend({
  longOnly: z.boolean(),
});

function StayFilters({ initial, onApply }: { initial: Filters; onApply: (filters: Filters) => void }) {
  const t = useT();
  const locations = useLocations();
  const form = useApiForm({
    id: 'stays',
    schema: StayFilterSchema,
    defaultValues: { ...initial, service: isServiceCode(initial.service) ? initial.service : undefined },
    submit: async ({ status, service, locationId, longOnly }) =>
      onApply({ status, service: service ?? '', locationId: locationId ?? '', longOnly }),
  });
  return (
    <section className="sp-section" aria-labelledby="stay-filters">
      <Heading2 id="stay-filters" className="sp-visually-hidden">
        {t('stays.filters')}
      </Heading2>
      <ApiForm form={form} className="sp-form sp-form--wide" role="search" aria-labelledby="stay-filters">
        <div className="sp-filter-row">
          <FormSelect
            name="status"
            label={t('stays.filter.status')}
            placeholder={null}
            options={[
              { value: 'current', label: t('stays.filter.current') },
              { value: 'ended', label: t('stays.filter.ended') },
              { value: 'all', label: t('stays.filter.all') },
            ]}
          />
          <FormSelect
            name="service"
            label={t('stays.filter.service')}
            placeholder={t('stays.filter.allServices')}
            options={serviceOptions(t)}
          />
          <FormSelect
            name="locationId"
            label={t('stays.filter.location')}
            placeholder={t('stays.filter.allLocations')}
            options={(locations.data?.items ?? []).map((location) => ({ value: location.id, label: location.name }))}
          />
          <FormCheckbox name="longOnly" label={t('stays.filter.longOnly')} />
          <SubmitButton appearance="secondary-action-button">{t('stays.filter.apply')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
