import { z } from 'zod';
import { freeText, identifier, IsoDate as QueryDate } from './primitives';
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
    outcome: z.enum(['allowed', 'denied']).describe('denied: a row-level rule refused the access (404)'),
    hash: z.string(),
  })
  .meta({ id: 'AccessLogEntry' });
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

export const AccessLogQuery = PageQuery.extend({
  userId: Id.optional(),
  personId: Id.optional(),
  subjectType: identifier(50).optional(),
  subjectId: identifier(100).optional(),
  action: identifier(100).optional(),
  outcome: z.enum(['allowed', 'denied']).optional(),
  from: QueryDate.optional().describe('First day, inclusive (YYYY-MM-DD)'),
  to: QueryDate.optional().describe('Last day, inclusive (YYYY-MM-DD)'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type AccessLogQuery = z.infer<typeof AccessLogQuery>;

export const AccessLogPage = z.object({ items: z.array(AccessLogEntry), total: z.number().int() });
export type AccessLogPage = z.infer<typeof AccessLogPage>;

/** A signed checkpoint of the chain, kept outside the database. */
export const ChainCheckpoint = z
  .object({
    sequence: z.number().int(),
    hash: z.string(),
    rows: z.number().int(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'ChainCheckpoint' });
export type ChainCheckpoint = z.infer<typeof ChainCheckpoint>;

/**
 * The outcome of recomputing the keyed hash chain and comparing it with the signed checkpoints:
 * `shortened` — entries after some point are missing but the rest is intact (a restore, a
 * failover, or a cut tail); `rewritten` — an entry was changed, removed from the middle or forged.
 */
export const ChainVerification = z
  .object({
    valid: z.boolean(),
    status: z.enum(['intact', 'shortened', 'rewritten']),
    checked: z.number().int(),
    /** The last entry of the part that was checked and found intact. */
    lastSequence: z.number().int(),
    firstBrokenSequence: z.number().int().nullable(),
    reason: z
      .enum([
        'hash_mismatch',
        'previous_hash_mismatch',
        'sequence_gap',
        'unknown_key',
        'unkeyed_after_keyed',
        'checkpoint_mismatch',
        'missing_tail',
        'head_mismatch',
      ])
      .nullable(),
    /** Shortened: the missing entries; rewritten according to a checkpoint: where the changed entries lie. */
    affected: z.object({ fromSequence: z.number().int(), toSequence: z.number().int() }).nullable(),
    /** The checkpoint that shows what happened. */
    checkpoint: ChainCheckpoint.nullable(),
    /** The latest checkpoint the chain still matches. */
    lastMatchingCheckpoint: ChainCheckpoint.nullable(),
    checkpoints: z.object({
      count: z.number().int(),
      /** Lines with a signature that does not verify (forged or damaged). */
      invalid: z.number().int(),
      latestAt: z.iso.datetime().nullable(),
    }),
    verifiedAt: z.iso.datetime(),
  })
  .meta({ id: 'ChainVerification' });
export type ChainVerification = z.infer<typeof ChainVerification>;

/** The checkpoint written on demand (null when the region's log is still empty). */
export const ChainCheckpointResult = z
  .object({ checkpoint: ChainCheckpoint.nullable() })
  .meta({ id: 'ChainCheckpointResult' });
export type ChainCheckpointResult = z.infer<typeof ChainCheckpointResult>;

/** The privacy officer looks a person up by name, BSN or reference (person, report or case). */
export const AccessLogPersonQuery = z.object({
  q: freeText(100).min(2).describe('Name (part), BSN, or a person/report/case reference'),
});
export type AccessLogPersonQuery = z.infer<typeof AccessLogPersonQuery>;

/** A person as the privacy officer picks them for an inzageverzoek. */
export const AccessLogPerson = z
  .object({
    id: Id,
    name: z.string().nullable(),
    birthDate: z.iso.date().nullable(),
    reference: z.string().nullable(),
  })
  .meta({ id: 'AccessLogPerson' });
export type AccessLogPerson = z.infer<typeof AccessLogPerson>;

export const AccessLogPersonList = z.object({ items: z.array(AccessLogPerson) });
export type AccessLogPersonList = z.infer<typeof AccessLogPersonList>;

/** Everything the log holds about one person, oldest first, with readable action names. */
export const AccessLogPersonReport = z
  .object({
    person: AccessLogPerson,
    items: z.array(AccessLogEntry.extend({ actionLabel: z.string() })),
    truncated: z.boolean().describe('true when the log holds more entries than one report shows'),
    generatedAt: z.iso.datetime(),
  })
  .meta({ id: 'AccessLogPersonReport' });
export type AccessLogPersonReport = z.infer<typeof AccessLogPersonReport>;

export const AccessLogPersonParams = z.object({ personId: Id });
