import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, Loading } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { safeReturnPath, useAuthMethods, useClearSession, useLogin, useSession } from '../../shared/api/session';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** State other pages pass along when they send someone to the sign-in page. */
export interface SignInLocationState {
  signedOut?: boolean;
  expired?: boolean;
}

/** The sign-in page: e-mail and password, plus the organisation's OpenID Connect login if enabled. */
export function SignInPage() {
  const t = useT();
  usePageTitle(t('auth.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('returnTo'));
  const state = (location.state ?? {}) as SignInLocationState;
  const { user } = useSession();
  const methods = useAuthMethods();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const clearSession = useClearSession();

  // Arriving here after "Uitloggen": now it is safe to forget the session (once, not after a new sign-in).
  const signOutHandled = useRef(false);
  useEffect(() => {
    if (signOutHandled.current || !state.signedOut) return;
    signOutHandled.current = true;
    if (user) clearSession();
  }, [state.signedOut, user, clearSession]);

  // Already signed in: go on. (Not while signing out: the session is being cleared then.)
  if (user && !login.isPending && !state.signedOut) return <Navigate to={returnTo} replace />;

  const serverErrors = fieldErrorsOf(login.error);
  const errors = { ...serverErrors, ...clientErrors };
  const oidc = methods.data?.oidc;
  const passwordEnabled = methods.data?.password ?? true;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const found: Record<string, string> = {};
    if (!email.trim()) found['email'] = t('validation.required');
    else if (!EMAIL_PATTERN.test(email.trim())) found['email'] = t('validation.email');
    if (!password) found['password'] = t('validation.required');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      login.reset();
      const first = found['email'] ? 'email' : 'password';
      document.getElementById(first)?.focus();
      return;
    }
    login.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(returnTo, { replace: true }) });
  };

  const startOidc = () => {
    window.location.assign(`/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
  };

  // The OIDC callback sends people back here with ?fout=<CODE> when sign-in failed.
  const externalError = params.get('fout') ?? params.get('error');
  const loginFailed = login.isError && !isApiError(login.error, 'VALIDATION_FAILED');

  return (
    <div className="sp-narrow">
      <Heading1>{t('auth.title')}</Heading1>
      <Paragraph className="sp-report-cta">
        <RouterLink to="/melden" data-testid="sign-in-report-link">
          {t('report.signInLink')}
        </RouterLink>
      </Paragraph>
      {state.signedOut && !login.isError ? (
        <Alert type="ok" className="sp-alert">
          <Paragraph>{t('auth.signedOut')}</Paragraph>
        </Alert>
      ) : null}
      {state.expired && !login.isError ? (
        <Alert type="info" className="sp-alert">
          <Paragraph>{t('auth.sessionExpired')}</Paragraph>
        </Alert>
      ) : null}
      {externalError ? (
        <Alert type="error" className="sp-alert">
          <Paragraph>{t.lookup(`error.${externalError}`) ?? t('auth.oidcFailed')}</Paragraph>
        </Alert>
      ) : null}
      {loginFailed ? <ErrorAlert error={login.error} /> : null}
      {isApiError(login.error, 'VALIDATION_FAILED') || Object.keys(clientErrors).length > 0 ? (
        <ErrorAlert error={null}>{t('common.fixErrors')}</ErrorAlert>
      ) : null}

      {passwordEnabled ? (
        <>
          <Paragraph>{t('auth.intro')}</Paragraph>
          <form className="sp-form" onSubmit={onSubmit} noValidate>
            <TextField
              id="email"
              type="email"
              label={t('auth.email')}
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              error={errors['email']}
              onChange={(event) => setEmail(event.target.value)}
            />
            <TextField
              id="password"
              type="password"
              label={t('auth.password')}
              autoComplete="current-password"
              value={password}
              error={errors['password']}
              onChange={(event) => setPassword(event.target.value)}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={login.isPending}>
                {t('auth.submit')}
              </Button>
            </ButtonGroup>
            {login.isPending ? <Loading>{t('auth.submitting')}</Loading> : null}
          </form>
        </>
      ) : null}

      {oidc?.enabled ? (
        <div className="sp-oidc">
          {passwordEnabled ? <Paragraph>{t('auth.oidcIntro')}</Paragraph> : null}
          <Button type="button" appearance="secondary-action-button" onClick={startOidc}>
            {t('auth.oidc', { label: oidc.label })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
