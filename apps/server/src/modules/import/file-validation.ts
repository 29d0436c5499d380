import { readCsv, type CsvRow, type CsvSource } from './csv-records';
import { IMPORT_COLUMNS, ProblemList, type ImportFileName } from './import-format';
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
  municipalityCodes: ReadonlySet<string>;
  /** persons.csv: the region's stored refs; other files: those plus every ref of persons.csv. */
  knownPersonRefs: ReadonlySet<string>;
  existingBsns: ReadonlyMap<string, string | null>;
  /** Keep the fit rows for COPY (false on a dry run). */
  stage: boolean;
}

/** The outcome of validating one file. */
export interface FileOutcome {
  rows: number;
  /** Listed problems (`file:line: column: reason`), at most MAX_LISTED_PROBLEMS, and how many more. */
  problems: string[];
  overflow: number;
  /** The fit rows in COPY text, when staging was asked and the file has no problem. */
  chunks: string[] | null;
  /** persons.csv: every person_ref it names (other files: empty). */
  personRefs: string[];
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
    municipalityCodes: task.municipalityCodes,
    // persons.csv adds the refs it reads; the other files only look refs up.
    knownPersonRefs: task.name === 'persons.csv' ? personRefs : (task.knownPersonRefs as Set<string>),
    existingBsns: task.existingBsns,
  };
  const staged = task.stage ? new StagedRows() : null;
  // Once this file has a problem the run will be refused: stop staging, keep validating.
  const validate = VALIDATORS[task.name](context, () => (problems.count === 0 ? staged : null));
  let rows = 0;
  await readCsv(task.name, source, IMPORT_COLUMNS[task.name], problems, (row) => {
    rows += 1;
    return validate(row);
  });
  return {
    rows,
    problems: problems.lines({ withOverflow: false }),
    overflow: problems.overflow,
    chunks: staged && problems.count === 0 ? staged.finish() : null,
    personRefs: [...personRefs],
  };
}
