import type { ImportFileName } from './import-format';
import type { StagedChunks } from './file-validation';
import { copyInto, rawQuery, type RawConnection } from './staging';
import { HOUSING_STAGE_COLUMNS } from './validate-housing';
import { PERSON_STAGE_COLUMNS } from './validate-persons';
import { STAY_STAGE_COLUMNS } from './validate-stays';
import { WAITLIST_STAGE_COLUMNS } from './validate-waitlist';

/*
 * How validated rows reach the real tables. A run holds its region's import lock
 * (import.repository.ts), so the person_refs it read at the start are exactly the region's
 * refs until it commits. That splits every file in two:
 *
 * - Persons new to the region get their id during validation, and every row that names them
 *   is COPYed with that id straight into the real table: nobody else can insert those persons
 *   (the lock) or rows of them (their ids are not committed). On a region's first load that is
 *   every row, and the load costs what a COPY into the indexed tables costs. Every such row
 *   carries a time-ordered id given in Node (row-ids.ts), so the indexes grow at their end.
 * - Rows of persons already in the region are COPYed into a staging table and merged
 *   set-wise: persons updated where a value differs; other rows first anti-joined against the
 *   table, so that only new or changed rows reach the upsert (ON CONFLICT … DO UPDATE … WHERE
 *   IS DISTINCT FROM, because the screens may add a row with the same identity meanwhile).
 *
 * Person ids of staged rows come from one temporary map (person_ref → id) filled set-wise,
 * never from a per-row lookup: right after a bulk load the planner's statistics do not know
 * the region's persons yet and once chose a per-row scan of the whole region (quadratic). For
 * the same reason the merge runs without nested-loop joins: every join is hashed, linear
 * whatever the statistics say.
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
  target: 'persons',
  targetColumns: ['id', 'region_id', 'source_ref', 'birth_date', 'municipality_id', 'bsn'],
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

/** What a merge of staged rows did: rows inserted and rows updated (the rest were unchanged). */
export interface MergeCounts {
  inserted: number;
  updated: number;
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

/** COPY rows of new persons (ids resolved during validation) straight into the file's real table. */
export async function copyDirect(connection: RawConnection, file: ImportFileName, chunks: readonly string[]) {
  if (file === 'persons.csv') {
    await copyInto(connection, PERSONS_STAGE.target, PERSONS_STAGE.targetColumns, chunks);
    return;
  }
  const spec = DEPENDENTS[file];
  await copyInto(connection, spec.target, ['id', 'region_id', 'person_id', ...spec.columns.slice(1)], chunks);
}

/** Fill the person map (person_ref → id) with the region's persons, once, for the staged rows. */
export async function createPersonMap(connection: RawConnection, regionId: string): Promise<void> {
  await rawQuery(
    connection,
    `CREATE TEMP TABLE import_person_ids ON COMMIT DROP AS
       SELECT source_ref, id FROM persons WHERE region_id = $1::uuid AND source_ref IS NOT NULL`,
    [regionId],
  );
}

/**
 * Merge the staged persons (those already in the region when the run started) through the
 * person map: updated where a value differs, inserted (and mapped) should one be missing.
 */
export async function mergePersons(connection: RawConnection, regionId: string): Promise<MergeCounts> {
  const [counts] = await rawQuery<MergeCounts>(
    connection,
    `WITH staged AS (
       SELECT s.source_ref, s.birth_date, m.id AS municipality_id, s.bsn, k.id AS person_id
         FROM import_stage_persons s
         JOIN municipalities m ON m.region_id = $1::uuid AND m.code = s.municipality_code
         LEFT JOIN import_person_ids k ON k.source_ref = s.source_ref),
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
     mapped AS (INSERT INTO import_person_ids (source_ref, id) SELECT source_ref, id FROM inserted)
     SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM updated)::int AS updated`,
    [regionId],
  );
  return counts ?? { inserted: 0, updated: 0 };
}

/**
 * Merge a staged dependent file (waitlist, stays, housing: rows of persons already in the
 * region) through the person map: anti-joined, then upserted when new or changed.
 */
export async function mergeDependent(
  connection: RawConnection,
  file: Exclude<ImportFileName, 'persons.csv'>,
  regionId: string,
): Promise<MergeCounts> {
  const spec = DEPENDENTS[file];
  const columns = [...spec.keys, ...spec.values];
  const identity = ['region_id', 'person_id', ...spec.keys].join(', ');
  const [counts] = await rawQuery<MergeCounts>(
    connection,
    `WITH upserted AS (
       INSERT INTO ${spec.target} AS t (region_id, person_id, ${list('', columns)})
       SELECT $1::uuid, k.id, ${list('s.', columns)}
         FROM ${spec.stage} s JOIN import_person_ids k ON k.source_ref = s.source_ref
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
  return counts ?? { inserted: 0, updated: 0 };
}

/** What loading one file did: rows read, inserted, updated and left unchanged. */
export interface FileCounts extends MergeCounts {
  rows: number;
  unchanged: number;
}

/**
 * Loads one run's validated files, in file order, on the run's transaction: COPY of the rows
 * of new persons, staging and merge of the rest. `finish` puts the session back as it was.
 */
export class RunLoader {
  private readonly stagingTables: string[] = [];
  private mapped = false;
  private nestedLoops: { restore(): Promise<void> } | null = null;

  constructor(
    private readonly connection: RawConnection,
    private readonly regionId: string,
  ) {}

  /** Load one file's fit rows and count what happened to them. */
  async load(file: ImportFileName, rows: number, direct: StagedChunks, staged: StagedChunks): Promise<FileCounts> {
    let inserted = 0;
    let updated = 0;
    if (direct.rows > 0) {
      await copyDirect(this.connection, file, direct.chunks);
      inserted += direct.rows;
    }
    if (staged.rows > 0) {
      this.nestedLoops ??= await withoutNestedLoops(this.connection);
      const stage = stageOf(file);
      await createStagingTable(this.connection, file);
      this.stagingTables.push(stage.table);
      await copyInto(this.connection, stage.table, stage.columns, staged.chunks);
      if (!this.mapped) await createPersonMap(this.connection, this.regionId);
      this.mapped = true;
      const merged =
        file === 'persons.csv'
          ? await mergePersons(this.connection, this.regionId)
          : await mergeDependent(this.connection, file, this.regionId);
      inserted += merged.inserted;
      updated += merged.updated;
    }
    return { rows, inserted, updated, unchanged: rows - inserted - updated };
  }

  /** Drop the run's temporary tables (a caller's transaction may import again) and restore the planner setting. */
  async finish(): Promise<void> {
    const tables = [...this.stagingTables, ...(this.mapped ? ['import_person_ids'] : [])];
    if (tables.length > 0) await rawQuery(this.connection, `DROP TABLE ${tables.join(', ')}`);
    await this.nestedLoops?.restore();
  }
}
