import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { AppError } from '../errors';
import type { AuthService } from '../modules/auth/auth.service';
import { SESSION_COOKIE } from '../modules/auth/session-token';
import { decide, publicAccess, type RoutePolicy } from './policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every route as registered, so a test can check that each one carries a policy. */
export type RouteInventory = RouteOptions[];

/**
 * Deny by default: before the body is even parsed, load the session, check the route's
 * policy (a route without one is refused) and, for changes made with a session, the
 * CSRF token.
 */
export function registerAccessControl(app: FastifyInstance, auth: AuthService, inventory: RouteInventory): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('grantedRole', null);
  app.addHook('onRoute', (route) => {
    inventory.push(route);
  });
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const policy = request.routeOptions.config.policy;
    if (!policy) {
      request.log.error({ url: request.routeOptions.url }, 'route without policy refused');
      throw new AppError('FORBIDDEN');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await auth.authenticate(token);
    const decision = decide(policy, request.actor);
    if (!decision.allowed) throw new AppError(decision.code);
    request.grantedRole = decision.role;
    // Any change made with a session carries the CSRF token, also on public routes (a
    // signed-in professional's report is submitted on behalf of their organisation).
    if (request.actor && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, request.actor.csrfToken)) {
        throw new AppError('CSRF_FAILED');
      }
    }
  });
}

/**
 * Run `register` in its own context where every route it adds (third-party plugins such
 * as static files and API docs) gets the given policy explicitly.
 */
export async function withPolicy(
  app: FastifyInstance,
  policy: RoutePolicy,
  register: (scope: FastifyInstance) => Promise<void>,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...(route.config ?? {}), policy };
    });
    await register(scope);
  });
}

/** Public static assets and documentation. */
export const publicAsset: RoutePolicy = { ...publicAccess, name: 'public-asset' };

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
