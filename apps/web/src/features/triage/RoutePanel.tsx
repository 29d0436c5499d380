import { RouteReportRequest, type ReportDetail } from '@springplank/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useCasesOverview } from '../../shared/api/cases';
import { useWatch } from 'react-hook-form';
import { useT } from '../../shared/i18n/useT';
import { useConfirm, type ConfirmRequest } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useRouteReport } from './api';

// Routing to a team other than the rule's needs both a team and a reason.
const OtherTeamSchema = RouteReportRequest.required();

/** "Doorzetten naar team": to the team of the routing rule, or to another team with a reason. */
export function RoutePanel({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const t = useT();
  const route = useRouteReport(report.id);
  const suggested = report.suggestedTeam;
  const [otherOpen, setOtherOpen] = useState(!suggested);
  const { confirm, dialog } = useConfirm();
  const question = (team: string): ConfirmRequest => ({
    title: t('confirm.route.title', { team }),
    body: t('confirm.route.body', { team }),
    confirmLabel: t('confirm.route.confirm'),
  });

  const routeToSuggested = async (teamName: string) => {
    if (route.isPending || !(await confirm(question(teamName)))) return;
    route.mutate({}, { onSuccess: () => onDone(t('route.routedNotice', { team: teamName })) });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="route" data-testid="route-panel">
      <Heading2 id="route">{t('route.title')}</Heading2>
      {route.error ? <ErrorAlert error={route.error} /> : null}
      {suggested ? (
        <>
          <Paragraph>{t('route.suggested', { team: suggested.name })}</Paragraph>
          <div className="sp-actions">
            <Button
              appearance="primary-action-button"
              busy={route.isPending}
              onClick={() => void routeToSuggested(suggested.name)}
            >
              {t('route.submit', { team: suggested.name })}
            </Button>
          </div>
          <div className="sp-actions">
            <Button
              appearance="secondary-action-button"
              className="sp-disclosure"
              aria-expanded={otherOpen}
              aria-controls="route-other"
              onClick={() => setOtherOpen(!otherOpen)}
            >
              {t('route.other')}
            </Button>
          </div>
        </>
      ) : (
        <Paragraph>{t('route.noRule')}</Paragraph>
      )}
      <div id="route-other" hidden={!otherOpen}>
        {otherOpen ? (
          <OtherTeamForm
            reportId={report.id}
            excludeTeamId={suggested?.id}
            confirm={(team) => confirm(question(team))}
            onDone={onDone}
          />
        ) : null}
      </div>
      {dialog}
    </section>
  );
}

function OtherTeamForm({
  reportId,
  excludeTeamId,
  confirm,
  onDone,
}: {
  reportId: string;
  excludeTeamId: string | undefined;
  confirm: (teamName: string) => Promise<boolean>;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const overview = useCasesOverview();
  const route = useRouteReport(reportId);
  const teams = (overview.data?.teams ?? []).filter((team) => team.teamId !== excludeTeamId);
  const teamName = (teamId: string) => teams.find((team) => team.teamId === teamId)?.teamName ?? '';
  const form = useApiForm({
    id: 'route',
    schema: OtherTeamSchema,
    defaultValues: { reason: '' },
    confirm: (values) => confirm(teamName(values.teamId)),
    submit: (values) => route.mutateAsync(values),
    onSuccess: (_report, values) => onDone(t('route.routedNotice', { team: teamName(values.teamId) })),
  });
  const chosen = teamName(useWatch({ control: form.methods.control, name: 'teamId' }) ?? '');

  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  return (
    <ApiForm form={form} testId="route-other-form">
      <FormSelect
        name="teamId"
        label={t('route.team')}
        options={teams.map((team) => ({ value: team.teamId, label: team.teamName }))}
      />
      <FormTextarea name="reason" label={t('route.reason')} description={t('route.reasonDescription')} rows={3} />
      <div className="sp-actions">
        <SubmitButton>{chosen ? t('route.submit', { team: chosen }) : t('route.submitChosen')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
