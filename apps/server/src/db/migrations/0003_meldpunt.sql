-- Meldpunt zorgwekkend gedrag: persons, reports, cases and their timelines, routing
-- rules, deadline rules, attachments and the outbox for reporter feedback.

CREATE TYPE report_status AS ENUM ('new', 'routed', 'merged', 'closed');
CREATE TYPE report_channel AS ENUM ('public_form', 'professional', 'api');
CREATE TYPE urgency AS ENUM ('acute', 'high', 'normal', 'low');
CREATE TYPE case_status AS ENUM ('open', 'closed');
CREATE TYPE case_outcome AS ENUM (
  'guided_to_care', 'service_application', 'no_care_needed', 'long_term_outreach',
  'wvggz_inquiry', 'transferred', 'not_traceable'
);

-- The resident the chain is about.
CREATE TABLE persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions (id),
  bsn text CHECK (bsn ~ '^[0-9]{9}$'),
  given_name text,
  family_name text,
  birth_date date,
  address text,
  municipality_id uuid,
  district text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  FOREIGN KEY (municipality_id, region_id) REFERENCES municipalities (id, region_id)
);
CREATE UNIQUE INDEX persons_bsn_key ON persons (region_id, bsn) WHERE bsn IS NOT NULL;
CREATE INDEX persons_name_birth_idx ON persons (region_id, lower(family_name), birth_date);

-- Which outreach team follows up reports from a municipality (optionally one district).
CREATE TABLE routing_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  district text,
  team_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (municipality_id, region_id) REFERENCES municipalities (id, region_id),
  FOREIGN KEY (team_id, region_id) REFERENCES organisations (id, region_id)
);
CREATE UNIQUE INDEX routing_rules_area_key ON routing_rules (region_id, municipality_id, coalesce(lower(district), ''));

-- Deadlines per urgency, in working days, per region.
CREATE TABLE deadline_rules (
  region_id uuid NOT NULL REFERENCES regions (id),
  urgency urgency NOT NULL,
  triage_working_days integer NOT NULL CHECK (triage_working_days BETWEEN 0 AND 60),
  first_contact_working_days integer NOT NULL CHECK (first_contact_working_days BETWEEN 0 AND 60),
  PRIMARY KEY (region_id, urgency)
);

-- The follow-up of one person by one team.
CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  reference text NOT NULL,
  person_id uuid,
  team_id uuid NOT NULL,
  status case_status NOT NULL DEFAULT 'open',
  urgency urgency NOT NULL,
  assigned_user_id uuid,
  opened_at timestamptz NOT NULL DEFAULT now(),
  first_contact_due_on date NOT NULL,
  first_contact_at timestamptz,
  closed_at timestamptz,
  outcome case_outcome,
  outcome_detail text,
  wvggz_due_on date,
  anonymised_at timestamptz,
  UNIQUE (id, region_id),
  UNIQUE (region_id, reference),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (team_id, region_id) REFERENCES organisations (id, region_id),
  FOREIGN KEY (assigned_user_id, region_id) REFERENCES users (id, region_id),
  CHECK (status = 'open' OR (outcome IS NOT NULL AND closed_at IS NOT NULL))
);
CREATE INDEX cases_team_open_idx ON cases (region_id, team_id, status);
-- "Overdue" is an indexed query: open cases without a first contact attempt, by due day.
CREATE INDEX cases_first_contact_due_idx ON cases (region_id, first_contact_due_on)
  WHERE status = 'open' AND first_contact_at IS NULL;
CREATE INDEX cases_person_idx ON cases (region_id, person_id);

CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions (id),
  reference text NOT NULL,
  status_token_hash text NOT NULL UNIQUE,
  channel report_channel NOT NULL,
  idempotency_key text,
  idempotency_fingerprint text,
  status report_status NOT NULL DEFAULT 'new',
  urgency urgency NOT NULL,
  acute boolean NOT NULL DEFAULT false,
  categories text[] NOT NULL,
  concern text,
  subject_name text,
  subject_address text,
  subject_age integer,
  subject_description text,
  municipality_id uuid NOT NULL,
  location_address text,
  district text,
  reporter_kind text NOT NULL,
  reporter_name text,
  reporter_phone text,
  reporter_email text,
  wants_feedback boolean NOT NULL DEFAULT false,
  reporter_organisation_id uuid,
  reporter_user_id uuid,
  person_id uuid,
  case_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  triage_due_on date NOT NULL,
  routed_at timestamptz,
  closed_at timestamptz,
  anonymised_at timestamptz,
  UNIQUE (id, region_id),
  UNIQUE (region_id, reference),
  FOREIGN KEY (municipality_id, region_id) REFERENCES municipalities (id, region_id),
  FOREIGN KEY (reporter_organisation_id, region_id) REFERENCES organisations (id, region_id),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (case_id, region_id) REFERENCES cases (id, region_id)
);
CREATE UNIQUE INDEX reports_idempotency_key ON reports (region_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX reports_triage_queue_idx ON reports (region_id, triage_due_on) WHERE status = 'new';
CREATE INDEX reports_person_idx ON reports (region_id, person_id);
CREATE INDEX reports_case_idx ON reports (region_id, case_id);
CREATE INDEX reports_reporter_org_idx ON reports (region_id, reporter_organisation_id, received_at);
CREATE INDEX reports_address_idx ON reports (region_id, lower(subject_address), received_at);
CREATE INDEX reports_retention_idx ON reports (region_id, closed_at) WHERE anonymised_at IS NULL;

-- Everything that happened to a report or case, in order: the timeline and the history.
CREATE TABLE case_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_id uuid NOT NULL,
  case_id uuid,
  report_id uuid,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  kind text NOT NULL,
  channel text,
  result text,
  note text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  CHECK (case_id IS NOT NULL OR report_id IS NOT NULL),
  FOREIGN KEY (case_id, region_id) REFERENCES cases (id, region_id),
  FOREIGN KEY (report_id, region_id) REFERENCES reports (id, region_id)
);
CREATE INDEX case_events_case_idx ON case_events (case_id, occurred_at);
CREATE INDEX case_events_report_idx ON case_events (report_id, occurred_at);

-- Files sent with a report; stored in the database so a report and its files commit together.
-- An upload arrives before its report, so region and report are set together when the
-- report claims it; unclaimed uploads are removed by the retention job after a day.
CREATE TABLE report_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid REFERENCES regions (id),
  report_id uuid,
  filename text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL CHECK (size > 0 AND size <= 10485760),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (report_id, region_id) REFERENCES reports (id, region_id),
  CHECK ((report_id IS NULL) = (region_id IS NULL))
);
CREATE INDEX report_attachments_report_idx ON report_attachments (report_id);

-- Mail to reporters who asked for feedback; sent by a job, or shown in the demo outbox.
CREATE TABLE outbox_emails (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions (id),
  report_id uuid,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX outbox_emails_pending_idx ON outbox_emails (created_at) WHERE sent_at IS NULL;

-- Server-side secrets generated on first start (e.g. the key that derives status tokens).
CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The key that derives reporters' status tokens: 244 random bits from pg_strong_random
-- (two v4 UUIDs), generated per installation inside the migration so it exists before any
-- transaction needs it.
INSERT INTO app_secrets (name, value)
VALUES (
  'report-status-token-key',
  encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64')
);

-- Retention settings per region (ACCESS.md): reports without a case, closed cases.
CREATE TABLE retention_settings (
  region_id uuid PRIMARY KEY REFERENCES regions (id),
  report_months integer NOT NULL DEFAULT 12 CHECK (report_months BETWEEN 1 AND 240),
  case_months integer NOT NULL DEFAULT 60 CHECK (case_months BETWEEN 1 AND 240)
);

INSERT INTO deadline_rules (region_id, urgency, triage_working_days, first_contact_working_days)
SELECT id, u.urgency::urgency, u.triage, u.first_contact
FROM regions, (VALUES ('acute', 0, 0), ('high', 1, 2), ('normal', 2, 5), ('low', 5, 10)) AS u (urgency, triage, first_contact)
WHERE slug = 'midden-ijssel';

INSERT INTO retention_settings (region_id) SELECT id FROM regions WHERE slug = 'midden-ijssel';
