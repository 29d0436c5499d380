/**
 * Typed mirror of the SQL migrations in ./migrations (the migrations are the source of
 * truth; schema.test.ts fails when this file drifts from the migrated database).
 */
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ORGANISATION_KINDS,
  ROLES,
  SERVICE_CODES,
  STAY_END_REASONS,
  WAITLIST_PRIORITIES,
  WAITLIST_REMOVAL_REASONS,
} from '@springplank/domain';

/** PostgreSQL bytea as a Node Buffer (both drivers return Uint8Array-compatible values). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

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
  expertiseTags: text('expertise_tags').array().notNull().default([]),
  active: boolean('active').notNull().default(true),
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

/** Rate-limit counters shared by every instance (http/rate-limit-counters.ts). */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  expiresAt: timestamptz('expires_at').notNull(),
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
    outcome: text('outcome').$type<'allowed' | 'denied'>().notNull().default('allowed'),
    prevHash: text('prev_hash').notNull(),
    /** The chain key the hash was made with (HMAC-SHA-256); null: a legacy plain SHA-256 entry (migration 0008). */
    keyId: text('key_id'),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.sequence] })],
);

export const accessLogHeads = pgTable('access_log_heads', {
  regionId: uuid('region_id').primaryKey(),
  lastSequence: bigint('last_sequence', { mode: 'number' }).notNull().default(0),
  lastHash: text('last_hash').notNull(),
});

// --- Meldpunt zorgwekkend gedrag (migration 0003) ---

export const reportStatus = pgEnum('report_status', ['new', 'routed', 'merged', 'closed']);
export const reportChannel = pgEnum('report_channel', ['public_form', 'professional', 'api']);
export const urgency = pgEnum('urgency', ['acute', 'high', 'normal', 'low']);
export const caseStatus = pgEnum('case_status', ['open', 'closed']);
export const caseOutcome = pgEnum('case_outcome', [
  'guided_to_care',
  'service_application',
  'no_care_needed',
  'long_term_outreach',
  'wvggz_inquiry',
  'transferred',
  'not_traceable',
]);

/** Calendar days (no time of day), as YYYY-MM-DD strings. */
const day = (name: string) => date(name, { mode: 'string' });

