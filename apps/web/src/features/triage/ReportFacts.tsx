import type { ReportDetail } from '@springplank/contract';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { Facts } from '../../shared/ui/Facts';
import { categoryList } from '../../shared/labels/casework';
import { attachmentUrl } from './api';
import { formatFileSize } from '../../shared/format';

/** The content of a report: Melding, Over wie, Waar, Melder (meldpunt only) and Bijlagen. */
export function ReportFacts({ report }: { report: ReportDetail }) {
  const { t, locale } = useI18n();
  const { subject, location, reporter } = report;
  return (
    <>
      <section className="sp-section" aria-labelledby="report-content">
        <Heading2 id="report-content">{t('triage.section.report')}</Heading2>
        <Facts
          testId="report-content"
          items={[
            { label: t('triage.field.concern'), value: <span className="sp-prewrap">{report.concern}</span> },
            { label: t('triage.edit.categories'), value: categoryList(report.categories, t) },
            { label: t('triage.field.acute'), value: report.acute ? t('common.yes') : t('common.no') },
          ]}
        />
      </section>
      <section className="sp-section" aria-labelledby="report-subject">
        <Heading2 id="report-subject">{t('triage.section.subject')}</Heading2>
        <Facts
          items={[
            { label: t('triage.field.name'), value: subject.name },
            { label: t('triage.field.address'), value: subject.address },
            { label: t('triage.field.age'), value: subject.approximateAge },
            { label: t('triage.field.description'), value: subject.description },
          ]}
        />
      </section>
      <section className="sp-section" aria-labelledby="report-location">
        <Heading2 id="report-location">{t('triage.section.location')}</Heading2>
        <Facts
          items={[
            { label: t('triage.field.municipality'), value: location.municipalityName },
            { label: t('triage.field.address'), value: location.address },
            { label: t('triage.field.district'), value: location.district },
          ]}
        />
      </section>
      <section className="sp-section" aria-labelledby="report-reporter">
        <Heading2 id="report-reporter">{t('triage.section.reporter')}</Heading2>
        <Paragraph>{t('triage.reporterPrivate')}</Paragraph>
        <Facts
          testId="report-reporter"
          items={[
            { label: t('triage.field.reporterKind'), value: t.enum('reporterKind', reporter.kind) },
            { label: t('triage.field.organisation'), value: reporter.organisationName },
            { label: t('triage.field.name'), value: reporter.name },
            { label: t('triage.field.phone'), value: reporter.phone },
            { label: t('triage.field.email'), value: reporter.email },
            {
              label: t('triage.field.wantsFeedback'),
              value: reporter.wantsFeedback ? t('common.yes') : t('common.no'),
            },
          ]}
        />
      </section>
      <section className="sp-section" aria-labelledby="report-attachments">
        <Heading2 id="report-attachments">{t('triage.section.attachments')}</Heading2>
        {report.attachments.length === 0 ? (
          <Paragraph>{t('triage.noAttachments')}</Paragraph>
        ) : (
          <UnorderedList data-testid="report-attachments">
            {report.attachments.map((file) => (
              <UnorderedListItem key={file.id}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={attachmentUrl(report.id, file.id)}
                  download={file.filename}
                >
                  {t('triage.download', { name: file.filename, size: formatFileSize(file.size, locale) })}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}
