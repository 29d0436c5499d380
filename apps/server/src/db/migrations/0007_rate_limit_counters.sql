-- Rate-limit counters shared by every instance (issue 10): one row per key (route + client,
-- or sign-in e-mail hash + client) with the count in its current window. UNLOGGED: counters
-- are worth no WAL and need not survive a crash or reach a standby (after a failover every
-- client simply starts a fresh window). Expired rows are removed by the periodic purge (a
-- sequential scan of a table with one row per active client: no index to maintain per hit).
CREATE UNLOGGED TABLE rate_limit_counters (
  key text PRIMARY KEY,
  count integer NOT NULL,
  expires_at timestamptz NOT NULL
);
