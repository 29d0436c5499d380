import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { describeIssue, issueText } from '@springplank/contract';
import { z } from 'zod';
import type { AppConfig } from './config';
import type { Services } from './composition-root';
import { publicAsset, registerAccessControl, withPolicy, type RouteInventory } from './http/access-control';
import { registerCompression } from './http/compression';
import { AppError } from './errors';
import { clientErrorHandler, frameworkErrors, registerErrorHandling, sendError } from './http/error-handler';
import { actorContext } from './http/request-context';
import { accessLogRoutes } from './modules/access-log/access-log.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { oidcRoutes } from './modules/auth/oidc.routes';
import { sessionsRoutes } from './modules/auth/sessions.routes';
import { capacityRoutes } from './modules/capacity/capacity.routes';
import { casesRoutes } from './modules/cases/cases.routes';
import { housingRoutes } from './modules/housing/housing.routes';
import { supportPlansRoutes } from './modules/support-plans/support-plans.routes';
import { veldtafelRoutes } from './modules/veldtafel/veldtafel.routes';
import { applicationsRoutes } from './modules/access/applications.routes';
import { waitlistRoutes } from './modules/access/waitlist.routes';
import { healthRoutes } from './modules/health/health.routes';
import { monitorRoutes } from './modules/monitor/monitor.routes';
import { monitorTargetsRoutes } from './modules/monitor/targets.routes';
import { organisationsRoutes } from './modules/organisations/organisations.routes';
import { outboxRoutes } from './modules/outbox/outbox.routes';
import { placementsRoutes } from './modules/placements/placements.routes';
import { regionsRoutes } from './modules/regions/regions.routes';
import { importRoutes } from './modules/import/import.routes';
import { meldpuntSettingsRoutes } from './modules/triage/settings.routes';
import { triageRoutes } from './modules/triage/triage.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { staysRoutes } from './modules/stays/stays.routes';
import { usersRoutes } from './modules/users/users.routes';
import { BatchedCounters } from './modules/rate-limit/batched-counters';
import { pgRateLimitStore } from './modules/rate-limit/pg-rate-limit-store';
import { indicatorsRoutes } from './modules/indicators/indicators.routes';

// Zod speaks Dutch from the contract's one catalogue (issue-texts.ts), never its own locale
// strings: the error responses build their messages from the same codes (validation-issues.ts).
z.config({ customError: (issue) => issueText('nl', describeIssue(issue)) });

/** Options for building the HTTP application. */
export interface BuildAppOptions {
  config: AppConfig;
  services: Services;
  /** A pino logger options object, or false to stay silent (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Extra routes (tests register probes here); they need a policy like any route. */
  extraRoutes?: (app: FastifyInstance) => Promise<void>;
}

