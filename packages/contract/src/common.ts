import { z } from 'zod';
import { ISSUE_CODES, type IssueParams } from './issues';
import { Uuid } from './primitives';

/** The parameters of a field issue (issues.ts `IssueParams`) as the API documents them. */
const IssueParamsSchema = z.object({
  minimum: z.union([z.number(), z.string()]).optional(),
  maximum: z.union([z.number(), z.string()]).optional(),
  exclusive: z.boolean().optional(),
  length: z.number().optional(),
  divisor: z.number().optional(),
  expected: z.string().optional(),
  format: z.string().optional(),
  keys: z.string().optional(),
  value: z.string().optional(),
}) satisfies z.ZodType<IssueParams>;

/** A UUID identifier. */
export const Id = Uuid;

/** The body of every error response: a stable code, a Dutch message, the request id and field issues. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED'),
      message: z.string().describe('Message for a person, in Dutch'),
      requestId: z.string(),
      issues: z
        .array(
          z.object({
            path: z.string().describe('Dotted path of the field, e.g. goals.0.description'),
            code: z.enum(ISSUE_CODES).describe('Stable code of the problem, e.g. too_long (issues.ts)'),
            params: IssueParamsSchema.optional().describe('The limits the message names, e.g. { maximum: 5000 }'),
            message: z.string().describe('The problem in Dutch, from the same catalogue the web uses'),
          }),
        )
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
