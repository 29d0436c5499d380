import type { ChainVerification } from '@springplank/contract';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert } from '../../shared/ui/feedback';
import { formatDateTime } from '../../shared/format/dates';
import { useRecordCheckpoint, useVerifyChain } from './api';

/**
 * "Keten controleren": intact (green), or shortened / rewritten (red) with the entries and the
 * checkpoint that show it; and "Controlepunt vastleggen" to anchor the chain outside the database now.
 */
export function ChainVerificationPanel() {
  const { t } = useI18n();
  const verify = useVerifyChain();
  const checkpoint = useRecordCheckpoint();
  const result = verify.data;

  return (
    <>
      <Paragraph>{t('log.verify.intro')}</Paragraph>
      <div className="sp-actions">
        <Button
          appearance="secondary-action-button"
          busy={verify.isPending}
          onClick={() => {
            if (!verify.isPending) verify.mutate();
          }}
        >
          {t('log.verify.button')}
        </Button>
        <Button
          appearance="subtle-button"
          busy={checkpoint.isPending}
          onClick={() => {
            if (!checkpoint.isPending) checkpoint.mutate();
          }}
        >
          {t('log.verify.checkpointButton')}
        </Button>
        {verify.isPending ? <span role="status">{t('log.verify.busy')}</span> : null}
      </div>
      <div data-testid="chain-checkpoint-result" role="status">
        {checkpoint.isError ? <ErrorAlert error={checkpoint.error} /> : null}
        <CheckpointNote result={checkpoint.data?.checkpoint} />
      </div>
      <div data-testid="chain-verification-result">
        {verify.isError ? <ErrorAlert error={verify.error} /> : null}
        {result && !verify.isPending ? <VerificationResult result={result} /> : null}
      </div>
    </>
  );
}

function CheckpointNote({ result }: { result: { sequence: number; at: string } | null | undefined }) {
  const { t, locale } = useI18n();
  if (result === undefined) return null;
  return (
    <Paragraph>
      {result
        ? t('log.verify.checkpointDone', { sequence: result.sequence, time: formatDateTime(result.at, locale) })
        : t('log.verify.checkpointEmpty')}
    </Paragraph>
  );
}

function VerificationResult({ result }: { result: ChainVerification }) {
  const { t, locale } = useI18n();
  const time = (iso: string) => formatDateTime(iso, locale);
  const { checkpoints, checkpoint, affected } = result;
  const invalid =
    checkpoints.invalid > 0 ? (
      <Alert type="warning" className="sp-alert">
        <Paragraph>{t.plural('log.verify.invalidCheckpoints', checkpoints.invalid)}</Paragraph>
      </Alert>
    ) : null;

  if (result.status === 'intact') {
    return (
      <>
        <Alert type="ok" className="sp-alert">
          <Paragraph>{t('log.verify.ok', { checked: result.checked })}</Paragraph>
          <Paragraph>
            {checkpoints.latestAt
              ? t.plural('log.verify.checkpointsOk', checkpoints.count, { time: time(checkpoints.latestAt) })
              : t('log.verify.noCheckpoints')}
          </Paragraph>
        </Alert>
        {invalid}
      </>
    );
  }

  const headline =
    result.status === 'shortened' && affected
      ? t('log.verify.shortened', { from: affected.fromSequence, to: affected.toSequence })
      : result.firstBrokenSequence !== null
        ? t('log.verify.rewritten', { sequence: result.firstBrokenSequence })
        : affected
          ? t('log.verify.rewrittenRange', { from: affected.fromSequence, to: affected.toSequence })
          : t('log.verify.brokenUnknown');
  const reason =
    result.reason === 'checkpoint_mismatch' && checkpoint
      ? t('log.verify.reason.checkpoint_mismatch', { time: time(checkpoint.at), sequence: checkpoint.sequence })
      : result.reason
        ? t(`log.verify.reason.${result.reason}`)
        : null;

  return (
    <>
      <Alert type="error" className="sp-alert">
        <Paragraph>
          <strong>{headline}</strong>
        </Paragraph>
        {result.status === 'shortened' ? (
          <>
            {checkpoint ? (
              <Paragraph>
                {t('log.verify.shortenedCheckpoint', {
                  time: time(checkpoint.at),
                  sequence: checkpoint.sequence,
                  rows: checkpoint.rows,
                })}
              </Paragraph>
            ) : null}
            {result.reason === 'missing_tail' ? (
              <Paragraph>{t('log.verify.shortenedKept', { last: result.lastSequence })}</Paragraph>
            ) : null}
            <Paragraph>{t('log.verify.shortenedExplain')}</Paragraph>
          </>
        ) : reason ? (
          <Paragraph>{reason}</Paragraph>
        ) : null}
        <Paragraph>{t('log.verify.checked', { checked: result.checked })}</Paragraph>
        <Paragraph>{t('log.verify.advice')}</Paragraph>
      </Alert>
      {invalid}
    </>
  );
}
