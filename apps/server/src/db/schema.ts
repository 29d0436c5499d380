/**
 * Typed mirror of the SQL migrations in ./migrations (the migrations are the source of
 * truth; schema.test.ts fails when this file drifts from the migrated database).
 */
import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ORGANISATION_KINDS, ROLES } from '@springplank/domain';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const organisationKind = pgEnum('organisation_kind', ORGANISATION_KINDS);
export const userRole = pgEnum('user_role', ROLES);

export const regions = pgTable('regions', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
});

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  name: text('name').notNull(),
  kind: organisationKind('kind').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const organisationMunicipalities = pgTable(
  'organisation_municipalities',
  {
    regionId: uuid('region_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.municipalityId] })],
);

export const locations = pgTable('locations', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  municipalityId: uuid('municipality_id').notNull(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  locale: text('locale', { enum: ['nl', 'en'] })
    .notNull()
    .default('nl'),
  passwordHash: text('password_hash'),
  oidcIssuer: text('oidc_issuer'),
  oidcSubject: text('oidc_subject'),
  active: boolean('active').notNull().default(true),
  failedLoginCount: integer('failed_login_count').notNull().default(0),
  lockedUntil: timestamptz('locked_until'),
  lastLoginAt: timestamptz('last_login_at'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    regionId: uuid('region_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: userRole('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  regionId: uuid('region_id').notNull(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
  expiresAt: timestamptz('expires_at').notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

export const oidcFlows = pgTable('oidc_flows', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const accessLog = pgTable(
  'access_log',
  {
    regionId: uuid('region_id').notNull(),
    sequence: bigint('sequence', { mode: 'number' }).notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
    userId: uuid('user_id'),
    userName: text('user_name'),
    organisationId: uuid('organisation_id'),
    organisationName: text('organisation_name'),
    role: userRole('role'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    personId: uuid('person_id'),
    onBehalfOf: text('on_behalf_of'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.sequence] })],
);

export const accessLogHeads = pgTable('access_log_heads', {
  regionId: uuid('region_id').primaryKey(),
  lastSequence: bigint('last_sequence', { mode: 'number' }).notNull().default(0),
  lastHash: text('last_hash').notNull(),
});
