-- stays_person_idx (region_id, person_id) is a leading prefix of the import's row identity,
-- UNIQUE (region_id, person_id, service, started_on), which answers every lookup by region and
-- person just as well. The second btree only cost one more index insert per stay (bulk import:
-- about 8% of a COPY into stays, and its share of the WAL).
DROP INDEX stays_person_idx;
