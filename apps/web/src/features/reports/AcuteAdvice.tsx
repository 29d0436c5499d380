import { Alert, Paragraph, Strong } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';

/** The prominent "call 112 / crisis service" advice for acute danger (role="alert", read out at once). */
export function AcuteAdvice({ recorded = false, testId }: { recorded?: boolean; testId?: string }) {
  const t = useT();
  return (
    <Alert type="error" className="sp-alert sp-acute" data-testid={testId}>
      <Paragraph>
        <Strong>{t('report.acute.call112')}</Strong>
      </Paragraph>
      <Paragraph>{t('report.acute.crisis')}</Paragraph>
      {recorded ? <Paragraph>{t('report.acute.recorded')}</Paragraph> : null}
    </Alert>
  );
}
