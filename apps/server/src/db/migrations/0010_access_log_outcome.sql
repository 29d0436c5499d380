-- Issue 10: refused reads of existing records are logged too. An entry's outcome says whether
-- the access it describes was allowed (every entry so far) or denied by a row-level rule.
-- Adding a column with a constant default rewrites no rows and fires no row trigger.
ALTER TABLE access_log ADD COLUMN outcome text NOT NULL DEFAULT 'allowed';
ALTER TABLE access_log ADD CONSTRAINT access_log_outcome_check CHECK (outcome IN ('allowed', 'denied'));
