import { TriageQueueQuery, type TriageQueue } from '@springplank/contract';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { Pagination } from '../../shared/ui/Pagination';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { TeamOverview } from '../../shared/ui/TeamOverview';
import { useTriageQueue } from './api';
import { TriageTable } from './TriageTable';

const PAGE_SIZE = 25;
const STATUSES = ['new', 'routed', 'merged', 'closed', 'all'] as const;
type StatusFilter = TriageQueueQuery['status'];

function isStatus(value: string | null): value is StatusFilter {
  return value !== null && (STATUSES as readonly string[]).includes(value);
}

/** /meldpunt: the triage queue with counts, a status filter and the per-team overview. */
export function TriageQueuePage() {
  const t = useT();
  usePageTitle(t('triage.title'));
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status: StatusFilter = isStatus(statusParam) ? statusParam : 'new';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queue = useTriageQueue({ status, page, pageSize: PAGE_SIZE });

  const apply = (next: { status: StatusFilter; page?: number }) => {
    const search = new URLSearchParams();
    if (next.status !== 'new') search.set('status', next.status);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <>
      <Heading1>{t('triage.title')}</Heading1>
      <Paragraph>{t('triage.intro')}</Paragraph>
      {queue.data ? <QueueCounts counts={queue.data.counts} /> : null}
      <StatusFilterForm key={status} initial={status} onApply={(next) => apply({ status: next })} />
      <section className="sp-section">
        {queue.isPending ? <Loading /> : null}
        {queue.isError ? <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} /> : null}
        {queue.data ? (
          queue.data.items.length === 0 && page === 1 ? (
            <Paragraph role="status">{t('triage.empty')}</Paragraph>
          ) : (
            <>
              <TriageTable items={queue.data.items} caption={t('triage.caption', { total: queue.data.total })} />
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={queue.data.total}
                onPageChange={(next) => apply({ status, page: next })}
              />
            </>
          )
        ) : null}
      </section>
      <TeamOverview />
    </>
  );
}

function QueueCounts({ counts }: { counts: TriageQueue['counts'] }) {
  const t = useT();
  const items = [
    { key: 'new', label: t('triage.count.new'), value: counts.new },
    { key: 'dueToday', label: t('triage.count.dueToday'), value: counts.dueToday },
    { key: 'overdue', label: t('triage.count.overdue'), value: counts.overdue },
  ];
  return (
    <section className="sp-section" aria-labelledby="triage-counts">
      <Heading2 id="triage-counts">{t('triage.counts')}</Heading2>
      <ul className="sp-counts" data-testid="triage-counts">
        {items.map((item) => (
          <li
            key={item.key}
            className={`sp-counts__item${item.key === 'overdue' && item.value > 0 ? ' sp-counts__item--overdue' : ''}`}
            data-testid={`triage-count-${item.key}`}
          >
            <span className="sp-counts__value">{item.value}</span> {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

// The status filter is the queue query's own field, with its default.
const StatusFilterSchema = TriageQueueQuery.pick({ status: true });

function StatusFilterForm({ initial, onApply }: { initial: StatusFilter; onApply: (status: StatusFilter) => void }) {
  const t = useT();
  const form = useApiForm({
    id: 'triage-filter',
    schema: StatusFilterSchema,
    defaultValues: { status: initial },
    submit: async (values) => onApply(values.status),
  });
  const options = STATUSES.map((s) => ({
    value: s,
    label: s === 'all' ? t('triage.filter.all') : t.enum('reportStatus', s),
  }));
  return (
    <ApiForm form={form} className="sp-form sp-form--wide" role="search" aria-label={t('triage.filter.status')}>
      <div className="sp-filter-row">
        <FormSelect id="status" name="status" label={t('triage.filter.status')} placeholder={null} options={options} />
        <SubmitButton appearance="secondary-action-button">{t('triage.filter.apply')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
