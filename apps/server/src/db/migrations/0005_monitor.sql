-- The regional monitor: the regiovisie's targets per region. Only the settings are stored;
-- the baseline figure is the indicator engine's value at the baseline date or year,
-- computed whenever it is shown (never a stale copy).

CREATE TABLE monitor_targets (
  region_id uuid NOT NULL REFERENCES regions (id),
  key text NOT NULL
    CHECK (key IN ('bw_clients', 'mo_clients', 'bw_wait', 'mo_long_stay', 'housing_within_3_months')),
  -- Peildata for the date targets, calendar years for the year target (MO clients).
  baseline_date date,
  target_date date,
  baseline_year integer CHECK (baseline_year BETWEEN 2000 AND 2100),
  target_year integer CHECK (target_year BETWEEN 2000 AND 2100),
  -- Reduction targets: the percentage fewer; others: the threshold (months, or a share 0-1).
  value double precision NOT NULL CHECK (value > 0),
  -- Who last changed the target, and when; both empty while it is the regiovisie default.
  updated_by_user_id uuid,
  updated_at timestamptz,
  PRIMARY KEY (region_id, key),
  FOREIGN KEY (updated_by_user_id, region_id) REFERENCES users (id, region_id),
  CHECK (
    CASE WHEN key = 'mo_clients'
      THEN baseline_year IS NOT NULL AND target_year > baseline_year AND baseline_date IS NULL AND target_date IS NULL
      ELSE baseline_date IS NOT NULL AND target_date > baseline_date AND baseline_year IS NULL AND target_year IS NULL
    END
  )
);

-- The regiovisie's defaults (packages/domain/src/monitor-targets.ts explains each) for
-- every region that exists; new regions get them from the same domain constants.
INSERT INTO monitor_targets (region_id, key, baseline_date, target_date, baseline_year, target_year, value)
SELECT r.id, t.key, t.baseline_date::date, t.target_date::date, t.baseline_year, t.target_year, t.value
FROM regions r
CROSS JOIN (
  VALUES
    ('bw_clients', '2024-01-01', '2027-01-01', NULL::integer, NULL::integer, 20::double precision),
    ('mo_clients', NULL, NULL, 2023, 2026, 20),
    ('bw_wait', '2024-01-01', '2027-01-01', NULL, NULL, 3),
    ('mo_long_stay', '2024-01-01', '2027-01-01', NULL, NULL, 1.0 / 3),
    ('housing_within_3_months', '2024-01-01', '2027-01-01', NULL, NULL, 0.9)
) AS t (key, baseline_date, target_date, baseline_year, target_year, value);
