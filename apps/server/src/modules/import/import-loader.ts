import type { ImportFileName } from './import-format';
import { rawCommand, rawQuery, type RawConnection } from './staging';
import { HOUSING_STAGE_COLUMNS } from './validate-housing';
import { PERSON_STAGE_COLUMNS } from './validate-persons';
import { STAY_STAGE_COLUMNS } from './validate-stays';
import { WAITLIST_STAGE_COLUMNS } from './validate-waitlist';

/*
 * The set-wise merge of staged rows into the real tables. A run holds its region's import
 * lock (import.repository.ts), so the person_refs it read at the start are exactly the
 * region's refs until it commits. That makes three cheap paths possible:
 *
 * - Persons: new refs are plainly inserted; known refs are updated only when a value differs.
 * - Rows of persons inserted by this run cannot exist anywhere else (their person id is new
 *   and not yet committed), so they are plainly inserted as well — on a region's first load
 *   that is every row, and the merge costs what a COPY into the indexed tables costs.
 * - Rows of persons that already existed are first anti-joined against the table, so that
 *   only new or changed rows reach the upsert; the upsert (ON CONFLICT … DO UPDATE … WHERE
 *   IS DISTINCT FROM) stays, because the screens may add a row with the same identity meanwhile.
 *
 * Person ids come from one temporary map (person_ref → id) filled set-wise, never from a
 * per-row lookup: right after a bulk load the planner's statistics do not know the region's
 * persons yet and once chose a per-row scan of the whole region (quadratic). For the same
 * reason the merge runs without nested-loop joins: every join is hashed, linear whatever the
 * statistics say.
 */

/** Per dependent file: its staging table, target table, identity columns (after person) and other columns. */
interface DependentSpec {
  stage: string;
  columns: readonly string[];
  definition: string;
  target: string;
  keys: readonly string[];
  values: readonly string[];
}

const PERSONS_STAGE = {
  stage: 'import_stage_persons',
  columns: PERSON_STAGE_COLUMNS,
  definition: 'source_ref text NOT NULL, birth_date date NOT NULL, municipality_code text NOT NULL, bsn text',
};

const DEPENDENTS: Record<Exclude<ImportFileName, 'persons.csv'>, DependentSpec> = {
  'waitlist.csv': {
    stage: 'import_stage_waitlist',
    columns: WAITLIST_STAGE_COLUMNS,
    definition:
      'source_ref text NOT NULL, service service_code NOT NULL, listed_on date NOT NULL, removed_on date, ' +
      'removal_reason waitlist_removal_reason',
    target: 'waitlist_entries',
    keys: ['service', 'listed_on'],
    values: ['removed_on', 'removal_reason'],
  },
  'stays.csv': {
    stage: 'import_stage_stays',
    columns: STAY_STAGE_COLUMNS,
    definition:
      'source_ref text NOT NULL, service service_code NOT NULL, provider_ref text, started_on date NOT NULL, ' +
      'ended_on date, end_reason stay_end_reason',
    target: 'stays',
    keys: ['service', 'started_on'],
    values: ['provider_ref', 'ended_on', 'end_reason'],
  },
  'housing.csv': {
    stage: 'import_stage_housing',
    columns: HOUSING_STAGE_COLUMNS,
    definition: 'source_ref text NOT NULL, ready_on date NOT NULL, housed_on date',
    target: 'housing_records',
    keys: ['ready_on'],
    values: ['housed_on'],
  },
};

/** The staging table and its COPY columns for a file. */
export function stageOf(file: ImportFileName): { table: string; columns: readonly string[] } {
  const spec = file === 'persons.csv' ? PERSONS_STAGE : DEPENDENTS[file];
  return { table: spec.stage, columns: spec.columns };
}

/** What a run did to one file's table. */
export interface FileCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

const list = (prefix: string, columns: readonly string[]) => columns.map((c) => `${prefix}${c}`).join(', ');

/** Create the (transaction-scoped) staging table of a file. */
export async function createStagingTable(connection: RawConnection, file: ImportFileName): Promise<void> {
  const spec = file === 'persons.csv' ? PERSONS_STAGE : DEPENDENTS[file];
  await rawQuery(connection, `CREATE TEMP TABLE ${spec.stage} (${spec.definition}) ON COMMIT DROP`);
}

/** Hash joins only while merging (see above); `restore` puts the caller's setting back. */
export async function withoutNestedLoops(connection: RawConnection): Promise<{ restore(): Promise<void> }> {
  const [row] = await rawQuery<{ previous: string }>(
    connection,
    `SELECT current_setting('enable_nestloop') AS previous, set_config('enable_nestloop', 'off', true)`,
  );
  return {
    restore: async () => {
      await rawQuery(connection, `SELECT set_config('enable_nestloop', $1, true)`, [row?.previous ?? 'on']);
    },
  };
}

/**
 * Merge the staged persons and fill the person map (person_ref → id, and whether this run
 * inserted the person) that the other files join. `firstLoad`: the region has no imported
 * persons yet, so every staged person is new.
 */
