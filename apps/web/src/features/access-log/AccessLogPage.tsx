import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { Pagination } from '../../shared/ui/Pagination';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { AccessLogFilters } from './AccessLogFilters';
import { AccessLogTable } from './AccessLogTable';
import { useAccessLog } from './api';
import { ChainVerificationPanel } from './ChainVerificationPanel';
import { PersonSearch } from './PersonSearch';
import { filtersFromParams, paramsFromFilters, toQuery } from './filters';

const PAGE_SIZE = 50;

/** The privacy officer's view of the NEN 7513 access log: search, results and chain verification. */
export function AccessLogPage() {
  const t = useT();
  usePageTitle(t('log.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const log = useAccessLog(toQuery(filters, page, PAGE_SIZE));
  const filterKey = paramsFromFilters(filters).toString();
  const validationFailed = isApiError(log.error, 'VALIDATION_FAILED');

  return (
    <>
      <Heading1>{t('log.title')}</Heading1>
      <Paragraph>{t('log.intro')}</Paragraph>

      <section className="sp-section">
        <Heading2 id="log-verify">{t('log.verify.title')}</Heading2>
        <ChainVerificationPanel />
      </section>

      <section className="sp-section">
        <Heading2 id="log-person">{t('log.person.section')}</Heading2>
        <Paragraph>{t('log.person.intro')}</Paragraph>
        <PersonSearch />
      </section>

      <section className="sp-section">
        <Heading2 id="log-search">{t('log.search.title')}</Heading2>
        <AccessLogFilters
          key={filterKey}
          initial={filters}
          queryError={validationFailed ? log.error : null}
          onApply={(next) => setParams(paramsFromFilters(next))}
        />
      </section>

      <section className="sp-section">
        <Heading2 id="log-results">{t('log.results.title')}</Heading2>
        {filterKey && filterKey !== 'order=asc' ? <Paragraph>{t('log.results.filtered')}</Paragraph> : null}
        {log.isPending ? <Loading /> : null}
        {log.isError && !validationFailed ? <ErrorAlert error={log.error} onRetry={() => void log.refetch()} /> : null}
        {log.data ? (
          log.data.items.length === 0 ? (
            <Paragraph role="status">{t('log.results.empty')}</Paragraph>
          ) : (
            <>
              <AccessLogTable items={log.data.items} caption={t('log.results.caption', { total: log.data.total })} />
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={log.data.total}
                onPageChange={(next) => setParams(paramsFromFilters(filters, next))}
              />
            </>
          )
        ) : null}
      </section>
    </>
  );
}
