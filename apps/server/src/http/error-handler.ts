import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable, isStatementTimeout, sqlStateOf } from '../db/errors';
import { issueText, type FieldIssue } from '@springplank/contract';
import { AppError, ERRORS, RateLimitedError, type ErrorCode, type ServiceIssue } from '../errors';
import { validationIssues } from './validation-issues';

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

/** A service's field problem with its Dutch message from the contract's catalogue. */
function withMessage(issue: ServiceIssue): FieldIssue {
  return { ...issue, message: issueText('nl', issue) };
}

/** The part of the request a schema refused (body, query …), to tell a missing field from a wrong one. */
function validatedInput(request: FastifyRequest, context: string | undefined): unknown {
  switch (context) {
    case 'body':
      return request.body;
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    case 'headers':
      return request.headers;
    default:
      return undefined;
  }
}

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_BAD_URL: 'INVALID_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
};

/**
 * PostgreSQL data exceptions that input can provoke (class 22: a value the column type
 * cannot hold, such as NUL in text, year 0, a number beyond int4 or text beyond varchar;
 * 54xxx: an index row or expression too large). When one reaches the handler the input
 * was not checked well enough, but it is still the client's input: 400, not 500.
 */
export function isInputDataException(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && (state.startsWith('22') || state === '54000' || state === '54001');
}

/**
 * Fastify answers some mistakes before any route or error handler runs (a malformed
 * percent-encoding, a path parameter over the length limit); this gives them the
 * project's error format too. Pass as the `frameworkErrors` option.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // These replies skip the app's hooks, so the request id header is set here.
  reply.header('x-request-id', request.id);
  void sendError(reply, request, FRAMEWORK_CODES[error.code] ?? 'BAD_REQUEST');
}

const CLIENT_ERRORS: Record<string, ErrorCode> = {
  ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  HPE_HEADER_OVERFLOW: 'HEADERS_TOO_LARGE',
};

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (a request line or
 * headers over 16 KB, broken HTTP); answer those in the project's format as well. Pass as
 * the `clientErrorHandler` option.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code = CLIENT_ERRORS[error.code ?? ''] ?? 'BAD_REQUEST';
  const { status, message } = ERRORS[code];
  const requestId = randomUUID();
  const body = JSON.stringify({ error: { code, message, requestId } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * The one place where errors become HTTP answers: typed AppErrors keep their code, input
 * problems become 4xx with Dutch field messages, anything else is a logged 500.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendError(reply, request, error.code, error.publicMessage, error.issues?.map(withMessage));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = validationIssues(error.validation, validatedInput(request, error.validationContext));
      return sendError(reply, request, 'VALIDATION_FAILED', undefined, issues);
    }
    if (isStatementTimeout(error)) {
      // Not the client's fault and not a bug: the database needed longer than a request may take.
      request.log.warn({ err: error }, 'statement timeout');
      return sendError(reply, request, 'DATABASE_TIMEOUT');
    }
    if (isInputDataException(error)) {
      // Logged so the missing input check gets noticed and fixed at the source.
      request.log.warn({ err: error, sqlState: sqlStateOf(error) }, 'database refused input');
      return sendError(reply, request, 'INVALID_INPUT');
    }
    if (isDatabaseUnavailable(error)) {
      // A failover or restart of the database: the pool reconnects, the client may retry.
      request.log.warn({ err: error }, 'database unavailable');
      return sendError(reply.header('retry-after', '5'), request, 'NOT_READY');
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
