import { CaseQueueQuery } from '@springplank/contract';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { Pagination } from '../../shared/ui/Pagination';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
import { useCaseQueue } from './api';
import { CaseTable } from './CaseTable';
import { TeamOverview } from '../../shared/ui/TeamOverview';

const PAGE_SIZE = 25;
type Filters = { status: CaseQueueQuery['status']; assigned: CaseQueueQuery['assigned'] };

function readFilters(params: URLSearchParams, canBeAssigned: boolean): Filters {
  const status = params.get('status') === 'closed' ? 'closed' : 'open';
  const assignedParam = params.get('assigned');
  const assigned = assignedParam === 'unassigned' || (assignedParam === 'me' && canBeAssigned) ? assignedParam : 'all';
  return { status, assigned };
}

/** /casussen: the team's cases (the meldpunt: all, read-only) with filters and the team counts. */
export function CaseQueuePage() {
  const t = useT();
  usePageTitle(t('cases.title'));
  const user = useCurrentUser();
  const isOutreach = user.roles.includes('outreach_worker');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, isOutreach);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queue = useCaseQueue({ ...filters, page, pageSize: PAGE_SIZE });

  const apply = (next: Filters & { page?: number }) => {
    const search = new URLSearchParams();
    if (next.status !== 'open') search.set('status', next.status);
    if (next.assigned !== 'all') search.set('assigned', next.assigned);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <>
      <Heading1>{t('cases.title')}</Heading1>
      <Paragraph>{isOutreach ? t('cases.introTeam') : t('cases.introMeldpunt')}</Paragraph>
      <CaseFilters
        key={`${filters.status}|${filters.assigned}`}
        initial={filters}
        canBeAssigned={isOutreach}
        onApply={(next) => apply(next)}
      />
      <section className="sp-section">
        {queue.isPending ? <Loading /> : null}
        {queue.isError ? <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} /> : null}
        {queue.data ? (
          queue.data.items.length === 0 && page === 1 ? (
            <Paragraph role="status">{t('cases.empty')}</Paragraph>
          ) : (
            <>
              <CaseTable
                items={queue.data.items}
                caption={t('cases.caption', { total: queue.data.total })}
                showTeam={!isOutreach}
                showOutcome={filters.status === 'closed'}
              />
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={queue.data.total}
                onPageChange={(next) => apply({ ...filters, page: next })}
              />
            </>
          )
        ) : null}
      </section>
      <TeamOverview />
    </>
  );
}

// The filters are the case query's own fields, with their defaults.
const CaseFilterSchema = CaseQueueQuery.pick({ status: true, assigned: true });

function CaseFilters({
  initial,
  canBeAssigned,
  onApply,
}: {
  initial: Filters;
  canBeAssigned: boolean;
  onApply: (filters: Filters) => void;
}) {
  const t = useT();
  const form = useApiForm({
    id: 'case',
    schema: CaseFilterSchema,
    defaultValues: initial,
    submit: async (values) => onApply(values),
  });
  const assignedOptions = [
    { value: 'all', label: t('cases.filter.all') },
    ...(canBeAssigned ? [{ value: 'me', label: t('cases.filter.me') }] : []),
    { value: 'unassigned', label: t('cases.filter.unassigned') },
  ];
  return (
    <section className="sp-section" aria-labelledby="case-filters">
      <Heading2 id="case-filters" className="sp-visually-hidden">
        {t('cases.filters')}
      </Heading2>
      <ApiForm form={form} className="sp-form sp-form--wide" role="search" aria-labelledby="case-filters">
        <div className="sp-filter-row">
          <FormSelect
            name="status"
            label={t('cases.filter.status')}
            placeholder={null}
            options={[
              { value: 'open', label: t('cases.filter.open') },
              { value: 'closed', label: t('cases.filter.closed') },
            ]}
          />
          <FormSelect name="assigned" label={t('cases.filter.assigned')} placeholder={null} options={assignedOptions} />
          <SubmitButton appearance="secondary-action-button">{t('triage.filter.apply')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
