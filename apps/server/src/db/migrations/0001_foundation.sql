-- Foundation: regions (the tenant), municipalities, organisations, users and roles,
-- sessions, sign-in flows and the NEN 7513 access log.

CREATE TYPE organisation_kind AS ENUM (
  'regional_access', 'local_access', 'meldpunt', 'outreach_team', 'provider',
  'housing_corporation', 'police', 'general_practice', 'municipality'
);

CREATE TYPE user_role AS ENUM (
  'professional_reporter', 'meldpunt_operator', 'outreach_worker', 'access_officer',
  'provider_staff', 'housing_officer', 'policy_analyst', 'administrator', 'privacy_officer'
);

CREATE TABLE regions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE municipalities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions (id),
  code text NOT NULL UNIQUE CHECK (code ~ '^GM[0-9]{4}$'),
  name text NOT NULL,
  UNIQUE (id, region_id)
);
CREATE INDEX municipalities_region_idx ON municipalities (region_id);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions (id),
  name text NOT NULL,
  kind organisation_kind NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  UNIQUE (region_id, name)
);

-- The municipalities an organisation serves (a bemoeizorgteam's working area, say).
CREATE TABLE organisation_municipalities (
  region_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, municipality_id),
  FOREIGN KEY (organisation_id, region_id) REFERENCES organisations (id, region_id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, region_id) REFERENCES municipalities (id, region_id)
);

-- Where a provider delivers its services.
CREATE TABLE locations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  name text NOT NULL,
  address text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  FOREIGN KEY (organisation_id, region_id) REFERENCES organisations (id, region_id),
  FOREIGN KEY (municipality_id, region_id) REFERENCES municipalities (id, region_id)
);
CREATE INDEX locations_organisation_idx ON locations (organisation_id);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  email text NOT NULL,
  display_name text NOT NULL,
  locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
  password_hash text,
  oidc_issuer text,
  oidc_subject text,
  active boolean NOT NULL DEFAULT true,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  FOREIGN KEY (organisation_id, region_id) REFERENCES organisations (id, region_id),
  CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL))
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_oidc_key ON users (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
CREATE INDEX users_region_organisation_idx ON users (region_id, organisation_id);

CREATE TABLE user_roles (
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role user_role NOT NULL,
  PRIMARY KEY (user_id, role),
  FOREIGN KEY (user_id, region_id) REFERENCES users (id, region_id) ON DELETE CASCADE
);

-- Server-side sessions; the cookie holds a random token, the table only its SHA-256.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text,
  FOREIGN KEY (user_id, region_id) REFERENCES users (id, region_id) ON DELETE CASCADE
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- OpenID Connect sign-ins in progress (state, nonce and PKCE verifier), kept for minutes.
CREATE TABLE oidc_flows (
  state text PRIMARY KEY,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  return_to text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- NEN 7513 access log: append-only; every entry carries the hash of the previous entry of
-- its region, so altering or removing a row breaks the chain from there on.
CREATE TABLE access_log (
  region_id uuid NOT NULL REFERENCES regions (id),
  sequence bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  user_id uuid,
  user_name text,
  organisation_id uuid,
  organisation_name text,
  role user_role,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  person_id uuid,
  on_behalf_of text,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (region_id, sequence)
);
CREATE INDEX access_log_person_idx ON access_log (region_id, person_id, sequence) WHERE person_id IS NOT NULL;
CREATE INDEX access_log_subject_idx ON access_log (region_id, subject_type, subject_id, sequence);
CREATE INDEX access_log_user_idx ON access_log (region_id, user_id, sequence);
CREATE INDEX access_log_time_idx ON access_log (region_id, occurred_at);

-- The head of each region's chain. Writers lock this row, which serialises appends per
-- region; the verifier compares it with the last row, so a removed tail is noticed too.
CREATE TABLE access_log_heads (
  region_id uuid PRIMARY KEY REFERENCES regions (id),
  last_sequence bigint NOT NULL DEFAULT 0,
  last_hash text NOT NULL
);

CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
