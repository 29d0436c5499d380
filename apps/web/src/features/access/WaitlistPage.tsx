import type { WaitlistEntry } from '@springplank/contract';
import { WAITLIST_SERVICES, type ServiceCode } from '@springplank/domain';
import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { SelectField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser, useRegion } from '../../shared/api/session';
import { Notice, useNotice } from '../../shared/ui/Notice';
import { useWaitlist, type WaitlistFilter } from './api';
import { personName } from './labels';
import { formatMonths } from '../../shared/format';
import { InterimSupportForms, RemoveForm } from './WaitlistForms';

function readFilter(params: URLSearchParams): WaitlistFilter {
  const service = WAITLIST_SERVICES.find((s) => s === params.get('service')) as ServiceCode | undefined;
  const municipalityCode = /^GM\d{4}$/.test(params.get('gemeente') ?? '')
    ? (params.get('gemeente') ?? undefined)
    : undefined;
  return { service, municipalityCode, status: params.get('status') === 'removed' ? 'removed' : 'open' };
}

/** /wachtlijst: who waits (by priority, then longest waiting), with interim support and removal. */
export function WaitlistPage() {
  const { t } = useI18n();
  usePageTitle(t('access.waitlist.title'));
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const waitlist = useWaitlist(filter);
  const region = useRegion();
  // A local access team (wijkteam) sees its persons' place on the list; managing it is the region's.
  const mayManage = useCurrentUser().organisation.kind !== 'local_access';
  const { notice, show } = useNotice();
  const [managed, setManaged] = useState<string | null>(null);
  const setFilter = (next: WaitlistFilter) => {
    const search = new URLSearchParams();
    if (next.service) search.set('service', next.service);
    if (next.municipalityCode) search.set('gemeente', next.municipalityCode);
    if (next.status !== 'open') search.set('status', next.status);
    setParams(search);
    setManaged(null);
  };
  const entry = waitlist.data?.items.find((item) => item.id === managed) ?? null;

  return (
    <>
      <Heading1>{t('access.waitlist.title')}</Heading1>
      <Paragraph>{t('access.waitlist.intro')}</Paragraph>
      <Notice notice={notice} testId="waitlist-notice" />
      <section className="sp-section sp-filters" aria-labelledby="waitlist-filters">
        <Heading2 id="waitlist-filters">{t('access.waitlist.filters')}</Heading2>
        <SelectField
          id="waitlist-service"
          label={t('access.waitlist.service')}
          emptyOption={t('access.waitlist.allServices')}
          value={filter.service ?? ''}
          onChange={(e) => setFilter({ ...filter, service: (e.target.value || undefined) as ServiceCode | undefined })}
          options={WAITLIST_SERVICES.map((s) => ({ value: s, label: t.enum('service', s) }))}
        />
        <SelectField
          id="waitlist-municipality"
          label={t('access.waitlist.municipality')}
          emptyOption={t('access.waitlist.allMunicipalities')}
          value={filter.municipalityCode ?? ''}
          onChange={(e) => setFilter({ ...filter, municipalityCode: e.target.value || undefined })}
          options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
        />
        <SelectField
          id="waitlist-status"
          label={t('access.waitlist.status')}
          value={filter.status}
          onChange={(e) => setFilter({ ...filter, status: e.target.value === 'removed' ? 'removed' : 'open' })}
          options={[
            { value: 'open', label: t('access.waitlist.status.open') },
            { value: 'removed', label: t('access.waitlist.status.removed') },
          ]}
        />
      </section>
      <section className="sp-section">
        {waitlist.isPending ? <Loading /> : null}
        {waitlist.isError ? <ErrorAlert error={waitlist.error} onRetry={() => void waitlist.refetch()} /> : null}
        {waitlist.data ? (
          waitlist.data.items.length === 0 ? (
            <Paragraph role="status">{t('access.waitlist.empty')}</Paragraph>
          ) : (
            <>
              {filter.status === 'open' ? (
                <Paragraph data-testid="waitlist-summary">
                  {t.plural('access.waitlist.summary', waitlist.data.total, { long: waitlist.data.longerThan3Months })}
                </Paragraph>
              ) : null}
              <DataTable
                caption={t('access.waitlist.caption', { total: waitlist.data.total })}
                testId="waitlist-table"
                columns={[
                  { label: t('access.waitlist.col.person') },
                  { label: t('access.waitlist.col.age'), numeric: true },
                  { label: t('access.waitlist.col.municipality') },
                  { label: t('access.waitlist.col.service') },
                  { label: t('access.waitlist.col.priority') },
                  { label: t('access.waitlist.col.listedOn') },
                  { label: t('access.waitlist.col.months'), numeric: true },
                  { label: t('access.waitlist.col.declined'), numeric: true },
                  { label: t('access.waitlist.col.support') },
                  filter.status === 'open'
                    ? { label: t('access.waitlist.col.actions') }
                    : { label: t('access.waitlist.col.removed') },
                ]}
              >
                {waitlist.data.items.map((item) => (
                  <WaitlistRow
                    key={item.id}
                    item={item}
                    removed={filter.status === 'removed'}
                    onManage={mayManage ? () => setManaged(item.id) : null}
                  />
                ))}
              </DataTable>
            </>
          )
        ) : null}
      </section>
      {entry && mayManage && filter.status === 'open' ? (
        <ManagePanel
          key={entry.id}
          entry={entry}
          onClose={() => setManaged(null)}
          onDone={(text, closed) => {
            show(text);
            if (closed) setManaged(null);
          }}
        />
      ) : null}
    </>
  );
}

