import type { OwnSession } from '@springplank/contract';
import { Button, Heading1, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { formatDateTime } from '../../shared/format/dates';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useEndSessions, useOwnSessions } from './sessions-api';

/** /mijn-sessies: where the user is signed in, with a way to end the other sessions (confirmed first). */
export function SessionsPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('sessions.title'));
  const sessions = useOwnSessions();
  const end = useEndSessions();
  const device = (session: OwnSession) =>
    t('sessions.device', {
      browser: session.browser ?? t('sessions.unknownBrowser'),
      system: session.system ?? t('sessions.unknownSystem'),
    });
  const others = sessions.data?.items.filter((session) => !session.current) ?? [];
  const { confirm, dialog } = useConfirm();
  // Ending a session signs someone out at once; ask first, naming which session (or all others).
  const endOne = async (session: OwnSession) => {
    const confirmed = await confirm({
      title: t('confirm.endSession.title', {
        device: device(session),
        date: formatDateTime(session.createdAt, locale),
      }),
      body: t('confirm.endSession.body'),
      confirmLabel: t('confirm.endSession.confirm'),
    });
    if (confirmed) end.mutate(session.id);
  };
  const endOthers = async () => {
    const confirmed = await confirm({
      title: t('confirm.endOtherSessions.title'),
      body: t('confirm.endOtherSessions.body'),
      confirmLabel: t('confirm.endOtherSessions.confirm'),
    });
    if (confirmed) end.mutate(null);
  };

  return (
    <>
      <Heading1>{t('sessions.title')}</Heading1>
      <Paragraph>{t('sessions.intro')}</Paragraph>
      {end.isSuccess ? (
        <SuccessAlert testId="sessions-ended">{t('sessions.ended', { count: end.data.ended })}</SuccessAlert>
      ) : null}
      {end.isError ? <ErrorAlert error={end.error} /> : null}
      <section className="sp-section">
        {sessions.isPending ? <Loading /> : null}
        {sessions.isError ? <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
        {sessions.data ? (
          <>
            <DataTable
              caption={t('sessions.caption', { count: sessions.data.items.length })}
              testId="own-sessions-table"
              columns={[
                { label: t('sessions.col.device') },
                { label: t('sessions.col.createdAt') },
                { label: t('sessions.col.lastSeenAt') },
                { label: t('sessions.col.action') },
              ]}
            >
              {sessions.data.items.map((session) => (
                <TableRow key={session.id} data-testid={session.current ? 'own-session-current' : 'own-session-other'}>
                  <TableHeaderCell scope="row">{device(session)}</TableHeaderCell>
                  <TableCell>{formatDateTime(session.createdAt, locale)}</TableCell>
                  <TableCell>{formatDateTime(session.lastSeenAt, locale)}</TableCell>
                  <TableCell>
                    {session.current ? (
                      t('sessions.current')
                    ) : (
                      <Button
                        appearance="secondary-action-button"
                        disabled={end.isPending}
                        aria-label={t('sessions.endLabel', {
                          device: device(session),
                          date: formatDateTime(session.createdAt, locale),
                        })}
                        onClick={() => void endOne(session)}
                      >
                        {t('sessions.end')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </DataTable>
            <div className="sp-actions">
              {others.length > 0 ? (
                <Button appearance="primary-action-button" busy={end.isPending} onClick={() => void endOthers()}>
                  {t('sessions.endOthers')}
                </Button>
              ) : (
                <Paragraph role="status">{t('sessions.noOthers')}</Paragraph>
              )}
            </div>
          </>
        ) : null}
      </section>
      {dialog}
    </>
  );
}
