import compress from '@fastify/compress';
import { ReportReceipt, SessionResponse } from '@springplank/contract';
import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * Answers that carry a secret: the session's CSRF token (`SessionResponse`) and a reporter's
 * private status token (`ReportReceipt`). A compressed answer whose length depends on both a
 * secret and text an attacker can put beside it leaks the secret byte by byte (BREACH), so
 * these are never compressed.
 */
const SECRET_BEARING_SCHEMAS: readonly unknown[] = [SessionResponse, ReportReceipt];

/** Everything under this prefix is about the session (its token, the own sessions list, sign-in redirects). */
const SESSION_PREFIX = '/api/v1/auth/';

/** True when a route's answer may carry a secret and so must go out uncompressed (BREACH). */
export function carriesSecret(route: Pick<RouteOptions, 'url' | 'schema'>): boolean {
  if (route.url.startsWith(SESSION_PREFIX)) return true;
  const responses = (route.schema?.response ?? {}) as Record<string, unknown>;
  return Object.values(responses).some((schema) => SECRET_BEARING_SCHEMAS.includes(schema));
}

/**
 * Brotli or gzip for every answer over 1 KiB whose type compresses (JSON, HTML, CSS, JS, CSV),
 * except those that carry a secret. Register before any route: the decision is made per route
 * when it is added. Static files come precompressed from the build (`.br`, `.gz`) and are sent
 * as they are; without those files they are compressed here on the fly.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Runs before the plugin's own onRoute hook (registered after this one), which reads `compress`.
  app.addHook('onRoute', (route) => {
    if (carriesSecret(route)) route.compress = false;
  });
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // The web app sends plain JSON; compressed request bodies are not needed, so they stay refused.
    globalDecompression: false,
  });
}
