import { z } from 'zod';
import { Id, PageQuery } from './common';
import { RoleSchema } from './auth';

/** One entry of the NEN 7513 access log. */
export const AccessLogEntry = z
  .object({
    sequence: z.number().int(),
    occurredAt: z.iso.datetime(),
    userId: Id.nullable(),
    userName: z.string().nullable(),
    organisationId: Id.nullable(),
    organisationName: z.string().nullable(),
    role: RoleSchema.nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    personId: Id.nullable(),
    onBehalfOf: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ id: 'AccessLogEntry' });
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

export const AccessLogQuery = PageQuery.extend({
  userId: Id.optional(),
  personId: Id.optional(),
  subjectType: z.string().max(50).optional(),
  subjectId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  from: z.iso.date().optional().describe('First day, inclusive (YYYY-MM-DD)'),
  to: z.iso.date().optional().describe('Last day, inclusive (YYYY-MM-DD)'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type AccessLogQuery = z.infer<typeof AccessLogQuery>;

export const AccessLogPage = z.object({ items: z.array(AccessLogEntry), total: z.number().int() });
export type AccessLogPage = z.infer<typeof AccessLogPage>;

/** The outcome of recomputing the hash chain. */
export const ChainVerification = z
  .object({
    valid: z.boolean(),
    checked: z.number().int(),
    firstBrokenSequence: z.number().int().nullable(),
    reason: z
      .enum(['hash_mismatch', 'previous_hash_mismatch', 'sequence_gap', 'unknown_key', 'unkeyed_after_keyed'])
      .nullable(),
    verifiedAt: z.iso.datetime(),
  })
  .meta({ id: 'ChainVerification' });
export type ChainVerification = z.infer<typeof ChainVerification>;
