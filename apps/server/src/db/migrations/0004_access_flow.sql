-- Access and flow (regiovisie "van beschermd wonen naar een beschermd thuis"): the service
-- catalogue, capacity, applications and decisions, the waiting list, offers, stays (BW and
-- shelter), support plans, outflow to a home and the veldtafel. The waitlist, stays and
-- housing tables are also what the bulk import (shared/spec/IMPORT.md) fills: their
-- natural keys are that contract's row identities.

CREATE TYPE service_code AS ENUM (
  'beschermd_wonen', 'beschut_wonen', 'nachtopvang', '24uursopvang', 'crisisopvang',
  'ambulante_crisisopvang', 'bed_and_break', 'housing_first', 'ambulante_begeleiding'
);
CREATE TYPE waitlist_removal_reason AS ENUM ('placed', 'withdrawn', 'moved_away', 'deceased', 'other');
CREATE TYPE stay_end_reason AS ENUM (
  'independent_housing', 'moved_on', 'dropped_out', 'moved_away', 'deceased', 'other'
);
-- Declared most urgent first: ORDER BY priority sorts the waiting list.
CREATE TYPE waitlist_priority AS ENUM ('urgent', 'high', 'normal');
CREATE TYPE application_source AS ENUM ('local_access', 'meldpunt_case', 'provider', 'own_request');
CREATE TYPE application_status AS ENUM ('submitted', 'granted', 'refused', 'withdrawn');
CREATE TYPE offer_status AS ENUM ('pending', 'accepted', 'declined', 'withdrawn');

-- The source system's id of an imported person (IMPORT.md person_ref).
ALTER TABLE persons ADD COLUMN source_ref text;
ALTER TABLE persons ADD CONSTRAINT persons_source_ref_key UNIQUE (region_id, source_ref);
CREATE INDEX persons_region_municipality_idx ON persons (region_id, municipality_id);

-- What a location is good at (addiction, autism, pets allowed, ...); matching uses it.
ALTER TABLE locations ADD COLUMN expertise_tags text[] NOT NULL DEFAULT '{}';
ALTER TABLE locations ADD COLUMN active boolean NOT NULL DEFAULT true;

-- The services a region offers (its catalogue).
CREATE TABLE region_services (
  region_id uuid NOT NULL REFERENCES regions (id),
  service service_code NOT NULL,
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (region_id, service)
);
INSERT INTO region_services (region_id, service)
SELECT r.id, s.service
FROM regions r CROSS JOIN unnest(enum_range(NULL::service_code)) AS s (service);

-- Places per service per location, as changes over time: the places on day d are those of
-- the latest change with valid_from <= d.
CREATE TABLE capacity_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  location_id uuid NOT NULL,
  service service_code NOT NULL,
  places integer NOT NULL CHECK (places BETWEEN 0 AND 10000),
  valid_from date NOT NULL,
  note text,
  recorded_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (location_id, service, valid_from),
  FOREIGN KEY (location_id, region_id) REFERENCES locations (id, region_id),
  FOREIGN KEY (recorded_by_user_id, region_id) REFERENCES users (id, region_id)
);
CREATE INDEX capacity_changes_region_idx ON capacity_changes (region_id, service, location_id, valid_from);

-- An application (aanmelding) for a service.
CREATE TABLE applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  reference text NOT NULL,
  person_id uuid NOT NULL,
  source application_source NOT NULL,
  case_id uuid,
  requested_service service_code NOT NULL,
  motivation text,
  expertise_needs text[] NOT NULL DEFAULT '{}',
  status application_status NOT NULL DEFAULT 'submitted',
  received_on date NOT NULL,
  submitted_by_user_id uuid,
  submitted_by_organisation_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  UNIQUE (region_id, reference),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (case_id, region_id) REFERENCES cases (id, region_id),
  FOREIGN KEY (submitted_by_user_id, region_id) REFERENCES users (id, region_id),
  FOREIGN KEY (submitted_by_organisation_id, region_id) REFERENCES organisations (id, region_id)
);
CREATE INDEX applications_queue_idx ON applications (region_id, status, received_on);
CREATE INDEX applications_person_idx ON applications (region_id, person_id);

-- The access decision (beschikking) on an application.
CREATE TABLE decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  application_id uuid NOT NULL UNIQUE,
  granted boolean NOT NULL,
  service service_code,
  valid_from date,
  valid_until date,
  priority waitlist_priority,
  priority_reason text,
  refusal_reason text,
  iwmo_category text NOT NULL CHECK (iwmo_category IN ('15', '16', '17', '18')),
  decided_on date NOT NULL,
  decided_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  FOREIGN KEY (application_id, region_id) REFERENCES applications (id, region_id),
  FOREIGN KEY (decided_by_user_id, region_id) REFERENCES users (id, region_id),
  CHECK (
    (granted AND service IS NOT NULL AND valid_from IS NOT NULL AND priority IS NOT NULL
      AND refusal_reason IS NULL AND (valid_until IS NULL OR valid_until >= valid_from))
    OR (NOT granted AND refusal_reason IS NOT NULL)
  )
);

