import { LoginRequest } from '@springplank/contract';
import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useT } from '../../shared/i18n/useT';
import { Loading } from '../../shared/ui/feedback';
import { ApiForm, FormText, SubmitButton, useApiForm, type ApiFormHandle } from '../../shared/ui/form';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { safeReturnPath, useAuthMethods, useClearSession, useLogin, useSession } from '../../shared/api/session';

/**
 * The sign-in form: the contract's request, the e-mail address trimmed first. The password is
 * the contract's raw string: sent exactly as typed, spaces included.
 */
const SignInForm = LoginRequest.extend({ email: z.string().trim().pipe(LoginRequest.shape.email) });

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
  const clearSession = useClearSession();
  const apiForm = useApiForm({
    id: 'sign-in',
    schema: SignInForm,
    defaultValues: { email: '', password: '' },
    submit: (values) => login.mutateAsync(values),
    onSuccess: () => void navigate(returnTo, { replace: true }),
  });
  // Every new attempt starts without the last refusal (as before the form layer): the refusal
  // disappears while the next attempt is sent, and the signed-out and session-expired notices
  // come back while the person corrects a field.
  const form: ApiFormHandle<typeof SignInForm> = {
    ...apiForm,
    notice: login.isPending ? null : apiForm.notice,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      if (!apiForm.isSubmitting) login.reset();
      apiForm.onSubmit(event);
    },
  };

  // Arriving here after "Uitloggen": now it is safe to forget the session (once, not after a new sign-in).
  const signOutHandled = useRef(false);
  useEffect(() => {
    if (signOutHandled.current || !state.signedOut) return;
    signOutHandled.current = true;
    if (user) clearSession();
  }, [state.signedOut, user, clearSession]);

  // Already signed in: go on. (Not while signing out: the session is being cleared then.)
  if (user && !login.isPending && !state.signedOut) return <Navigate to={returnTo} replace />;

  const oidc = methods.data?.oidc;
  const passwordEnabled = methods.data?.password ?? true;

  const startOidc = () => {
    window.location.assign(`/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
  };

  // The OIDC callback sends people back here with ?fout=<CODE> when sign-in failed.
  const externalError = params.get('fout') ?? params.get('error');

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

      {passwordEnabled ? (
        <>
          <Paragraph>{t('auth.intro')}</Paragraph>
          <ApiForm form={form}>
            <FormText
              name="email"
              type="email"
              label={t('auth.email')}
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
            />
            <FormText name="password" type="password" label={t('auth.password')} autoComplete="current-password" />
            <ButtonGroup>
              <SubmitButton>{t('auth.submit')}</SubmitButton>
            </ButtonGroup>
            {login.isPending ? <Loading>{t('auth.submitting')}</Loading> : null}
          </ApiForm>
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
