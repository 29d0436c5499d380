import type { DuplicateReason, DuplicateSuggestions, ReportDetail } from '@springplank/contract';
import { Button, Heading2, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { useI18n } from '../../shared/i18n/useT';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { Facts } from '../../shared/ui/Facts';
import { personName } from '../../shared/labels/casework';
import { useDuplicates, useLinkPerson, useMergeReport } from './api';

type PersonMatch = DuplicateSuggestions['persons'][number];
type ReportMatch = DuplicateSuggestions['reports'][number];

function reasons(list: DuplicateReason[], kind: 'person' | 'report', t: Translate): string {
  return list.map((reason) => t(`duplicate.${kind}.${reason}`)).join(', ');
}

/** "Mogelijke dubbele meldingen": known persons and earlier reports, to link or merge with. */
export function DuplicatesPanel({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const duplicates = useDuplicates(report.id, true);
  const link = useLinkPerson(report.id);
  const merge = useMergeReport(report.id);
  const busy = link.isPending || merge.isPending;
  const { confirm, dialog } = useConfirm();
  const actions: Actions = {
    link: (personId: string) => {
      if (!busy) link.mutate({ personId }, { onSuccess: () => onDone(t('person.linkedNotice')) });
    },
    merge: async (caseId: string, question: MergeQuestion) => {
      if (busy) return;
      if (!(await confirm({ ...question, confirmLabel: t('confirm.merge.confirm') }))) return;
      merge.mutate(caseId, { onSuccess: () => onDone(t('duplicate.mergedNotice')) });
    },
  };
  const data = duplicates.data;
  return (
    <section className="sp-section sp-panel" aria-labelledby="duplicates" data-testid="duplicates-panel">
      <Heading2 id="duplicates">{t('duplicate.title')}</Heading2>
      <Paragraph>{t('duplicate.intro')}</Paragraph>
      {link.isError ? <ErrorAlert error={link.error} /> : null}
      {merge.isError ? <ErrorAlert error={merge.error} /> : null}
      {duplicates.isPending ? <Loading /> : null}
      {duplicates.isError ? <ErrorAlert error={duplicates.error} onRetry={() => void duplicates.refetch()} /> : null}
      {data && data.persons.length === 0 && data.reports.length === 0 ? (
        <Paragraph>{t('duplicate.none')}</Paragraph>
      ) : null}
      {data && data.persons.length > 0 ? (
        <>
          <Heading3>{t('duplicate.persons')}</Heading3>
          {data.persons.map((match) => (
            <PersonCard key={match.person.id} match={match} linkedId={report.person?.id} actions={actions} />
          ))}
        </>
      ) : null}
      {data && data.reports.length > 0 ? (
        <>
          <Heading3>{t('duplicate.reports')}</Heading3>
          {data.reports.map((match) => (
            <ReportCard key={match.id} match={match} actions={actions} />
          ))}
        </>
      ) : null}
      {dialog}
    </section>
  );
}

/** The confirmation text of a merge: which case the report goes into. */
interface MergeQuestion {
  title: string;
  body: string;
}

interface Actions {
  link: (personId: string) => void;
  merge: (caseId: string, question: MergeQuestion) => Promise<void>;
}

function PersonCard({ match, linkedId, actions }: { match: PersonMatch; linkedId?: string; actions: Actions }) {
  const { t, locale } = useI18n();
  const { person } = match;
  const nameId = `duplicate-person-${person.id}`;
  return (
    <article className="sp-panel" aria-labelledby={nameId} data-testid={nameId}>
      <Heading4 id={nameId}>{personName(person) ?? t('triage.unknownName')}</Heading4>
      <Paragraph>{t('duplicate.why', { reasons: reasons(match.reasons, 'person', t) })}</Paragraph>
      <Facts
        items={[
          { label: t('triage.field.birthDate'), value: person.birthDate ? formatDate(person.birthDate, locale) : null },
          { label: t('triage.field.bsn'), value: person.bsn },
          { label: t('triage.field.address'), value: person.address },
          {
            label: t('duplicate.openCases'),
            value: match.openCases.length
              ? match.openCases.map((c) => `${c.reference} (${c.teamName})`).join(', ')
              : t('duplicate.noOpenCases'),
          },
        ]}
      />
      <div className="sp-actions">
        {linkedId === person.id ? (
          <Paragraph>{t('duplicate.linked')}</Paragraph>
        ) : (
          <Button
            appearance="secondary-action-button"
            aria-describedby={nameId}
            onClick={() => actions.link(person.id)}
          >
            {t('duplicate.link')}
          </Button>
        )}
        {match.openCases.map((openCase) => (
          <Button
            key={openCase.id}
            appearance="secondary-action-button"
            aria-describedby={nameId}
            onClick={() =>
              void actions.merge(openCase.id, {
                title: t('confirm.merge.title', { reference: openCase.reference }),
                body: t('confirm.merge.body', { reference: openCase.reference }),
              })
            }
          >
            {t('duplicate.merge', { reference: openCase.reference })}
          </Button>
        ))}
      </div>
    </article>
  );
}

function ReportCard({ match, actions }: { match: ReportMatch; actions: Actions }) {
  const { t, locale } = useI18n();
  const titleId = `duplicate-report-${match.id}`;
  return (
    <article className="sp-panel" aria-labelledby={titleId} data-testid={titleId}>
      <Heading4 id={titleId}>
        <RouterLink to={`/meldpunt/${match.id}`}>{match.reference}</RouterLink>
        {match.subjectName ? ` — ${match.subjectName}` : null}
      </Heading4>
      <Paragraph>{t('duplicate.why', { reasons: reasons(match.reasons, 'report', t) })}</Paragraph>
      <Facts
        items={[
          { label: t('triage.col.receivedAt'), value: formatDateTime(match.receivedAt, locale) },
          { label: t('triage.detail.status'), value: t.enum('reportStatus', match.status) },
        ]}
      />
      {match.caseId ? (
        <div className="sp-actions">
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              if (match.caseId)
                void actions.merge(match.caseId, {
                  title: t('confirm.mergeReport.title', { reference: match.reference }),
                  body: t('confirm.mergeReport.body', { reference: match.reference }),
                });
            }}
          >
            {t('duplicate.mergeReport', { reference: match.reference })}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