-- A self-sufficiency assessment (ZRM): domain names and scores only.
CREATE TABLE zrm_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  person_id uuid NOT NULL,
  application_id uuid,
  assessed_on date NOT NULL,
  assessed_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (application_id, region_id) REFERENCES applications (id, region_id),
  FOREIGN KEY (assessed_by_user_id, region_id) REFERENCES users (id, region_id)
);
CREATE INDEX zrm_assessments_person_idx ON zrm_assessments (region_id, person_id, assessed_on);

CREATE TABLE zrm_scores (
  assessment_id uuid NOT NULL REFERENCES zrm_assessments (id) ON DELETE CASCADE,
  domain text NOT NULL,
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  PRIMARY KEY (assessment_id, domain)
);

-- The waiting list: a person waiting for a service from listed_on to removed_on.
CREATE TABLE waitlist_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  person_id uuid NOT NULL,
  service service_code NOT NULL,
  listed_on date NOT NULL,
  removed_on date,
  removal_reason waitlist_removal_reason,
  removal_note text,
  priority waitlist_priority NOT NULL DEFAULT 'normal',
  priority_reason text,
  expertise_needs text[] NOT NULL DEFAULT '{}',
  preferred_municipality_id uuid,
  decision_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  -- The import's row identity (person_ref + service + listed_on).
  UNIQUE (region_id, person_id, service, listed_on),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (decision_id, region_id) REFERENCES decisions (id, region_id),
  FOREIGN KEY (preferred_municipality_id, region_id) REFERENCES municipalities (id, region_id),
  CHECK (removed_on IS NULL OR removed_on >= listed_on),
  CHECK ((removed_on IS NULL) = (removal_reason IS NULL))
);
CREATE INDEX waitlist_entries_open_idx ON waitlist_entries (region_id, service, priority, listed_on)
  WHERE removed_on IS NULL;
CREATE INDEX waitlist_entries_dates_idx ON waitlist_entries (region_id, service, listed_on, removed_on);

-- Support while waiting (the regiovisie's intensive ambulant support).
CREATE TABLE interim_support (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  waitlist_entry_id uuid NOT NULL,
  description text NOT NULL,
  provider_organisation_id uuid,
  started_on date NOT NULL,
  ended_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (waitlist_entry_id, region_id) REFERENCES waitlist_entries (id, region_id),
  FOREIGN KEY (provider_organisation_id, region_id) REFERENCES organisations (id, region_id),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX interim_support_entry_idx ON interim_support (waitlist_entry_id);

-- A stay (plaatsing / verblijf): a person in a service, started_on to ended_on (half-open).
-- Imported stays may name their provider only as free text (provider_ref).
CREATE TABLE stays (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  person_id uuid NOT NULL,
  service service_code NOT NULL,
  provider_ref text,
  organisation_id uuid,
  location_id uuid,
  started_on date NOT NULL,
  ended_on date,
  end_reason stay_end_reason,
  end_note text,
  created_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  -- The import's row identity (person_ref + service + started_on).
  UNIQUE (region_id, person_id, service, started_on),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (organisation_id, region_id) REFERENCES organisations (id, region_id),
  FOREIGN KEY (location_id, region_id) REFERENCES locations (id, region_id),
  FOREIGN KEY (created_by_user_id, region_id) REFERENCES users (id, region_id),
  CHECK (ended_on IS NULL OR ended_on >= started_on),
  CHECK (end_reason IS NULL OR ended_on IS NOT NULL)
);
CREATE INDEX stays_dates_idx ON stays (region_id, service, started_on, ended_on);
CREATE INDEX stays_person_idx ON stays (region_id, person_id);
CREATE INDEX stays_open_location_idx ON stays (location_id, service) WHERE ended_on IS NULL;
CREATE INDEX stays_organisation_idx ON stays (region_id, organisation_id);

-- An offer of a place at a location to a person on the waiting list. A pending offer
-- holds the place, so two officers cannot promise the same last place.
CREATE TABLE offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  waitlist_entry_id uuid NOT NULL,
  person_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  location_id uuid NOT NULL,
  service service_code NOT NULL,
  status offer_status NOT NULL DEFAULT 'pending',
  proposed_start_on date NOT NULL,
  note text,
  offered_by_user_id uuid,
  offered_at timestamptz NOT NULL DEFAULT now(),
  responded_by_user_id uuid,
  responded_at timestamptz,
  decline_reason text,
  stay_id uuid,
  UNIQUE (id, region_id),
  FOREIGN KEY (waitlist_entry_id, region_id) REFERENCES waitlist_entries (id, region_id),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (organisation_id, region_id) REFERENCES organisations (id, region_id),
  FOREIGN KEY (location_id, region_id) REFERENCES locations (id, region_id),
  FOREIGN KEY (offered_by_user_id, region_id) REFERENCES users (id, region_id),
  FOREIGN KEY (responded_by_user_id, region_id) REFERENCES users (id, region_id),
  FOREIGN KEY (stay_id, region_id) REFERENCES stays (id, region_id),
  CHECK (status <> 'declined' OR decline_reason IS NOT NULL),
  CHECK (status <> 'accepted' OR stay_id IS NOT NULL)
);
-- One open offer per waiting-list entry at a time.
CREATE UNIQUE INDEX offers_one_pending_per_entry ON offers (waitlist_entry_id) WHERE status = 'pending';
CREATE INDEX offers_pending_location_idx ON offers (location_id, service) WHERE status = 'pending';
CREATE INDEX offers_organisation_idx ON offers (region_id, organisation_id, status);
CREATE INDEX offers_person_idx ON offers (region_id, person_id);

-- One support plan per person, one coordinator ("1 plan, 1 regisseur").
CREATE TABLE support_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  person_id uuid NOT NULL,
  coordinator_user_id uuid NOT NULL,
  coordinator_organisation_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  UNIQUE (region_id, person_id),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (coordinator_user_id, region_id) REFERENCES users (id, region_id),
  FOREIGN KEY (coordinator_organisation_id, region_id) REFERENCES organisations (id, region_id)
);

