import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERRORS, type ErrorCode, type FieldIssue } from '../errors';

/** Send the standard error body for a code. */
export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  message: string = ERRORS[code].message,
  issues?: FieldIssue[],
) {
  return reply
    .status(ERRORS[code].status)
    .send({ error: { code, message, requestId: request.id, ...(issues ? { issues } : {}) } });
}

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/**
 * The one place where errors become HTTP answers: typed AppErrors keep their code, input
 * problems become 4xx with Dutch field messages, anything else is a logged 500.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendError(reply, request, error.code, error.publicMessage, error.issues);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: [v.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('') || '(invoer)',
        message: v.message ?? 'Ongeldige waarde',
      }));
      return sendError(reply, request, 'VALIDATION_FAILED', undefined, issues);
    }
    if (error.code === 'FST_ERR_RATE_LIMITED' || error.statusCode === 429) {
      return sendError(reply, request, 'RATE_LIMITED');
    }
    const mapped = FRAMEWORK_CODES[error.code];
    if (mapped) return sendError(reply, request, mapped);
    if (error instanceof SyntaxError || (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)) {
      // Malformed JSON and similar client mistakes: say so, never a 500.
      return sendError(reply, request, 'VALIDATION_FAILED', 'Het verzoek kon niet worden gelezen. Stuur geldige JSON.');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, 'INTERNAL');
  });

  app.setNotFoundHandler({}, (request, reply) => sendError(reply, request, 'NOT_FOUND'));
}
