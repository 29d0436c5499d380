import * as oidc from 'openid-client';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { authorOfAccount, type AccessLogService } from '../access-log/access-log.service';
import type { AuthService, ClientInfo, StartedSession } from './auth.service';
import type { OidcCandidate, OidcFlow, OidcRepository } from './oidc.repository';

/** Where the identity provider is and who Springplank is to it. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** Link an unlinked account by its verified e-mail address on its first OIDC sign-in. */
  linkByEmail: boolean;
  /** Allow plain-HTTP provider endpoints (development and tests only). */
  allowInsecure: boolean;
  /** The callback URL registered at the provider, exactly. */
  redirectUri: string;
}

/** A completed OIDC sign-in: the new session and the page to go to. */
export interface CompletedOidcSignIn {
  started: StartedSession;
  returnTo: string;
}

/** The token response of a redeemed code and its verified ID token claims. */
interface RedeemedCode {
  tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  claims: oidc.IDToken;
}

/** How long a sign-in may take between leaving for the provider and coming back. */
const FLOW_TTL_MS = 10 * 60_000;
/** Seconds to wait for the provider before giving up. */
const PROVIDER_TIMEOUT_SECONDS = 10;
const MAX_RETURN_TO_LENGTH = 2000;
const SCOPE = 'openid email';

/**
 * A same-site path to return to after sign-in: it starts with a single `/`, has no scheme,
 * host, backslash or control character, and is not the sign-in page; anything else is `/`.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > MAX_RETURN_TO_LENGTH) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/';
  if (value === '/inloggen' || value.startsWith('/inloggen?') || value.startsWith('/inloggen/')) return '/';
  return value;
}

/**
 * Sign-in with OpenID Connect (authorization code flow with PKCE, state and nonce). It only
 * signs in existing accounts, never creates them: administrators create users and roles.
 */
export class OidcService {
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    private readonly db: Db,
    private readonly repository: OidcRepository,
    private readonly auth: AuthService,
    private readonly accessLog: AccessLogService,
    private readonly settings: OidcSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Start a sign-in: remember state, nonce and PKCE verifier, and return the provider's URL. */
  async begin(returnTo: string | null | undefined): Promise<URL> {
    const configuration = await this.configuration();
    const now = this.now();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier,
      returnTo: safeReturnTo(returnTo),
    };
    await this.repository.purgeFlows(this.db, new Date(now.getTime() - FLOW_TTL_MS));
    await this.repository.saveFlow(this.db, flow, now);
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      response_type: 'code',
      scope: SCOPE,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Finish a sign-in from the callback's query string: check it against the stored flow
   * (used once), redeem the code, find the linked account (or link one by verified e-mail)
   * and open a session.
   */
  async complete(callbackQuery: string, client: ClientInfo): Promise<CompletedOidcSignIn> {
    // The redirect_uri sent to the token endpoint must be the registered one, whatever
    // Host header the request came in with.
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = callbackQuery;
    const state = currentUrl.searchParams.get('state');
    if (!state) throw new AppError('OIDC_FAILED');
    const flow = await this.repository.takeFlow(this.db, state, new Date(this.now().getTime() - FLOW_TTL_MS));
    if (!flow) throw new AppError('OIDC_FAILED');
    const configuration = await this.configuration();

    const { tokens, claims } = await this.redeem(configuration, currentUrl, flow);
    const identity = { issuer: claims.iss, subject: claims.sub };

    const candidate =
      (await this.repository.findByIdentity(this.db, identity.issuer, identity.subject)) ??
      (await this.linkByEmail(identity, () => this.emailClaims(configuration, tokens, claims), client));
    if (!candidate) throw new AppError('OIDC_NO_ACCOUNT');

    const refused = !candidate.active || !candidate.organisationActive;
    await this.db.transaction((tx) =>
      this.accessLog.append(tx, authorOfAccount(candidate, client.requestId), {
        action: 'auth.oidc_login',
        subjectType: 'user',
        subjectId: candidate.id,
        details: { outcome: refused ? 'account_disabled' : 'signed_in', ...identity, ip: client.ip },
      }),
    );
    if (refused) throw new AppError('ACCOUNT_DISABLED');
    return { started: await this.auth.startSession(candidate.id, client, 'oidc'), returnTo: flow.returnTo };
  }

  /**
   * On a first sign-in, link the account whose e-mail address the provider vouches for
   * (`email_verified` true). An account already linked to another identity is never
   * relinked, and a disabled one is returned unlinked (the caller refuses it).
   */
  private async linkByEmail(
    identity: { issuer: string; subject: string },
    readEmail: () => Promise<Record<string, unknown>>,
    client: ClientInfo,
  ): Promise<OidcCandidate | null> {
    if (!this.settings.linkByEmail) return null;
    const { email, email_verified: verified } = await readEmail();
    if (typeof email !== 'string' || email.trim() === '' || verified !== true) return null;
    const candidate = await this.repository.findByEmail(this.db, email.trim());
    if (!candidate || candidate.oidcSubject !== null) return null;
    if (!candidate.active || !candidate.organisationActive) return candidate;
    const linked = await this.db.transaction(async (tx) => {
      if (!(await this.repository.link(tx, candidate.id, identity.issuer, identity.subject, this.now()))) return false;
      await this.accessLog.append(tx, authorOfAccount(candidate, client.requestId), {
        action: 'auth.oidc_linked',
        subjectType: 'user',
        subjectId: candidate.id,
        details: { ...identity, ip: client.ip },
      });
      return true;
    });
    return linked ? candidate : null;
  }

  /** Check the callback against the flow, redeem the code and read the ID token's claims. */
  private async redeem(configuration: oidc.Configuration, currentUrl: URL, flow: OidcFlow): Promise<RedeemedCode> {
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        pkceCodeVerifier: flow.codeVerifier,
      });
      const claims = tokens.claims();
      if (!claims) throw new AppError('OIDC_FAILED');
      return { tokens, claims };
    } catch (error) {
      throw oidcFailed(error);
    }
  }

  /** The e-mail claims: from the ID token, or from UserInfo when the provider keeps them there. */
  private async emailClaims(
    configuration: oidc.Configuration,
    tokens: RedeemedCode['tokens'],
    claims: oidc.IDToken,
  ): Promise<Record<string, unknown>> {
    if (claims.email !== undefined) return claims;
    try {
      return await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    } catch (error) {
      throw oidcFailed(error);
    }
  }

  /** The provider's discovered configuration, cached; a failed discovery is retried next time. */
  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = null;
      throw oidcFailed(error);
    });
    return this.discovered;
  }

  /** Fetch the provider's metadata (plain HTTP only when explicitly allowed). */
  private discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret, allowInsecure } = this.settings;
    return oidc.discovery(new URL(issuer), clientId, clientSecret, clientSecret ? undefined : oidc.None(), {
      timeout: PROVIDER_TIMEOUT_SECONDS,
      ...(allowInsecure ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
  }
}

/** OIDC_FAILED carrying the provider or library error as its cause, for the log. */
function oidcFailed(cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  const error = new AppError('OIDC_FAILED');
  error.cause = cause;
  return error;
}
