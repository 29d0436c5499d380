import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert } from '../../shared/ui/feedback';
import { useVerifyChain } from './api';

/** The "Keten controleren" button and its green (intact) or red (broken at #N) result. */
export function ChainVerificationPanel() {
  const t = useT();
  const verify = useVerifyChain();
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
        {verify.isPending ? <span role="status">{t('log.verify.busy')}</span> : null}
      </div>
      <div data-testid="chain-verification-result">
        {verify.isError ? <ErrorAlert error={verify.error} /> : null}
        {result && !verify.isPending && result.valid ? (
          <Alert type="ok" className="sp-alert">
            <Paragraph>{t('log.verify.ok', { checked: result.checked })}</Paragraph>
          </Alert>
        ) : null}
        {result && !verify.isPending && !result.valid ? (
          <Alert type="error" className="sp-alert">
            <Paragraph>
              <strong>
                {result.firstBrokenSequence !== null
                  ? t('log.verify.broken', { sequence: result.firstBrokenSequence })
                  : t('log.verify.brokenUnknown')}
              </strong>
            </Paragraph>
            {result.reason ? <Paragraph>{t(`log.verify.reason.${result.reason}`)}</Paragraph> : null}
            <Paragraph>{t('log.verify.checked', { checked: result.checked })}</Paragraph>
            <Paragraph>{t('log.verify.advice')}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </>
  );
}
