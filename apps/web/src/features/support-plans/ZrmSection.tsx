import type { SupportPlanDetail } from '@springplank/contract';
import { ZRM_DOMAINS, ZRM_MAX_SCORE, ZRM_MIN_SCORE, type ZrmDomain } from '@springplank/domain';
import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, fieldErrorsOf, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { useAddAssessment } from './api';
import { FormErrorSummary } from '../../shared/ui/legacy/FormErrorSummary';
import { todayIso } from '../../shared/format';

const SCORES = Array.from({ length: ZRM_MAX_SCORE - ZRM_MIN_SCORE + 1 }, (_, i) => String(ZRM_MIN_SCORE + i));
// The chart library is large: load it only when a plan with assessments is shown.
const ZrmChart = lazy(() => import('./ZrmChart'));

/** ZRM scores over time: small multiples (one chart per domain), the same figures as a table, and a form. */
export function ZrmSection({ plan }: { plan: SupportPlanDetail }) {
  const { t, locale } = useI18n();
  const assessments = plan.assessments;
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
      <AddAssessmentForm personId={plan.personId} />
    </section>
  );
}

function AddAssessmentForm({ personId }: { personId: string }) {
  const { t } = useI18n();
  const add = useAddAssessment(personId);
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [scores, setScores] = useState<Partial<Record<ZrmDomain, string>>>({});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [focusSignal, setFocusSignal] = useState(0);
  const serverErrors = fieldErrorsOf(add.error);
  // The server names a score's field "scores"; show it on the first domain.
  const errors: Record<string, string | undefined> = {
    ...serverErrors,
    [ZRM_DOMAINS[0]]: serverErrors['scores'],
    ...clientErrors,
  };
  const summaryFields = [
    { name: 'assessedOn', id: 'zrm-assessedOn', label: t('plans.zrm.date') },
    ...ZRM_DOMAINS.map((domain) => ({ name: domain, id: `zrm-${domain}`, label: t.enum('zrmDomain', domain) })),
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!assessedOn) found['assessedOn'] = t('validation.required');
    for (const domain of ZRM_DOMAINS) if (!scores[domain]) found[domain] = t('plans.zrm.chooseScore');
    setClientErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      setFocusSignal((n) => n + 1);
      return;
    }
    const numeric = Object.fromEntries(ZRM_DOMAINS.map((domain) => [domain, Number(scores[domain])])) as Record<
      ZrmDomain,
      number
    >;
    add.mutate(
      { assessedOn, scores: numeric },
      {
        onSuccess: () => {
          setSaved(true);
          setScores({});
        },
        onError: () => setFocusSignal((n) => n + 1),
      },
    );
  };

  return (
    <div className="sp-panel">
      <Heading3 id="zrm-add">{t('plans.zrm.add')}</Heading3>
      <form
        className="sp-form sp-form--wide"
        onSubmit={submit}
        noValidate
        aria-labelledby="zrm-add"
        data-testid="zrm-form"
      >
        <FormErrorSummary errors={errors} fields={summaryFields} focusSignal={focusSignal} />
        {saved ? <SuccessAlert>{t('plans.zrm.saved')}</SuccessAlert> : null}
        {add.error && !isApiError(add.error, 'VALIDATION_FAILED') ? <ErrorAlert error={add.error} /> : null}
        <TextField
          id="zrm-assessedOn"
          type="date"
          label={t('plans.zrm.date')}
          max={todayIso()}
          value={assessedOn}
          error={errors['assessedOn']}
          onChange={(event) => setAssessedOn(event.target.value)}
        />
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('plans.zrm.scores')}</legend>
          <div className="sp-zrm-scores">
            {ZRM_DOMAINS.map((domain) => (
              <SelectField
                key={domain}
                id={`zrm-${domain}`}
                label={t.enum('zrmDomain', domain)}
                emptyOption=""
                options={SCORES.map((value) => ({ value, label: value }))}
                value={scores[domain] ?? ''}
                error={errors[domain]}
                onChange={(event) => setScores({ ...scores, [domain]: event.target.value })}
              />
            ))}
          </div>
        </fieldset>
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
            {t('plans.zrm.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
