import type { ImportFileName } from './import-format';
import { rawQuery, type RawConnection } from './staging';
import { HOUSING_STAGE_COLUMNS } from './validate-housing';
import { PERSON_STAGE_COLUMNS } from './validate-persons';
import { STAY_STAGE_COLUMNS } from './validate-stays';
import { WAITLIST_STAGE_COLUMNS } from './validate-waitlist';

/** Per file: the staging table, its columns, and the statement that merges it into the real table. */
interface StageSpec {
  table: string;
  columns: readonly string[];
  definition: string;
  /** INSERT … SELECT … ON CONFLICT … DO UPDATE … WHERE changed, RETURNING (xmax = 0) AS inserted. $1 = region id. */
  upsert: string;
}

// Rows join their person through (region_id, source_ref); only rows whose other columns
// differ are updated, so a re-import of the same files does not touch a single row.
// The person is looked up per row through the unique (region_id, source_ref) index: right
// after a bulk load the planner has no statistics for persons and would otherwise scan it.
const PERSON_ID = '(SELECT p.id FROM persons p WHERE p.region_id = $1::uuid AND p.source_ref = s.source_ref)';

/** The staging table and merge statement of each import file. */
export const STAGES: Record<ImportFileName, StageSpec> = {
  'persons.csv': {
    table: 'import_stage_persons',
    columns: PERSON_STAGE_COLUMNS,
    definition: 'source_ref text NOT NULL, birth_date date NOT NULL, municipality_code text NOT NULL, bsn text',
    upsert: `INSERT INTO persons (region_id, source_ref, birth_date, municipality_id, bsn)
      SELECT $1::uuid, s.source_ref, s.birth_date, m.id, s.bsn
      FROM import_stage_persons s JOIN municipalities m ON m.region_id = $1::uuid AND m.code = s.municipality_code
      ON CONFLICT (region_id, source_ref) DO UPDATE
        SET birth_date = excluded.birth_date, municipality_id = excluded.municipality_id, bsn = excluded.bsn,
            updated_at = now()
        WHERE (persons.birth_date, persons.municipality_id, persons.bsn)
          IS DISTINCT FROM (excluded.birth_date, excluded.municipality_id, excluded.bsn)
      RETURNING (xmax = 0) AS inserted`,
  },
  'waitlist.csv': {
    table: 'import_stage_waitlist',
    columns: WAITLIST_STAGE_COLUMNS,
    definition:
      'source_ref text NOT NULL, service service_code NOT NULL, listed_on date NOT NULL, removed_on date, ' +
      'removal_reason waitlist_removal_reason',
    upsert: `INSERT INTO waitlist_entries (region_id, person_id, service, listed_on, removed_on, removal_reason)
      SELECT $1::uuid, ${PERSON_ID}, s.service, s.listed_on, s.removed_on, s.removal_reason
      FROM import_stage_waitlist s
      ON CONFLICT (region_id, person_id, service, listed_on) DO UPDATE
        SET removed_on = excluded.removed_on, removal_reason = excluded.removal_reason, updated_at = now()
        WHERE (waitlist_entries.removed_on, waitlist_entries.removal_reason)
          IS DISTINCT FROM (excluded.removed_on, excluded.removal_reason)
      RETURNING (xmax = 0) AS inserted`,
  },
  'stays.csv': {
    table: 'import_stage_stays',
    columns: STAY_STAGE_COLUMNS,
    definition:
      'source_ref text NOT NULL, service service_code NOT NULL, provider_ref text, started_on date NOT NULL, ' +
      'ended_on date, end_reason stay_end_reason',
    upsert: `INSERT INTO stays (region_id, person_id, service, provider_ref, started_on, ended_on, end_reason)
      SELECT $1::uuid, ${PERSON_ID}, s.service, s.provider_ref, s.started_on, s.ended_on, s.end_reason
      FROM import_stage_stays s
      ON CONFLICT (region_id, person_id, service, started_on) DO UPDATE
        SET provider_ref = excluded.provider_ref, ended_on = excluded.ended_on, end_reason = excluded.end_reason,
            updated_at = now()
        WHERE (stays.provider_ref, stays.ended_on, stays.end_reason)
          IS DISTINCT FROM (excluded.provider_ref, excluded.ended_on, excluded.end_reason)
      RETURNING (xmax = 0) AS inserted`,
  },
  'housing.csv': {
    table: 'import_stage_housing',
    columns: HOUSING_STAGE_COLUMNS,
    definition: 'source_ref text NOT NULL, ready_on date NOT NULL, housed_on date',
    upsert: `INSERT INTO housing_records (region_id, person_id, ready_on, housed_on)
      SELECT $1::uuid, ${PERSON_ID}, s.ready_on, s.housed_on
      FROM import_stage_housing s
      ON CONFLICT (region_id, person_id, ready_on) DO UPDATE
        SET housed_on = excluded.housed_on, updated_at = now()
        WHERE housing_records.housed_on IS DISTINCT FROM excluded.housed_on
      RETURNING (xmax = 0) AS inserted`,
  },
};

/** What a run did to one file's table. */
export interface FileCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Create the (transaction-scoped) staging table of a file. */
export async function createStagingTable(connection: RawConnection, file: ImportFileName): Promise<void> {
  const stage = STAGES[file];
  await rawQuery(connection, `CREATE TEMP TABLE ${stage.table} (${stage.definition}) ON COMMIT DROP`);
}

/** Merge a filled staging table into its real table, drop it, and count what changed. */
export async function mergeStagingTable(
  connection: RawConnection,
  file: ImportFileName,
  regionId: string,
  rows: number,
): Promise<FileCounts> {
  const stage = STAGES[file];
  const [counts] = await rawQuery<{ inserted: number; updated: number }>(
    connection,
    `WITH upserted AS (${stage.upsert})
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
     FROM upserted`,
    [regionId],
  );
  await rawQuery(connection, `DROP TABLE ${stage.table}`);
  const inserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  return { rows, inserted, updated, unchanged: rows - inserted - updated };
}
