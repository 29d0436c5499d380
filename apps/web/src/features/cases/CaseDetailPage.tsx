import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
import { useCase } from './api';
import { AssignForm } from './AssignForm';
import { CaseEventForm } from './CaseEventForm';
import { CaseInfo, CaseSummary } from './CaseInfo';
import { CaseTimeline } from './CaseTimeline';
import { CloseCaseForm } from './CloseCaseForm';
import { Notice, useNotice } from '../../shared/ui/Notice';

/** /casussen/:id: one case; outreach workers of the team act on it, the meldpunt only reads. */
export function CaseDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const query = useCase(id);
  const { notice, show } = useNotice();
  usePageTitle(query.data ? t('case.title', { reference: query.data.reference }) : t('cases.title'));

  const back = (
    <Paragraph>
      <RouterLink to="/casussen">{t('case.back')}</RouterLink>
    </Paragraph>
  );
  if (query.isPending) {
    return (
      <>
        <Heading1>{t('cases.title')}</Heading1>
        <Loading />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error, 'NOT_FOUND');
    return (
      <>
        <Heading1>{notFound ? t('case.notFound') : t('common.errorTitle')}</Heading1>
        <ErrorAlert error={query.error} onRetry={notFound ? undefined : () => void query.refetch()} />
        {back}
      </>
    );
  }

  const detail = query.data;
  const canAct = user.roles.includes('outreach_worker');
  const open = detail.status === 'open';
  return (
    <>
      <Heading1>{t('case.title', { reference: detail.reference })}</Heading1>
      {back}
      <Notice notice={notice} testId="case-notice" />
      {!canAct ? <Paragraph data-testid="case-read-only">{t('case.readOnly')}</Paragraph> : null}
      {canAct && !open ? <Paragraph>{t('case.closedNote')}</Paragraph> : null}
      <CaseSummary detail={detail} />
      <CaseInfo detail={detail} />
      {canAct && (open || detail.outcome === 'service_application') ? (
        <Paragraph>
          <RouterLink to={`/toegang/aanmeldingen/nieuw?caseId=${detail.id}`} data-testid="case-start-application">
            {t('access.caseLink')}
          </RouterLink>
        </Paragraph>
      ) : null}
      {canAct && open ? (
        <AssignForm key={detail.assignedUser?.id ?? 'nobody'} detail={detail} currentUserId={user.id} onDone={show} />
      ) : null}
      <CaseTimeline events={detail.timeline} />
      {canAct && open ? (
        <>
          <CaseEventForm caseId={detail.id} onDone={show} />
          <CloseCaseForm caseId={detail.id} reference={detail.reference} onDone={show} />
        </>
      ) : null}
    </>
  );
}