export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  bsn: text('bsn'),
  givenName: text('given_name'),
  familyName: text('family_name'),
  birthDate: day('birth_date'),
  address: text('address'),
  municipalityId: uuid('municipality_id'),
  district: text('district'),
  sourceRef: text('source_ref'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const routingRules = pgTable('routing_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  municipalityId: uuid('municipality_id').notNull(),
  district: text('district'),
  teamId: uuid('team_id').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const deadlineRules = pgTable(
  'deadline_rules',
  {
    regionId: uuid('region_id').notNull(),
    urgency: urgency('urgency').notNull(),
    triageWorkingDays: integer('triage_working_days').notNull(),
    firstContactWorkingDays: integer('first_contact_working_days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.urgency] })],
);

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  reference: text('reference').notNull(),
  personId: uuid('person_id'),
  teamId: uuid('team_id').notNull(),
  status: caseStatus('status').notNull().default('open'),
  urgency: urgency('urgency').notNull(),
  assignedUserId: uuid('assigned_user_id'),
  openedAt: timestamptz('opened_at').notNull().defaultNow(),
  firstContactDueOn: day('first_contact_due_on').notNull(),
  firstContactAt: timestamptz('first_contact_at'),
  closedAt: timestamptz('closed_at'),
  outcome: caseOutcome('outcome'),
  outcomeDetail: text('outcome_detail'),
  wvggzDueOn: day('wvggz_due_on'),
  anonymisedAt: timestamptz('anonymised_at'),
});

export const reports = pgTable('reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  reference: text('reference').notNull(),
  statusTokenHash: text('status_token_hash').notNull(),
  channel: reportChannel('channel').notNull(),
  idempotencyKey: text('idempotency_key'),
  idempotencyFingerprint: text('idempotency_fingerprint'),
  status: reportStatus('status').notNull().default('new'),
  urgency: urgency('urgency').notNull(),
  acute: boolean('acute').notNull().default(false),
  categories: text('categories').array().notNull(),
  concern: text('concern'),
  subjectName: text('subject_name'),
  subjectAddress: text('subject_address'),
  subjectAge: integer('subject_age'),
  subjectDescription: text('subject_description'),
  municipalityId: uuid('municipality_id').notNull(),
  locationAddress: text('location_address'),
  district: text('district'),
  reporterKind: text('reporter_kind').notNull(),
  reporterName: text('reporter_name'),
  reporterPhone: text('reporter_phone'),
  reporterEmail: text('reporter_email'),
  wantsFeedback: boolean('wants_feedback').notNull().default(false),
  reporterOrganisationId: uuid('reporter_organisation_id'),
  reporterUserId: uuid('reporter_user_id'),
  personId: uuid('person_id'),
  caseId: uuid('case_id'),
  receivedAt: timestamptz('received_at').notNull().defaultNow(),
  triageDueOn: day('triage_due_on').notNull(),
  routedAt: timestamptz('routed_at'),
  closedAt: timestamptz('closed_at'),
  anonymisedAt: timestamptz('anonymised_at'),
});

export const caseEvents = pgTable('case_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  regionId: uuid('region_id').notNull(),
  caseId: uuid('case_id'),
  reportId: uuid('report_id'),
  occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
  userId: uuid('user_id'),
  kind: text('kind').notNull(),
  channel: text('channel'),
  result: text('result'),
  note: text('note'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});

export const reportAttachments = pgTable('report_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id'),
  reportId: uuid('report_id'),
  filename: text('filename').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const outboxEmails = pgTable('outbox_emails', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  reportId: uuid('report_id'),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  sentAt: timestamptz('sent_at'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
});

export const retentionSettings = pgTable('retention_settings', {
  regionId: uuid('region_id').primaryKey(),
  reportMonths: integer('report_months').notNull().default(12),
  caseMonths: integer('case_months').notNull().default(60),
});

export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

// --- Access and flow (0004_access_flow.sql) ---

export const serviceCode = pgEnum('service_code', SERVICE_CODES);
export const waitlistRemovalReason = pgEnum('waitlist_removal_reason', WAITLIST_REMOVAL_REASONS);
export const stayEndReason = pgEnum('stay_end_reason', STAY_END_REASONS);
export const waitlistPriority = pgEnum('waitlist_priority', WAITLIST_PRIORITIES);
export const applicationSource = pgEnum('application_source', [
  'local_access',
  'meldpunt_case',
  'provider',
  'own_request',
]);
export const applicationStatus = pgEnum('application_status', ['submitted', 'granted', 'refused', 'withdrawn']);
export const offerStatus = pgEnum('offer_status', ['pending', 'accepted', 'declined', 'withdrawn']);

export const regionServices = pgTable(
  'region_services',
  {
    regionId: uuid('region_id').notNull(),
    service: serviceCode('service').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.service] })],
);

