import { useEffect, useState, type ReactNode } from 'react';
import { useSession } from '../shared/api/session';
import { areSignedInTextsLoaded, loadSignedInTexts } from '../shared/i18n/languages';
import { useT } from '../shared/i18n/useT';
import { ErrorAlert, Loading } from '../shared/ui/feedback';

/**
 * Holds back what a signed-in user sees until the Dutch texts of the signed-in screens have
 * arrived (their own chunk, so the public report form stays small). Anonymous visitors never
 * wait for or download them.
 */
export function SignedInTexts({ children }: { children: ReactNode }) {
  const t = useT();
  const { user } = useSession();
  const needed = Boolean(user) && !areSignedInTextsLoaded();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ attempt: number; failed: boolean } | null>(null);

  useEffect(() => {
    if (!needed) return;
    let current = true;
    loadSignedInTexts().then(
      () => current && setOutcome({ attempt, failed: false }),
      () => current && setOutcome({ attempt, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [needed, attempt]);

  if (!needed) return children;
  if (outcome?.attempt === attempt && outcome.failed) {
    return (
      <main id="main" className="sp-main">
        <ErrorAlert error={null} onRetry={() => setAttempt((count) => count + 1)}>
          {t('app.textsFailed')}
        </ErrorAlert>
      </main>
    );
  }
  return <Loading />;
}