function WaitlistRow({
  item,
  removed,
  onManage,
}: {
  item: WaitlistEntry;
  removed: boolean;
  onManage: (() => void) | null;
}) {
  const { t, locale } = useI18n();
  const name = personName(item.person.name, t);
  return (
    <TableRow data-testid="waitlist-row">
      <TableHeaderCell scope="row">{name}</TableHeaderCell>
      <TableCell numericColumn>{item.person.age ?? t('access.none')}</TableCell>
      <TableCell>{item.person.municipalityName ?? t('access.none')}</TableCell>
      <TableCell>{t.enum('service', item.service)}</TableCell>
      <TableCell>
        {t.enum('waitlistPriority', item.priority)}
        {item.priorityReason ? ` – ${item.priorityReason}` : ''}
      </TableCell>
      <TableCell>{formatDate(item.listedOn, locale, 'short')}</TableCell>
      <TableCell numericColumn>
        {formatMonths(item.waitingMonths, locale)}
        {item.longerThan3Months ? (
          <>
            {' '}
            <strong className="sp-flag" data-testid="waitlist-long">
              {t('access.waitlist.long')}
            </strong>
          </>
        ) : null}
      </TableCell>
      <TableCell numericColumn>{item.declinedOffers}</TableCell>
      <TableCell>
        {item.interimSupport.length === 0
          ? t('access.waitlist.noSupport')
          : item.interimSupport.map((s) => (
              <div key={s.id}>
                {s.endedOn
                  ? t('access.waitlist.supportEnded', {
                      description: s.description,
                      until: formatDate(s.endedOn, locale, 'short'),
                    })
                  : t('access.waitlist.supportLine', {
                      description: s.description,
                      provider: s.providerOrganisationName ?? t('access.interim.noProvider'),
                      from: formatDate(s.startedOn, locale, 'short'),
                    })}
              </div>
            ))}
      </TableCell>
      <TableCell>
        {removed ? (
          `${item.removalReason ? t.enum('waitlistRemovalReason', item.removalReason) : ''}${item.removedOn ? `, ${formatDate(item.removedOn, locale, 'short')}` : ''}`
        ) : !onManage ? (
          t('access.waitlist.position', { position: item.position ?? t('access.none') })
        ) : (
          <Button
            appearance="secondary-action-button"
            onClick={onManage}
            aria-label={t('access.waitlist.manageTitle', { name })}
          >
            {t('access.waitlist.manage')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}

function ManagePanel({
  entry,
  onClose,
  onDone,
}: {
  entry: WaitlistEntry;
  onClose: () => void;
  onDone: (text: string, closed: boolean) => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const name = personName(entry.person.name, t);
  return (
    <section className="sp-section sp-panel" aria-labelledby="manage-title" data-testid="waitlist-manage">
      <Heading2 id="manage-title" ref={ref} tabIndex={-1}>
        {t('access.waitlist.manageTitle', { name })}
      </Heading2>
      <InterimSupportForms entry={entry} onDone={(text) => onDone(text, false)} />
      <RemoveForm entry={entry} onDone={(text) => onDone(text, true)} />
      <Button appearance="subtle-button" onClick={onClose}>
        {t('access.waitlist.close')}
      </Button>
    </section>
  );
}
