import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { Loading } from '../../shared/ui/feedback';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useSession } from '../../shared/api/session';
import { ReportForm, type ProfessionalPreset } from './form/ReportForm';
import { reporterKindForOrganisation } from './labels';

/** /melden: the public report form; a signed-in professional reporter reports on behalf of their organisation. */
export function ReportFormPage() {
  const t = useT();
  usePageTitle(t('report.title'));
  const { user, isPending } = useSession();

  if (user === undefined && isPending) return <Loading />;
  const professional = user?.roles.includes('professional_reporter') ? user : null;
  const preset: ProfessionalPreset | null = professional
    ? {
        kind: reporterKindForOrganisation(professional.organisation.kind),
        name: professional.displayName,
        email: professional.email,
      }
    : null;

  return (
    <div className="sp-report">
      <Heading1>{t('report.title')}</Heading1>
      {professional ? (
        <Alert type="info" className="sp-alert" data-testid="report-on-behalf-of">
          <Paragraph>
            <strong>{t('report.onBehalfOf', { organisation: professional.organisation.name })}</strong>
          </Paragraph>
          <Paragraph>{t('report.onBehalfOfHint')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph lead>{t('report.intro')}</Paragraph>
      )}
      <Paragraph>{t('report.introMeldpunt')}</Paragraph>
      <ReportForm preset={preset} />
    </div>
  );
}