export async function mergePersons(
  connection: RawConnection,
  regionId: string,
  rows: number,
  firstLoad: boolean,
): Promise<FileCounts> {
  await rawQuery(
    connection,
    'CREATE TEMP TABLE import_person_ids (source_ref text, id uuid, new boolean) ON COMMIT DROP',
  );
  const staged = `SELECT s.source_ref, s.birth_date, m.id AS municipality_id, s.bsn
      FROM import_stage_persons s JOIN municipalities m ON m.region_id = $1::uuid AND m.code = s.municipality_code`;
  if (firstLoad) {
    const inserted = await rawCommand(
      connection,
      `WITH inserted AS (
         INSERT INTO persons (region_id, source_ref, birth_date, municipality_id, bsn)
         SELECT $1::uuid, source_ref, birth_date, municipality_id, bsn FROM (${staged}) s
         RETURNING source_ref, id)
       INSERT INTO import_person_ids (source_ref, id, new) SELECT source_ref, id, true FROM inserted`,
      [regionId],
    );
    return { rows, inserted, updated: 0, unchanged: rows - inserted };
  }
  await rawQuery(
    connection,
    `INSERT INTO import_person_ids (source_ref, id, new)
     SELECT source_ref, id, false FROM persons WHERE region_id = $1::uuid AND source_ref IS NOT NULL`,
    [regionId],
  );
  const [counts] = await rawQuery<{ inserted: number; updated: number }>(
    connection,
    `WITH staged AS (
       SELECT s.*, k.id AS person_id FROM (${staged}) s LEFT JOIN import_person_ids k ON k.source_ref = s.source_ref),
     updated AS (
       UPDATE persons p
          SET birth_date = s.birth_date, municipality_id = s.municipality_id, bsn = s.bsn, updated_at = now()
         FROM staged s
        WHERE p.id = s.person_id
          AND (p.birth_date, p.municipality_id, p.bsn) IS DISTINCT FROM (s.birth_date, s.municipality_id, s.bsn)
       RETURNING 1),
     inserted AS (
       INSERT INTO persons (region_id, source_ref, birth_date, municipality_id, bsn)
       SELECT $1::uuid, source_ref, birth_date, municipality_id, bsn FROM staged WHERE person_id IS NULL
       RETURNING source_ref, id),
     mapped AS (INSERT INTO import_person_ids (source_ref, id, new) SELECT source_ref, id, true FROM inserted)
     SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM updated)::int AS updated`,
    [regionId],
  );
  const inserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  return { rows, inserted, updated, unchanged: rows - inserted - updated };
}

/**
 * Merge a staged dependent file (waitlist, stays, housing) through the person map: rows of
 * new persons are inserted, rows of existing persons anti-joined and upserted when new or changed.
 */
export async function mergeDependent(
  connection: RawConnection,
  file: Exclude<ImportFileName, 'persons.csv'>,
  regionId: string,
  rows: number,
  firstLoad: boolean,
): Promise<FileCounts> {
  const spec = DEPENDENTS[file];
  const columns = [...spec.keys, ...spec.values];
  const fromStage = `FROM ${spec.stage} s JOIN import_person_ids k ON k.source_ref = s.source_ref`;
  const inserted = await rawCommand(
    connection,
    `INSERT INTO ${spec.target} (region_id, person_id, ${list('', columns)})
     SELECT $1::uuid, k.id, ${list('s.', columns)} ${fromStage}${firstLoad ? '' : ' WHERE k.new'}`,
    [regionId],
  );
  if (firstLoad) return { rows, inserted, updated: 0, unchanged: rows - inserted };
  const identity = ['region_id', 'person_id', ...spec.keys].join(', ');
  const [counts] = await rawQuery<{ inserted: number; updated: number }>(
    connection,
    `WITH upserted AS (
       INSERT INTO ${spec.target} AS t (region_id, person_id, ${list('', columns)})
       SELECT $1::uuid, k.id, ${list('s.', columns)} ${fromStage} AND NOT k.new
         LEFT JOIN ${spec.target} o ON o.region_id = $1::uuid AND o.person_id = k.id
              AND ${spec.keys.map((key) => `o.${key} = s.${key}`).join(' AND ')}
        WHERE o.id IS NULL OR (${list('o.', spec.values)}) IS DISTINCT FROM (${list('s.', spec.values)})
       ON CONFLICT (${identity}) DO UPDATE
         SET ${spec.values.map((value) => `${value} = excluded.${value}`).join(', ')}, updated_at = now()
         WHERE (${list('t.', spec.values)}) IS DISTINCT FROM (${list('excluded.', spec.values)})
       RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
       FROM upserted`,
    [regionId],
  );
  const upserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  return { rows, inserted: inserted + upserted, updated, unchanged: rows - inserted - upserted - updated };
}

/** Drop the run's temporary tables (a caller's transaction may run another import after this one). */
export async function dropMergeTables(connection: RawConnection, files: readonly ImportFileName[]): Promise<void> {
  const tables = ['import_person_ids', ...files.map((file) => stageOf(file).table)];
  await rawQuery(connection, `DROP TABLE IF EXISTS ${tables.join(', ')}`);
}
