import {
  AttachmentReceipt,
  code,
  CreateReportRequest,
  ErrorResponse,
  identifier,
  Municipality,
  OwnReportList,
  OwnReportQuery,
  rawString,
  ReportReceipt,
  ReportStatus,
} from '@springplank/contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContext } from '../../http/request-context';
import type { ActorContext } from '../../shared/context';
import { MAX_ATTACHMENT_BYTES } from './attachment-types';
import { reportsOnBehalfOfOrganisation, type IntakeChannel, type IntakeService } from './intake.service';
import { reportsPolicy } from './reports.policy';

const IdempotencyHeaders = z.object({
  'idempotency-key': code(/^[A-Za-z0-9_:.-]{8,200}$/, 'invalid_idempotency_key')
    .optional()
    .describe('A retried request with the same key returns the first receipt instead of a second report'),
  'x-report-source': z.enum(['web-form']).optional().describe('Set by Springplank’s own form'),
});

const errors = { 400: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse, 429: ErrorResponse };

/** HTTP routes of report intake, the private status link and professionals' own reports. */
export function reportsRoutes(service: IntakeService, rateLimitPerMinute: number): FastifyPluginAsyncZod {
  const rateLimit = { max: rateLimitPerMinute, timeWindow: '1 minute' };
  return async (app) => {
    app.post(
      '/reports',
      {
        config: { policy: reportsPolicy.submit, rateLimit },
        bodyLimit: 64 * 1024,
        schema: {
          tags: ['reports'],
          summary: 'Report worrying behaviour (public form, professionals, integrations)',
          description:
            'Stored durably before the answer. Send an Idempotency-Key so a retry never creates a second report. A signed-in professional reporter’s organisation is attached.',
          headers: IdempotencyHeaders,
          body: CreateReportRequest,
          response: { 201: ReportReceipt, 200: ReportReceipt, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = professionalContext(request);
        const channel: IntakeChannel = ctx
          ? 'professional'
          : request.headers['x-report-source'] === 'web-form'
            ? 'public_form'
            : 'api';
        const { receipt, created } = await service.submit(request.body, {
          channel,
          ctx,
          idempotencyKey: request.headers['idempotency-key'] ?? null,
        });
        return reply.status(created ? 201 : 200).send(receipt);
      },
    );

    await app.register(async (uploads) => {
      // Files arrive as raw bodies; their type is checked by content, not by header.
      uploads.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) =>
        done(null, body),
      );
      uploads.post(
        '/reports/attachments',
        {
          config: { policy: reportsPolicy.submit, rateLimit },
          bodyLimit: MAX_ATTACHMENT_BYTES,
          schema: {
            tags: ['reports'],
            summary: 'Upload a PDF or image (≤ 10 MB) for a report about to be submitted',
            headers: z.object({ 'x-filename': rawString(600).optional() }),
            response: { 201: AttachmentReceipt, ...errors },
          },
        },
        async (request, reply) => {
          const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const filename = decodeFilename([request.headers['x-filename']].flat()[0]);
          return reply.status(201).send(await service.upload(body, request.headers['content-type'], filename));
        },
      );
    });

    app.get(
      '/reports/status/:token',
      {
        config: { policy: reportsPolicy.status, rateLimit: { max: rateLimitPerMinute * 3, timeWindow: '1 minute' } },
        schema: {
          tags: ['reports'],
          summary: 'The phase of a report, for whoever holds its private link',
          // Any mistyped token is simply an unknown link (404), never a form error on a page without fields.
          params: z.object({ token: identifier(100) }),
          response: { 200: ReportStatus, 404: ErrorResponse },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        reply.header('referrer-policy', 'no-referrer');
        return service.status(request.params.token);
      },
    );

    app.get(
      '/reports/own',
      {
        config: { policy: reportsPolicy.ownReports },
        schema: {
          tags: ['reports'],
          summary: 'Phase of the reports of the signed-in professional’s organisation',
          querystring: OwnReportQuery,
          response: { 200: OwnReportList, 403: ErrorResponse },
        },
      },
      (request) => service.ownReports(actorContext(request), request.query.page, request.query.pageSize),
    );

    app.get(
      '/public/municipalities',
      {
        config: { policy: reportsPolicy.publicReference },
        schema: {
          tags: ['reports'],
          summary: 'Municipalities for the public report form',
          response: { 200: z.object({ items: z.array(Municipality) }) },
        },
      },
      () => service.municipalities(),
    );
  };
}

/** The acting professional when a signed-in user reports on behalf of their organisation. */
function professionalContext(request: FastifyRequest): ActorContext | null {
  const actor = request.actor;
  if (!reportsOnBehalfOfOrganisation(actor) || !actor) return null;
  const role = actor.roles.includes('professional_reporter') ? 'professional_reporter' : 'meldpunt_operator';
  return { actor, role, requestId: request.id };
}

function decodeFilename(header: string | undefined): string {
  if (!header) return 'bijlage';
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}
