import { readCsv, type CsvRow, type CsvSource } from './csv-records';
import { IMPORT_COLUMNS, ProblemList, type ImportFileName } from './import-format';
import { newRowId } from './row-ids';
import { StagedRows } from './staging';
import { housingValidator } from './validate-housing';
import { personsValidator } from './validate-persons';
import { staysValidator } from './validate-stays';
import { waitlistValidator } from './validate-waitlist';
import type { RowSink, ValidationContext } from './validation-context';

const VALIDATORS: Record<
  ImportFileName,
  (context: ValidationContext, sink: () => RowSink | null) => (row: CsvRow) => void | Promise<void>
> = {
  'persons.csv': personsValidator,
  'waitlist.csv': waitlistValidator,
  'stays.csv': staysValidator,
  'housing.csv': housingValidator,
};

/**
 * What validating one file needs to know. Plain data (sets and maps included), so that it can
 * be posted to a worker thread as it is.
 */
export interface FileTask {
  name: ImportFileName;
  today: string;
  regionSlug: string;
  regionId: string;
  /** The region's municipalities: id by code. */
  municipalityIds: ReadonlyMap<string, string>;
  /** persons.csv: the region's stored refs; other files: those plus every ref of persons.csv. */
  knownPersonRefs: ReadonlySet<string>;
  existingBsns: ReadonlyMap<string, string | null>;
  /** Other files: the ids this run gives the persons it inserts (persons.csv's new refs). */
  newPersonIds: ReadonlyMap<string, string>;
  /** Keep the fit rows for COPY (false on a dry run). */
  stage: boolean;
}

/** The outcome of validating one file. */
export interface FileOutcome {
  rows: number;
  /** Listed problems (`file:line: column: reason`), at most MAX_LISTED_PROBLEMS, and how many more. */
  problems: string[];
  overflow: number;
  /**
   * The fit rows in COPY text, when staging was asked and the file has no problem. `direct`:
   * rows of persons new to the region, ids resolved, for the real table itself; `staged`:
   * rows of persons already there, by person_ref, for the staging table and the merge.
   */
  direct: StagedChunks | null;
  staged: StagedChunks | null;
  /** persons.csv: every person_ref it names (other files: empty). */
  personRefs: string[];
  /** persons.csv: the id given to each new person (other files: empty). */
  newPersonIds: Map<string, string>;
}

/** Rows in COPY text format and how many there are. */
export interface StagedChunks {
  rows: number;
  chunks: string[];
}

/**
 * Where a fit row goes. A person new to the region gets its id here, and the rows that name
 * it are written with that id (and an id of their own, time-ordered: row-ids.ts) straight into
 * the real tables (the region's import lock keeps anyone else from inserting the same person);
 * rows of known persons go to staging.
 */
function rowRouter(task: FileTask, newPersonIds: Map<string, string>, direct: StagedRows, staged: StagedRows) {
  const region = task.regionId;
  if (task.name === 'persons.csv') {
    return (values: readonly (string | null)[]) => {
      const [ref, birthDate, code, bsn] = values as [string, string, string, string | null];
      if (task.knownPersonRefs.has(ref)) return staged.push(values);
      const id = newRowId();
      newPersonIds.set(ref, id);
      direct.push([id, region, ref, birthDate, task.municipalityIds.get(code)!, bsn]);
    };
  }
  return (values: readonly (string | null)[]) => {
    const id = task.newPersonIds.get(values[0]!);
    if (id === undefined) return staged.push(values);
    direct.push([newRowId(), region, id, ...values.slice(1)]);
  };
}

/**
 * Read and validate one import file (IMPORT.md) row by row, keeping its fit rows as COPY text.
 * The same code runs on the main thread and in the validation workers.
 */
export async function validateFile(task: FileTask, source: CsvSource): Promise<FileOutcome> {
  const problems = new ProblemList();
  const personRefs = new Set<string>();
  const context: ValidationContext = {
    problems,
    today: task.today,
    regionSlug: task.regionSlug,
    municipalityCodes: new Set(task.municipalityIds.keys()),
    // persons.csv adds the refs it reads; the other files only look refs up.
    knownPersonRefs: task.name === 'persons.csv' ? personRefs : (task.knownPersonRefs as Set<string>),
    existingBsns: task.existingBsns,
  };
  const newPersonIds = new Map<string, string>();
  const direct = new StagedRows();
  const staged = new StagedRows();
  const sink: RowSink = { push: rowRouter(task, newPersonIds, direct, staged) };
  // Once this file has a problem the run will be refused: stop staging, keep validating.
  const validate = VALIDATORS[task.name](context, () => (task.stage && problems.count === 0 ? sink : null));
  let rows = 0;
  await readCsv(task.name, source, IMPORT_COLUMNS[task.name], problems, (row) => {
    rows += 1;
    return validate(row);
  });
  const fit = task.stage && problems.count === 0;
  return {
    rows,
    problems: problems.lines({ withOverflow: false }),
    overflow: problems.overflow,
    direct: fit ? { rows: direct.rows, chunks: direct.finish() } : null,
    staged: fit ? { rows: staged.rows, chunks: staged.finish() } : null,
    personRefs: [...personRefs],
    newPersonIds: fit ? newPersonIds : new Map<string, string>(),
  };
}