export const capacityChanges = pgTable('capacity_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  locationId: uuid('location_id').notNull(),
  service: serviceCode('service').notNull(),
  places: integer('places').notNull(),
  validFrom: day('valid_from').notNull(),
  note: text('note'),
  recordedByUserId: uuid('recorded_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const applications = pgTable('applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  reference: text('reference').notNull(),
  personId: uuid('person_id').notNull(),
  source: applicationSource('source').notNull(),
  caseId: uuid('case_id'),
  requestedService: serviceCode('requested_service').notNull(),
  motivation: text('motivation'),
  expertiseNeeds: text('expertise_needs').array().notNull().default([]),
  status: applicationStatus('status').notNull().default('submitted'),
  receivedOn: day('received_on').notNull(),
  submittedByUserId: uuid('submitted_by_user_id'),
  submittedByOrganisationId: uuid('submitted_by_organisation_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const decisions = pgTable('decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  granted: boolean('granted').notNull(),
  service: serviceCode('service'),
  validFrom: day('valid_from'),
  validUntil: day('valid_until'),
  priority: waitlistPriority('priority'),
  priorityReason: text('priority_reason'),
  refusalReason: text('refusal_reason'),
  iwmoCategory: text('iwmo_category', { enum: ['15', '16', '17', '18'] }).notNull(),
  decidedOn: day('decided_on').notNull(),
  decidedByUserId: uuid('decided_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const zrmAssessments = pgTable('zrm_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  personId: uuid('person_id').notNull(),
  applicationId: uuid('application_id'),
  assessedOn: day('assessed_on').notNull(),
  assessedByUserId: uuid('assessed_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const zrmScores = pgTable(
  'zrm_scores',
  {
    assessmentId: uuid('assessment_id').notNull(),
    domain: text('domain').notNull(),
    score: smallint('score').notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.domain] })],
);

export const waitlistEntries = pgTable('waitlist_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  personId: uuid('person_id').notNull(),
  service: serviceCode('service').notNull(),
  listedOn: day('listed_on').notNull(),
  removedOn: day('removed_on'),
  removalReason: waitlistRemovalReason('removal_reason'),
  removalNote: text('removal_note'),
  priority: waitlistPriority('priority').notNull().default('normal'),
  priorityReason: text('priority_reason'),
  expertiseNeeds: text('expertise_needs').array().notNull().default([]),
  preferredMunicipalityId: uuid('preferred_municipality_id'),
  decisionId: uuid('decision_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const interimSupport = pgTable('interim_support', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  waitlistEntryId: uuid('waitlist_entry_id').notNull(),
  description: text('description').notNull(),
  providerOrganisationId: uuid('provider_organisation_id'),
  startedOn: day('started_on').notNull(),
  endedOn: day('ended_on'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const stays = pgTable('stays', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  personId: uuid('person_id').notNull(),
  service: serviceCode('service').notNull(),
  providerRef: text('provider_ref'),
  organisationId: uuid('organisation_id'),
  locationId: uuid('location_id'),
  startedOn: day('started_on').notNull(),
  endedOn: day('ended_on'),
  endReason: stayEndReason('end_reason'),
  endNote: text('end_note'),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const offers = pgTable('offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  waitlistEntryId: uuid('waitlist_entry_id').notNull(),
  personId: uuid('person_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  locationId: uuid('location_id').notNull(),
  service: serviceCode('service').notNull(),
  status: offerStatus('status').notNull().default('pending'),
  proposedStartOn: day('proposed_start_on').notNull(),
  note: text('note'),
  offeredByUserId: uuid('offered_by_user_id'),
  offeredAt: timestamptz('offered_at').notNull().defaultNow(),
  respondedByUserId: uuid('responded_by_user_id'),
  respondedAt: timestamptz('responded_at'),
  declineReason: text('decline_reason'),
  stayId: uuid('stay_id'),
});

export const supportPlans = pgTable('support_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  personId: uuid('person_id').notNull(),
  coordinatorUserId: uuid('coordinator_user_id').notNull(),
  coordinatorOrganisationId: uuid('coordinator_organisation_id').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const supportPlanGoals = pgTable('support_plan_goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  planId: uuid('plan_id').notNull(),
  lifeDomain: text('life_domain').notNull(),
  description: text('description').notNull(),
  status: text('status', { enum: ['open', 'achieved', 'stopped'] })
    .notNull()
    .default('open'),
  targetOn: day('target_on'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const supportPlanReviews = pgTable('support_plan_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  planId: uuid('plan_id').notNull(),
  reviewedOn: day('reviewed_on').notNull(),
  summary: text('summary').notNull(),
  reviewedByUserId: uuid('reviewed_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const housingRecords = pgTable('housing_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  personId: uuid('person_id').notNull(),
  stayId: uuid('stay_id'),
  readyOn: day('ready_on').notNull(),
  housedOn: day('housed_on'),
  corporationId: uuid('corporation_id'),
  requestedAt: timestamptz('requested_at'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  householdSize: integer('household_size'),
  urgent: boolean('urgent').notNull().default(false),
  housingNeeds: text('housing_needs'),
  offeredAddress: text('offered_address'),
  offeredAt: timestamptz('offered_at'),
  recordedByUserId: uuid('recorded_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const caseConferences = pgTable('case_conferences', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  title: text('title').notNull(),
  heldOn: day('held_on').notNull(),
  agenda: text('agenda'),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const caseConferenceItems = pgTable('case_conference_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  conferenceId: uuid('conference_id').notNull(),
  personId: uuid('person_id').notNull(),
  reason: text('reason', {
    enum: [
      'waiting_over_3_months',
      'repeated_declines',
      'ready_not_housed_over_3_months',
      'long_shelter_stay',
      'manual',
    ],
  }).notNull(),
  note: text('note'),
  decision: text('decision'),
  position: integer('position').notNull().default(0),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const caseConferenceActions = pgTable('case_conference_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull(),
  itemId: uuid('item_id').notNull(),
  description: text('description').notNull(),
  ownerOrganisationId: uuid('owner_organisation_id'),
  dueOn: day('due_on'),
  doneOn: day('done_on'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const monitorTargets = pgTable(
  'monitor_targets',
  {
    regionId: uuid('region_id').notNull(),
    key: text('key', {
      enum: ['bw_clients', 'mo_clients', 'bw_wait', 'mo_long_stay', 'housing_within_3_months'],
    }).notNull(),
    baselineDate: day('baseline_date'),
    targetDate: day('target_date'),
    baselineYear: integer('baseline_year'),
    targetYear: integer('target_year'),
    value: doublePrecision('value').notNull(),
    updatedByUserId: uuid('updated_by_user_id'),
    updatedAt: timestamptz('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.key] })],
);
