import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ApiError, isApiError } from '../api/client';
import type { Locale } from '@springplank/contract';
import type { Translate } from '../i18n/I18nProvider';
import { serverIssueText } from '../i18n/issue-messages';
import { useT } from '../i18n/useT';

/** The text to show for an error: our own translation for known codes, else the server's message. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    return t.lookup(`error.${error.code}`) ?? (error.message || t('error.INTERNAL'));
  }
  return t('error.INTERNAL');
}

/**
 * Per-field messages of a VALIDATION_FAILED error in `locale`, keyed by the field path (e.g.
 * "email"); the texts come from the issue codes, so the English UI shows no Dutch.
 */
export function fieldErrorsOf(error: unknown, locale: Locale = 'nl'): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  for (const issue of error.issues) {
    const key = issue.path.replace(/^(body|query|params)\./, '').split('.')[0] ?? issue.path;
    result[key] ??= serverIssueText(locale, issue);
  }
  return result;
}

/** A polite "loading" line that screen readers announce. */
export function Loading({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <Paragraph className="sp-loading" role="status">
      {children ?? t('common.loading')}
    </Paragraph>
  );
}

/** A red Alert (role="alert") with the translated error text and an optional retry button. */
export function ErrorAlert({
  error,
  onRetry,
  children,
}: {
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert type="error" className="sp-alert">
      <Paragraph>{children ?? errorText(error, t)}</Paragraph>
      {requestId ? <Paragraph appearance="small">{t('common.requestId', { id: requestId })}</Paragraph> : null}
      {onRetry ? (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

/** A green Alert (role="status") confirming that something worked. */
export function SuccessAlert({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Alert type="ok" className="sp-alert" data-testid={testId}>
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
