import { generateKeyPairSync } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
// @ts-expect-error -- oidc-provider ships no type declarations; the few parts used are typed below.
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, users } from '../../db/schema';
import { createUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { safeReturnTo } from './oidc.service';

/** Springplank's address as the provider knows it; requests reach the app through inject(). */
const PUBLIC_URL = 'http://localhost:3999';
const CALLBACK_URL = `${PUBLIC_URL}/api/v1/auth/oidc/callback`;
const CLIENT_ID = 'springplank-test';
const CLIENT_SECRET = 'a-client-secret-for-tests-only';

/** The claims the test provider knows about each of its accounts. */
interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
}

/** A real OpenID Connect provider (oidc-provider) on 127.0.0.1 with one confidential client. */
interface TestProvider {
  issuer: string;
  accounts: Map<string, ProviderAccount>;
  /** While down, the provider answers everything with 503. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/** The part of oidc-provider's (untyped) API this test uses. */
interface ProviderInstance {
  callback(): RequestListener;
}
const OidcProvider = Provider as new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

/**
 * Start a provider. With `claimsInIdToken` the e-mail claims travel in the ID token;
 * without, only through UserInfo (the provider's strict default).
 */
async function startProvider(claimsInIdToken: boolean): Promise<TestProvider> {
  const accounts = new Map<string, ProviderAccount>();
  let down = false;
  let handler: RequestListener = () => undefined;
  const server: Server = createServer((request, response) => {
    if (down) {
      response.writeHead(503).end();
      return;
    }
    void handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new OidcProvider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [CALLBACK_URL],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: !claimsInIdToken,
    cookies: { keys: ['oidc-test-cookie-key'] },
    jwks: { keys: [generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: () => ({ sub, ...accounts.get(sub) }),
    }),
  });
  handler = provider.callback();
  return {
    issuer,
    accounts,
    setDown: (value) => {
      down = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Cookies of one browser at the provider (paths are ignored: the test talks to one host). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Remember the cookies a response sets (and forget the ones it expires). */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now());
      if (expired || pair.slice(at + 1) === '') this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1));
    }
  }

  /** The Cookie header to send. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Act as the browser at the provider: follow its redirects, sign in as `sub` on its login
 * form, approve its consent form, and return the URL it finally sends the browser back to.
 */
async function signInAtProvider(authorizationUrl: string, sub: string): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      body: form,
      redirect: 'manual',
      headers: { cookie: jar.header() },
    });
    jar.store(response);
    form = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(CALLBACK_URL)) return next;
      url = next.href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt)
      throw new Error(`unexpected provider page ${response.status}: ${html.slice(0, 500)}`);
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    form = new URLSearchParams(prompt === 'login' ? { prompt, login: sub, password: 'any' } : { prompt });
  }
  throw new Error('too many steps at the provider');
}

/** Start a sign-in at Springplank; returns the provider URL it redirects to. */
async function beginAtSpringplank(app: TestApp, returnTo?: string): Promise<string> {
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const response = await app.app.inject({ url: `/api/v1/auth/oidc/login${query}` });
  expect(response.statusCode).toBe(302);
  return String(response.headers.location);
}

/** Hand the provider's redirect to Springplank's callback. */
function callback(app: TestApp, url: URL): Promise<LightMyRequestResponse> {
  return app.app.inject({ url: `${url.pathname}${url.search}` });
}

/** The whole sign-in as `sub`, from Springplank to the provider and back. */
async function signIn(app: TestApp, sub: string, returnTo?: string): Promise<LightMyRequestResponse> {
  return callback(app, await signInAtProvider(await beginAtSpringplank(app, returnTo), sub));
}

function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === 'springplank_session')?.value;
}

async function actionsFor(app: TestApp, userId: string) {
  return app.db
    .select({ action: accessLog.action, details: accessLog.details })
    .from(accessLog)
    .where(eq(accessLog.subjectId, userId))
    .orderBy(accessLog.sequence);
}

function oidcEnv(issuer: string): Record<string, string> {
  return {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_ALLOW_INSECURE: 'true',
    OIDC_LABEL: 'Testinlog',
    PUBLIC_URL: PUBLIC_URL,
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  };
}

