import { AddPlanZrmAssessmentRequest, type SupportPlanDetail } from '@springplank/contract';
import { ZRM_DOMAINS } from '@springplank/domain';
import { Heading2, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { Loading, SuccessAlert } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { ZrmEntryForm } from '../../shared/ui/zrm/ZrmEntryForm';
import { useAddAssessment } from './api';
// The chart library is large: load it only when a plan with assessments is shown.
const ZrmChart = lazy(() => import('./ZrmChart'));

/** ZRM scores over time: small multiples (one chart per domain), the same figures as a table, and a form. */
export function ZrmSection({ plan }: { plan: SupportPlanDetail }) {
  const { t, locale } = useI18n();
  const assessments = plan.assessments;
  const add = useAddAssessment(plan.personId);
  const [saved, setSaved] = useState(false);
  const shortDate = (iso: string) => formatDate(iso, locale, 'short');

  return (
    <section className="sp-section" aria-labelledby="plan-zrm">
      <Heading2 id="plan-zrm">{t('plans.zrm.title')}</Heading2>
      <Paragraph>{t('plans.zrm.intro')}</Paragraph>
      {assessments.length === 0 ? (
        <Paragraph>{t('plans.zrm.empty')}</Paragraph>
      ) : (
        <>
          <Heading3 id="zrm-chart">{t('plans.zrm.chartTitle')}</Heading3>
          <Paragraph>{t('plans.zrm.chartHint')}</Paragraph>
          <Suspense fallback={<Loading />}>
            <ZrmChart assessments={assessments} />
          </Suspense>
          <DataTable
            caption={t('plans.zrm.caption')}
            testId="zrm-table"
            columns={[
              { label: t('plans.zrm.col.domain') },
              ...assessments.map((a) => ({ label: shortDate(a.assessedOn), numeric: true })),
            ]}
          >
            {ZRM_DOMAINS.map((domain) => (
              <TableRow key={domain}>
                <TableHeaderCell scope="row">{t.enum('zrmDomain', domain)}</TableHeaderCell>
                {assessments.map((a) => (
                  <TableCell key={a.id} numericColumn>
                    {a.scores[domain] ?? t('common.none')}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </DataTable>
        </>
      )}
      {saved ? <SuccessAlert>{t('plans.zrm.saved')}</SuccessAlert> : null}
      <ZrmEntryForm
        schema={AddPlanZrmAssessmentRequest}
        submit={(entry) => {
          setSaved(false);
          return add.mutateAsync(entry);
        }}
        onSaved={() => setSaved(true)}
        texts={{
          title: t('plans.zrm.add'),
          submit: t('plans.zrm.add'),
          assessedOn: t('plans.zrm.date'),
          scores: t('plans.zrm.scores'),
        }}
        dateDefaultsToToday
      />
    </section>
  );
}