/** The built application with the inventory of every registered route. */
export interface BuiltApp {
  app: FastifyInstance;
  routes: RouteInventory;
  markShuttingDown(): void;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Build the Fastify application: API, docs, health checks and the web app. */
export async function buildApp(options: BuildAppOptions): Promise<BuiltApp> {
  const { config, services } = options;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      serializers: {
        // OIDC codes and states, and reporters' private status tokens, stay out of the logs.
        req: (request: { method: string; url: string; id: string }) => ({
          method: request.method,
          url: request.url
            .replace(/([?&](?:code|state)=)[^&]*/g, '$1[redacted]')
            .replace(/(\/status\/)[^/?]+/, '$1[redacted]'),
          requestId: request.id,
        }),
      },
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only: a cross-site form can send text/plain without a preflight, JSON it cannot.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let shuttingDown = false;
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // While shutting down, answers close their keep-alive connection so close() can finish.
    if (shuttingDown) reply.header('connection', 'close');
    // API answers carry personal data: no browser or proxy may keep them, unless a route says otherwise.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    }
  });

  const routes: RouteInventory = [];
  registerErrorHandling(app);
  // A 404 that hides an existing record outside the actor's scope is logged as denied.
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || !error.refused || !request.actor) return;
    try {
      await services.deniedReads.record(actorContext(request), error.refused);
    } catch (logError) {
      request.log.error({ err: logError }, 'could not log a denied read');
    }
  });
  await app.register(cookie);
  await registerCompression(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...(config.oidc ? [new URL(config.oidc.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  // Counters live in the database, so every instance behind a load balancer shares each limit.
  // Cached settings are dropped on every instance when any instance changes them (LISTEN/NOTIFY).
  const stopListening = await services.settingsChanges.listen(services.database);
  app.addHook('onClose', async () => {
    await stopListening();
  });
  const batchedCounters = new BatchedCounters(services.rateLimitCounters);
  app.addHook('onClose', () => batchedCounters.flush());
  await app.register(rateLimit, {
    global: false,
    store: pgRateLimitStore(batchedCounters, services.rateLimitCounters),
  });
  registerAccessControl(app, services.auth, routes);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Springplank API',
        version: '1',
        description:
          'API of Springplank. Errors always have the shape `{ error: { code, message, requestId } }` with a stable code and a Dutch message. Changes made with a session need the `X-CSRF-Token` header.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'springplank_session' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(
    healthRoutes(
      () => services.database.ping(),
      () => shuttingDown,
    ),
  );
  await app.register(
    async (api) => {
      await api.register(
        authRoutes(
          services.auth,
          { secure: config.secureCookies, maxAgeSeconds: config.session.absoluteHours * 3600 },
          { password: true, oidc: { enabled: config.oidc !== null, label: config.oidc?.label ?? '' } },
          config.login.rateLimitPerMinute,
        ),
      );
      await api.register(sessionsRoutes(services.ownSessions));
      if (services.oidc) {
        const cookie = { secure: config.secureCookies, maxAgeSeconds: config.session.absoluteHours * 3600 };
        await api.register(oidcRoutes(services.oidc, cookie, config.login.rateLimitPerMinute));
      }
      await api.register(regionsRoutes(services.regions));
      await api.register(organisationsRoutes(services.organisations));
      await api.register(usersRoutes(services.users));
      await api.register(accessLogRoutes(services.accessLog, services.chainVerification, services.accessLogPersons));
      await api.register(reportsRoutes(services.intake, config.reportRateLimitPerMinute));
      await api.register(outboxRoutes(services.outbox));
      await api.register(casesRoutes(services.cases));
      await api.register(supportPlansRoutes(services.supportPlans));
      await api.register(housingRoutes(services.outflow, services.housingRequests));
      await api.register(veldtafelRoutes(services.veldtafel));
      await api.register(capacityRoutes(services.capacity));
      await api.register(staysRoutes(services.stays));
      await api.register(
        monitorRoutes(services.monitor.dashboard, services.monitor.population, config.monitorRateLimitPerMinute),
      );
      await api.register(monitorTargetsRoutes(services.monitor.targets));
      await api.register(applicationsRoutes(services.access));
      await api.register(waitlistRoutes(services.access));
      await api.register(placementsRoutes(services.placements));
      await api.register(triageRoutes(services.triage, services.routing));
      await api.register(meldpuntSettingsRoutes(services.meldpuntSettings));
      await api.register(importRoutes(services.imports));
      await api.register(indicatorsRoutes(services.indicators, config.monitorRateLimitPerMinute));
      await withPolicy(api, publicAsset, async (docs) => {
        docs.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
        await docs.register(swaggerUi, { routePrefix: '/docs' });
      });
    },
    { prefix: '/api/v1' },
  );
  if (options.extraRoutes) await app.register(options.extraRoutes);
  await registerWebApp(app, config.webDistDir);

  return {
    app,
    routes,
    markShuttingDown: () => {
      shuttingDown = true;
    },
  };
}

/** Serve the built web app, with index.html for client-side routes (but not for /api). */
async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(`${distDir}/index.html`)) {
    app.log.warn({ distDir }, 'web app not built; run `npm run build:web`');
    return;
  }
  await withPolicy(app, publicAsset, async (scope) => {
    // Source maps are never served, even when a build left them in the folder.
    await scope.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      // The build writes `.br` and `.gz` beside each file; sent as they are, chosen by Accept-Encoding.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', staticCacheControl(relative(distDir, filePath)));
      },
    });
    scope.get('/*', (request, reply) => {
      // Unknown API paths, build files and source maps are 404, not the app's page.
      const path = request.url.split('?')[0] ?? '';
      if (path.startsWith('/api/') || path.startsWith('/assets/') || path.endsWith('.map')) {
        return sendError(reply, request, 'NOT_FOUND');
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  });
}

/**
 * Files under assets/ carry a content hash in their name, so a browser may keep them for a
 * year without asking again; anything else (index.html, icons) is checked on every visit.
 */
export function staticCacheControl(pathInDist: string): string {
  return /^assets[\\/]/.test(pathInDist) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