describe('sign-in with OpenID Connect', () => {
  let provider: TestProvider;
  let app: TestApp;

  beforeAll(async () => {
    provider = await startProvider(true);
    app = await createTestApp(oidcEnv(provider.issuer));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('reports the method and sends the browser to the provider with PKCE, state and nonce', async () => {
    const methods = await app.app.inject('/api/v1/auth/methods');
    expect(methods.json().oidc).toEqual({ enabled: true, label: 'Testinlog' });
    const paths = Object.keys((await app.app.inject('/api/v1/openapi.json')).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback']));
    const location = new URL(await beginAtSpringplank(app, '/start'));
    expect(location.origin).toBe(provider.issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: CALLBACK_URL,
      response_type: 'code',
      code_challenge_method: 'S256',
      scope: 'openid email',
    });
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(location.searchParams.get(name)).toMatch(/^[\w-]{43}$/);
  });

  it('signs in a linked user, whose session cookie then works', async () => {
    const user = await createUser(app.db, { role: 'outreach_worker' });
    await app.db
      .update(users)
      .set({ oidcIssuer: provider.issuer, oidcSubject: 'linked-1' })
      .where(eq(users.id, user.id));
    provider.accounts.set('linked-1', { email: 'someone-else@example.test', email_verified: true });

    const response = await signIn(app, 'linked-1', '/clienten/123?tab=plan');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/clienten/123?tab=plan');
    expect(response.cookies.find((c) => c.name === 'springplank_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    });
    const session = await app.app.inject({
      url: '/api/v1/auth/session',
      cookies: { springplank_session: sessionCookieOf(response)! },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ id: user.id, email: user.email, roles: ['outreach_worker'] });

    const entries = await actionsFor(app, user.id);
    expect(entries.map((e) => e.action)).toEqual(['auth.oidc_login', 'auth.login']);
    expect(entries[0]?.details).toMatchObject({ outcome: 'signed_in', issuer: provider.issuer, subject: 'linked-1' });
    expect(entries[1]?.details).toMatchObject({ method: 'oidc' });
  });

  it('ends the session the browser still had when it signs in again, and issues a new one', async () => {
    const user = await createUser(app.db, { role: 'outreach_worker' });
    await app.db
      .update(users)
      .set({ oidcIssuer: provider.issuer, oidcSubject: 'rotating-1' })
      .where(eq(users.id, user.id));
    const first = sessionCookieOf(await signIn(app, 'rotating-1'))!;
    const returned = await signInAtProvider(await beginAtSpringplank(app), 'rotating-1');
    const again = await app.app.inject({
      url: `${returned.pathname}${returned.search}`,
      cookies: { springplank_session: first },
    });
    expect(again.statusCode).toBe(302);
    const second = sessionCookieOf(again)!;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const sessionWith = (token: string) =>
      app.app.inject({ url: '/api/v1/auth/session', cookies: { springplank_session: token } });
    expect((await sessionWith(first)).statusCode).toBe(401);
    expect((await sessionWith(second)).statusCode).toBe(200);
  });

  it('links an account by verified e-mail address on the first sign-in', async () => {
    const user = await createUser(app.db, { role: 'meldpunt_operator', email: 'first.time@example.test' });
    provider.accounts.set('new-sub-1', { email: 'First.Time@Example.test', email_verified: true });

    const response = await signIn(app, 'new-sub-1');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    expect(sessionCookieOf(response)).toBeTruthy();
    const [row] = await app.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ oidcIssuer: provider.issuer, oidcSubject: 'new-sub-1' });
    expect((await actionsFor(app, user.id)).map((e) => e.action)).toEqual([
      'auth.oidc_linked',
      'auth.oidc_login',
      'auth.login',
    ]);

    // From now on the link, not the e-mail address, finds the account.
    provider.accounts.set('new-sub-1', { email: 'changed@example.test', email_verified: true });
    const again = await signIn(app, 'new-sub-1');
    expect(again.headers.location).toBe('/');
    expect(sessionCookieOf(again)).toBeTruthy();
  });

  it('does not link by an unverified e-mail address', async () => {
    const user = await createUser(app.db, { role: 'access_officer', email: 'unverified@example.test' });
    provider.accounts.set('unverified-1', { email: 'unverified@example.test', email_verified: false });

    const response = await signIn(app, 'unverified-1');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/inloggen?fout=OIDC_NO_ACCOUNT');
    expect(sessionCookieOf(response)).toBeUndefined();
    const [row] = await app.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ oidcIssuer: null, oidcSubject: null });
    expect(await actionsFor(app, user.id)).toEqual([]);
  });

  it('never relinks an account that is already linked to another identity', async () => {
    const user = await createUser(app.db, { role: 'access_officer', email: 'taken@example.test' });
    await app.db
      .update(users)
      .set({ oidcIssuer: provider.issuer, oidcSubject: 'original' })
      .where(eq(users.id, user.id));
    provider.accounts.set('intruder', { email: 'taken@example.test', email_verified: true });

    const response = await signIn(app, 'intruder');
    expect(response.headers.location).toBe('/inloggen?fout=OIDC_NO_ACCOUNT');
    const [row] = await app.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.oidcSubject).toBe('original');
  });

  it('refuses an unknown subject and creates no account', async () => {
    provider.accounts.set('stranger', { email: 'stranger@example.test', email_verified: true });
    const before = (await app.db.select({ id: users.id }).from(users)).length;

    const response = await signIn(app, 'stranger');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/inloggen?fout=OIDC_NO_ACCOUNT');
    expect(sessionCookieOf(response)).toBeUndefined();
    expect((await app.db.select({ id: users.id }).from(users)).length).toBe(before);
  });

  it('refuses a disabled account, and logs the attempt', async () => {
    const user = await createUser(app.db, { role: 'provider_staff', active: false });
    await app.db
      .update(users)
      .set({ oidcIssuer: provider.issuer, oidcSubject: 'disabled-1' })
      .where(eq(users.id, user.id));
    provider.accounts.set('disabled-1', {});

    const response = await signIn(app, 'disabled-1');
    expect(response.headers.location).toBe('/inloggen?fout=ACCOUNT_DISABLED');
    expect(sessionCookieOf(response)).toBeUndefined();
    const entries = await actionsFor(app, user.id);
    expect(entries.map((e) => e.action)).toEqual(['auth.oidc_login']);
    expect(entries[0]?.details).toMatchObject({ outcome: 'account_disabled' });
  });

  it('refuses a callback with a wrong or replayed state', async () => {
    const user = await createUser(app.db, { role: 'housing_officer' });
    await app.db
      .update(users)
      .set({ oidcIssuer: provider.issuer, oidcSubject: 'state-1' })
      .where(eq(users.id, user.id));
    provider.accounts.set('state-1', {});
    const returned = await signInAtProvider(await beginAtSpringplank(app), 'state-1');

    // An unknown state.
    const forged = new URL(returned);
    forged.searchParams.set('state', 'made-up-state');
    const forgedResponse = await callback(app, forged);
    expect(forgedResponse.statusCode).toBe(302);
    expect(forgedResponse.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(sessionCookieOf(forgedResponse)).toBeUndefined();

    // The state of another sign-in in progress: the code is bound to the first one's PKCE verifier.
    const other = new URL(await beginAtSpringplank(app)).searchParams.get('state')!;
    const swapped = new URL(returned);
    swapped.searchParams.set('state', other);
    const swappedResponse = await callback(app, swapped);
    expect(swappedResponse.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(sessionCookieOf(swappedResponse)).toBeUndefined();

    // No state at all.
    const stateless = new URL(returned);
    stateless.searchParams.delete('state');
    expect((await callback(app, stateless)).headers.location).toBe('/inloggen?fout=OIDC_FAILED');

    // The genuine callback works once, and a replay of it does not.
    const genuine = await callback(app, returned);
    expect(genuine.headers.location).toBe('/');
    expect(sessionCookieOf(genuine)).toBeTruthy();
    const replay = await callback(app, returned);
    expect(replay.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(sessionCookieOf(replay)).toBeUndefined();
  });

  it('refuses a callback reporting an error from the provider', async () => {
    const state = new URL(await beginAtSpringplank(app)).searchParams.get('state')!;
    const url = new URL(CALLBACK_URL);
    url.search = new URLSearchParams({ error: 'access_denied', state, iss: provider.issuer }).toString();
    const response = await callback(app, url);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(response.body).toBe('');
  });

  it('refuses a malformed or empty callback, never with a 500', async () => {
    const response = await app.app.inject({ url: '/api/v1/auth/oidc/callback?state=a&state=b' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    const bare = await app.app.inject({ url: '/api/v1/auth/oidc/callback' });
    expect(bare.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
  });

  it.each(['https://evil.example', '//evil', '/\\evil.example', 'javascript:alert(1)'])(
    'falls back to / for the unsafe returnTo %s',
    async (returnTo) => {
      const user = await createUser(app.db, { role: 'policy_analyst' });
      const sub = `return-${user.id}`;
      await app.db.update(users).set({ oidcIssuer: provider.issuer, oidcSubject: sub }).where(eq(users.id, user.id));
      provider.accounts.set(sub, {});
      const response = await signIn(app, sub, returnTo);
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/');
      expect(sessionCookieOf(response)).toBeTruthy();
    },
  );
});

describe('OpenID Connect with the e-mail address only in UserInfo, and an unreachable provider', () => {
  let provider: TestProvider;
  let app: TestApp;

  beforeAll(async () => {
    provider = await startProvider(false);
    provider.setDown(true);
    app = await createTestApp({ ...oidcEnv(provider.issuer), LOGIN_RATE_LIMIT_PER_MINUTE: '5' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('redirects to the sign-in page while discovery fails, and retries it on the next sign-in', async () => {
    const failed = await app.app.inject({ url: '/api/v1/auth/oidc/login?returnTo=/x' });
    expect(failed.statusCode).toBe(302);
    expect(failed.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    provider.setDown(false);
    expect(new URL(await beginAtSpringplank(app)).origin).toBe(provider.issuer);
  });

  it('links by the verified e-mail address from UserInfo', async () => {
    const user = await createUser(app.db, { role: 'outreach_worker', email: 'userinfo@example.test' });
    provider.accounts.set('userinfo-1', { email: 'userinfo@example.test', email_verified: true });
    const response = await signIn(app, 'userinfo-1', '/werkvoorraad');
    expect(response.headers.location).toBe('/werkvoorraad');
    expect(sessionCookieOf(response)).toBeTruthy();
    const [row] = await app.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.oidcSubject).toBe('userinfo-1');
  });

  it('redirects to the sign-in page when rate limited', async () => {
    const locations: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await app.app.inject({ url: '/api/v1/auth/oidc/callback?state=nope' });
      expect(response.statusCode).toBe(302);
      locations.push(String(response.headers.location));
    }
    expect(locations.at(-1)).toBe('/inloggen?fout=RATE_LIMITED');
  });
});

describe('OpenID Connect switched off', () => {
  it('registers no OIDC routes and reports the method disabled', async () => {
    const app = await createTestApp();
    try {
      expect((await app.app.inject('/api/v1/auth/methods')).json().oidc.enabled).toBe(false);
      expect((await app.app.inject('/api/v1/auth/oidc/login')).statusCode).toBe(404);
      expect(app.services.oidc).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('safeReturnTo', () => {
  it('keeps same-site paths and refuses everything else', () => {
    expect(safeReturnTo('/clienten/1?tab=a#b')).toBe('/clienten/1?tab=a#b');
    for (const unsafe of [
      undefined,
      null,
      '',
      'clienten',
      'https://evil.example/',
      '//evil',
      '/\\evil',
      '/ok\nSet-Cookie: x',
      '/inloggen',
      '/inloggen?fout=X',
      `/${'a'.repeat(2001)}`,
    ]) {
      expect(safeReturnTo(unsafe), String(unsafe)).toBe('/');
    }
  });
});
