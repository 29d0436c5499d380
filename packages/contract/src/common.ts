import { z } from 'zod';
import { Uuid } from './primitives';

/** A UUID identifier. */
export const Id = Uuid;

/** The body of every error response: a stable code, a Dutch message and the request id. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED'),
      message: z.string().describe('Message for a person, in Dutch'),
      requestId: z.string(),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .describe('Per-field problems for validation errors'),
    }),
  })
  .meta({ id: 'ErrorResponse' });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** Path parameter `:id`. */
export const IdParams = z.object({ id: Id });

/** Pagination in list queries; pages count from 1. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** An empty successful response. */
export const OkResponse = z.object({ ok: z.literal(true) });
