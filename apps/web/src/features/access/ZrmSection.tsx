import type { ApplicationDetail } from '@springplank/contract';
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
import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { GroupShell, SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { useFormErrors } from '../../shared/ui/legacy/useFormErrors';
import { useRecordZrm } from './api';

const SCORES = Array.from({ length: ZRM_MAX_SCORE - ZRM_MIN_SCORE + 1 }, (_, i) => String(ZRM_MIN_SCORE + i));

/** The ZRM of an application: earlier scores as a table (domains × dates) and a form for a new one. */
export function ZrmSection({
  application,
  onSaved,
}: {
  application: ApplicationDetail;
  onSaved: (text: string) => void;
}) {
  const { t, locale } = useI18n();
  const assessments = application.zrmAssessments;
  return (
    <section className="sp-section" aria-labelledby="zrm-title">
      <Heading2 id="zrm-title">{t('access.zrm.title')}</Heading2>
      <Paragraph>{t('access.zrm.intro')}</Paragraph>
      {assessments.length === 0 ? (
        <Paragraph>{t('access.zrm.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('access.zrm.historyCaption')}
          testId="zrm-history"
          columns={[
            { label: t('access.zrm.col.domain') },
            ...assessments.map((a) => ({ label: formatDate(a.assessedOn, locale, 'short'), numeric: true })),
          ]}
        >
          {ZRM_DOMAINS.map((domain) => (
            <TableRow key={domain}>
              <TableHeaderCell scope="row">{t.enum('zrmDomain', domain)}</TableHeaderCell>
              {assessments.map((a) => (
                <TableCell key={a.id} numericColumn>
                  {a.scores[domain] ?? t('access.none')}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </DataTable>
      )}
      <ZrmForm applicationId={application.id} onSaved={onSaved} />
    </section>
  );
}

function ZrmForm({ applicationId, onSaved }: { applicationId: string; onSaved: (text: string) => void }) {
  const { t } = useI18n();
  const record = useRecordZrm(applicationId);
  const [assessedOn, setAssessedOn] = useState('');
  const [scores, setScores] = useState<Partial<Record<ZrmDomain, string>>>({});
  const fields = useMemo(
    () => [
      ...ZRM_DOMAINS.map((domain) => ({ name: domain, id: `zrm-${domain}`, label: t.enum('zrmDomain', domain) })),
      { name: 'assessedOn', id: 'zrm-date', label: t('access.zrm.assessedOn') },
    ],
    [t],
  );
  const { errors, summary, focusSignal, fail, failFromApi, clear } = useFormErrors(fields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      ZRM_DOMAINS.filter((domain) => !scores[domain]).map((domain) => [domain, t('access.zrm.required')]),
    );
    if (Object.keys(missing).length > 0) return fail(missing);
    clear();
    record.mutate(
      {
        assessedOn: assessedOn || undefined,
        scores: Object.fromEntries(ZRM_DOMAINS.map((d) => [d, Number(scores[d])])) as Record<ZrmDomain, number>,
      },
      {
        onSuccess: () => {
          setScores({});
          onSaved(t('access.zrm.saved'));
        },
        onError: (error) => void failFromApi(error),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="zrm-form-title" data-testid="zrm-form">
      <Heading3 id="zrm-form-title">{t('access.zrm.submit')}</Heading3>
      <ErrorSummary title={t('access.zrm.errorTitle')} items={summary} focusSignal={focusSignal} />
      {record.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={record.error} /> : null}
      <TextField
        id="zrm-date"
        type="date"
        label={t('access.zrm.assessedOn')}
        value={assessedOn}
        onChange={(e) => setAssessedOn(e.target.value)}
        error={errors.assessedOn}
        optional
      />
      <GroupShell id="zrm-scores" legend={t('access.zrm.title')}>
        <div className="sp-zrm-grid">
          {ZRM_DOMAINS.map((domain) => (
            <SelectField
              key={domain}
              id={`zrm-${domain}`}
              label={t.enum('zrmDomain', domain)}
              emptyOption="—"
              value={scores[domain] ?? ''}
              onChange={(e) => setScores((current) => ({ ...current, [domain]: e.target.value }))}
              error={errors[domain]}
              options={SCORES.map((score) => ({ value: score, label: t('access.zrm.score', { score }) }))}
            />
          ))}
        </div>
      </GroupShell>
      <Button type="submit" appearance="primary-action-button" disabled={record.isPending}>
        {t('access.zrm.submit')}
      </Button>
    </form>
  );
}
