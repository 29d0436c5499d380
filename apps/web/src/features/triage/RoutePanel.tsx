import type { ReportDetail } from '@springplank/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, Loading } from '../../shared/ui/feedback';
import { SelectField } from '../../shared/ui/fields';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useCasesOverview } from '../../shared/api/cases';
import { useRouteReport } from './api';

/** "Doorzetten naar team": to the team of the routing rule, or to another team with a reason. */
export function RoutePanel({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const t = useT();
  const route = useRouteReport(report.id);
  const suggested = report.suggestedTeam;
  const [otherOpen, setOtherOpen] = useState(!suggested);
  const { confirm, dialog } = useConfirm();

  const routeTo = async (teamId: string | undefined, teamName: string, reason?: string) => {
    if (route.isPending) return;
    const confirmed = await confirm({
      title: t('confirm.route.title', { team: teamName }),
      body: t('confirm.route.body', { team: teamName }),
      confirmLabel: t('confirm.route.confirm'),
    });
    if (!confirmed) return;
    route.mutate(teamId ? { teamId, reason } : {}, {
      onSuccess: () => onDone(t('route.routedNotice', { team: teamName })),
    });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="route" data-testid="route-panel">
      <Heading2 id="route">{t('route.title')}</Heading2>
      {route.error && !isApiError(route.error, 'VALIDATION_FAILED') ? <ErrorAlert error={route.error} /> : null}
      {suggested ? (
        <>
          <Paragraph>{t('route.suggested', { team: suggested.name })}</Paragraph>
          <div className="sp-actions">
            <Button
              appearance="primary-action-button"
              busy={route.isPending}
              onClick={() => void routeTo(undefined, suggested.name)}
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
            excludeTeamId={suggested?.id}
            busy={route.isPending}
            serverErrors={fieldErrorsOf(route.error)}
            onSubmit={(teamId, teamName, reason) => void routeTo(teamId, teamName, reason)}
          />
        ) : null}
      </div>
      {dialog}
    </section>
  );
}

function OtherTeamForm({
  excludeTeamId,
  busy,
  serverErrors,
  onSubmit,
}: {
  excludeTeamId: string | undefined;
  busy: boolean;
  serverErrors: Record<string, string>;
  onSubmit: (teamId: string, teamName: string, reason: string) => void;
}) {
  const t = useT();
  const overview = useCasesOverview();
  const [teamId, setTeamId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ teamId?: string; reason?: string }>({});
  const teams = (overview.data?.teams ?? []).filter((team) => team.teamId !== excludeTeamId);
  const chosen = teams.find((team) => team.teamId === teamId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: { teamId?: string; reason?: string } = {};
    if (!chosen) found.teamId = t('route.teamRequired');
    if (reason.trim().length < 3) found.reason = t('route.reasonRequired');
    setErrors(found);
    if (found.teamId || found.reason || !chosen) {
      document.getElementById(found.teamId ? 'route-team' : 'route-reason')?.focus();
      return;
    }
    onSubmit(chosen.teamId, chosen.teamName, reason.trim());
  };

  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  return (
    <form className="sp-form" onSubmit={submit} noValidate data-testid="route-other-form">
      <SelectField
        id="route-team"
        label={t('route.team')}
        emptyOption={t('common.chooseOption')}
        options={teams.map((team) => ({ value: team.teamId, label: team.teamName }))}
        value={teamId}
        error={errors.teamId ?? serverErrors['teamId']}
        onChange={(event) => setTeamId(event.target.value)}
      />
      <TextareaField
        id="route-reason"
        label={t('route.reason')}
        description={t('route.reasonDescription')}
        rows={3}
        value={reason}
        error={errors.reason ?? serverErrors['reason']}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="sp-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {chosen ? t('route.submit', { team: chosen.teamName }) : t('route.submitChosen')}
        </Button>
      </div>
    </form>
  );
}