CREATE TABLE support_plan_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  life_domain text NOT NULL,
  description text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'stopped')),
  target_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (plan_id, region_id) REFERENCES support_plans (id, region_id)
);
CREATE INDEX support_plan_goals_plan_idx ON support_plan_goals (plan_id);

CREATE TABLE support_plan_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  reviewed_on date NOT NULL,
  summary text NOT NULL,
  reviewed_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (plan_id, region_id) REFERENCES support_plans (id, region_id),
  FOREIGN KEY (reviewed_by_user_id, region_id) REFERENCES users (id, region_id)
);
CREATE INDEX support_plan_reviews_plan_idx ON support_plan_reviews (plan_id, reviewed_on);

-- Outflow to a home: ready_on (it was established the person can move on) to housed_on.
-- The request fields are what a housing corporation may see (ACCESS.md), nothing more.
CREATE TABLE housing_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  person_id uuid NOT NULL,
  stay_id uuid,
  ready_on date NOT NULL,
  housed_on date,
  corporation_id uuid,
  requested_at timestamptz,
  contact_name text,
  contact_phone text,
  contact_email text,
  household_size integer CHECK (household_size BETWEEN 1 AND 20),
  urgent boolean NOT NULL DEFAULT false,
  housing_needs text,
  offered_address text,
  offered_at timestamptz,
  recorded_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  -- The import's row identity (person_ref + ready_on).
  UNIQUE (region_id, person_id, ready_on),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id),
  FOREIGN KEY (stay_id, region_id) REFERENCES stays (id, region_id),
  FOREIGN KEY (corporation_id, region_id) REFERENCES organisations (id, region_id),
  FOREIGN KEY (recorded_by_user_id, region_id) REFERENCES users (id, region_id),
  CHECK (housed_on IS NULL OR housed_on >= ready_on)
);
CREATE INDEX housing_records_dates_idx ON housing_records (region_id, ready_on, housed_on);
CREATE INDEX housing_records_housed_idx ON housing_records (region_id, housed_on);
CREATE INDEX housing_records_corporation_idx ON housing_records (region_id, corporation_id);

-- The veldtafel: meetings of access and providers on stuck or complex cases.
CREATE TABLE case_conferences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  title text NOT NULL,
  held_on date NOT NULL,
  agenda text,
  created_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  FOREIGN KEY (created_by_user_id, region_id) REFERENCES users (id, region_id)
);
CREATE INDEX case_conferences_region_idx ON case_conferences (region_id, held_on);

CREATE TABLE case_conference_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  conference_id uuid NOT NULL,
  person_id uuid NOT NULL,
  -- Why the case is on the agenda: an automatic signal or 'manual'.
  reason text NOT NULL CHECK (reason IN (
    'waiting_over_3_months', 'repeated_declines', 'ready_not_housed_over_3_months',
    'long_shelter_stay', 'manual'
  )),
  note text,
  decision text,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, region_id),
  UNIQUE (conference_id, person_id),
  FOREIGN KEY (conference_id, region_id) REFERENCES case_conferences (id, region_id),
  FOREIGN KEY (person_id, region_id) REFERENCES persons (id, region_id)
);

CREATE TABLE case_conference_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  item_id uuid NOT NULL,
  description text NOT NULL,
  owner_organisation_id uuid,
  due_on date,
  done_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (item_id, region_id) REFERENCES case_conference_items (id, region_id),
  FOREIGN KEY (owner_organisation_id, region_id) REFERENCES organisations (id, region_id)
);
CREATE INDEX case_conference_actions_item_idx ON case_conference_actions (item_id);
