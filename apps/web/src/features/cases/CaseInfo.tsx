import type { CaseDetail } from '@springplank/contract';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import { Facts } from '../../shared/ui/Facts';
import { categoryList, personName } from '../../shared/labels/casework';
import { DeadlineLabel, UrgencyLabel } from '../../shared/ui/status';

/** The case at a glance: team, status, urgency, deadlines, case worker and outcome. */
export function CaseSummary({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  return (
    <Facts
      testId="case-summary"
      items={[
        { label: t('cases.col.team'), value: detail.teamName },
        { label: t('cases.filter.status'), value: t(`case.status.${detail.status}`) },
        { label: t('cases.col.urgency'), value: <UrgencyLabel urgency={detail.urgency} /> },
        { label: t('cases.col.openedAt'), value: formatDateTime(detail.openedAt, locale) },
        {
          label: t('cases.col.firstContact'),
          value: <DeadlineLabel dueOn={detail.firstContactDueOn} state={detail.deadlineState} dateStyle="long" />,
        },
        {
          label: t('case.firstContactAt'),
          value: detail.firstContactAt ? formatDateTime(detail.firstContactAt, locale) : null,
        },
        { label: t('cases.col.assigned'), value: detail.assignedUser?.name ?? t('cases.nobody') },
        ...(detail.outcome
          ? [
              { label: t('cases.col.outcome'), value: t.enum('caseOutcome', detail.outcome) },
              { label: t('case.outcomeDetail'), value: detail.outcomeDetail },
            ]
          : []),
        ...(detail.wvggzDueOn ? [{ label: t('case.wvggzDueOn'), value: formatDate(detail.wvggzDueOn, locale) }] : []),
      ]}
    />
  );
}

/** The person of the case and the content of its reports (never the reporters' contact details). */
export function CaseInfo({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const { person } = detail;
  return (
    <>
      <section className="sp-section" aria-labelledby="case-person">
        <Heading2 id="case-person">{t('case.person')}</Heading2>
        {person ? (
          <Facts
            testId="case-person-facts"
            items={[
              { label: t('triage.field.name'), value: personName(person) },
              {
                label: t('triage.field.birthDate'),
                value: person.birthDate ? formatDate(person.birthDate, locale) : null,
              },
              { label: t('triage.field.address'), value: person.address },
            ]}
          />
        ) : (
          <Paragraph>{t('case.noPerson')}</Paragraph>
        )}
      </section>
      <section className="sp-section" aria-labelledby="case-reports">
        <Heading2 id="case-reports">{t('case.reports')}</Heading2>
        {detail.reports.map((report) => (
          <article key={report.id} className="sp-panel" aria-labelledby={`case-report-${report.id}`}>
            <Heading3 id={`case-report-${report.id}`}>{t('case.report', { reference: report.reference })}</Heading3>
            <Facts
              items={[
                { label: t('triage.col.receivedAt'), value: formatDateTime(report.receivedAt, locale) },
                { label: t('triage.field.acute'), value: report.acute ? t('common.yes') : t('common.no') },
                { label: t('triage.edit.categories'), value: categoryList(report.categories, t) },
                { label: t('triage.field.concern'), value: <span className="sp-prewrap">{report.concern}</span> },
                {
                  label: t('case.subject'),
                  value: [report.subjectName, report.subjectAddress].filter(Boolean).join(', '),
                },
                { label: t('triage.field.description'), value: report.subjectDescription },
                {
                  label: t('case.location'),
                  value: [report.locationAddress, report.municipalityName].filter(Boolean).join(', '),
                },
              ]}
            />
          </article>
        ))}
      </section>
    </>
  );
}
