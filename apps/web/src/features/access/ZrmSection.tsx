import { RecordZrmRequest, type ApplicationDetail } from '@springplank/contract';
import { ZRM_DOMAINS } from '@springplank/domain';
import { Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { formatDate } from '../../shared/format/dates';
import { ZrmEntryForm } from '../../shared/ui/zrm/ZrmEntryForm';
import { useRecordZrm } from './api';

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
  const record = useRecordZrm(application.id);
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
      <ZrmEntryForm
        schema={RecordZrmRequest}
        submit={(entry) => record.mutateAsync(entry)}
        onSaved={() => onSaved(t('access.zrm.saved'))}
        texts={{
          title: t('access.zrm.submit'),
          submit: t('access.zrm.submit'),
          assessedOn: t('access.zrm.assessedOn'),
          scores: t('access.zrm.title'),
        }}
      />
    </section>
  );
}
