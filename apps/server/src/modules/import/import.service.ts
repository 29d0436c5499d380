import type { ImportFileCounts, ImportReport } from '@springplank/contract';
import type { Db } from '../../db/client';
import { analyzeTables } from '../../db/maintenance';
import type { AccessLogAuthor, AccessLogService } from '../access-log/access-log.service';
import { readCsv, type CsvRow, type CsvSource } from './csv-records';
import { IMPORT_COLUMNS, IMPORT_FILES, isImportFile, ProblemList, type ImportFileName } from './import-format';
import { createStagingTable, mergeStagingTable, STAGES } from './import-loader';
import type { ImportRepository } from './import.repository';
import { copyIntoStaging, rawConnectionOf, StagedRows } from './staging';
import { housingValidator } from './validate-housing';
import { personsValidator } from './validate-persons';
import { staysValidator } from './validate-stays';
import { waitlistValidator } from './validate-waitlist';
import type { RowSink, ValidationContext } from './validation-context';

/** One file offered for import: its name (persons.csv, …) and how to read its bytes. */
export interface ImportFile {
  name: string;
  open(): CsvSource;
}

/** Options of one run. */
export interface ImportOptions {
  /** Validate only: nothing is written (the validation itself is logged). */
  dryRun?: boolean;
}

const VALIDATORS: Record<
  ImportFileName,
  (context: ValidationContext, sink: () => RowSink | null) => (row: CsvRow) => void | Promise<void>
> = {
  'persons.csv': personsValidator,
  'waitlist.csv': waitlistValidator,
  'stays.csv': staysValidator,
  'housing.csv': housingValidator,
};

/** The tables a run writes: analyzed after it commits, so the monitor's plans see the new rows. */
const WRITTEN_TABLES = ['persons', 'stays', 'waitlist_entries', 'housing_records', 'access_log', 'access_log_heads'];

/** Thrown inside the transaction to roll a refused run back; carries the report. */
class RunRefused extends Error {
  constructor(readonly report: ImportReport) {
    super('import refused');
  }
}

/** Today's calendar date in the Netherlands. */
export function dutchToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * The bulk import of IMPORT.md: validates every row of every file (streaming), bulk-loads
 * fit rows into staging tables with COPY and merges each into its table with one upsert.
 * All or nothing: one transaction, and any problem rolls the whole run back.
 */
export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly repository: ImportRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Run an import in its own transaction; a refused run writes nothing and reports why. */
  async run(author: AccessLogAuthor, regionSlug: string, files: ImportFile[], options: ImportOptions = {}) {
    try {
      const committed = await this.db.transaction(async (tx) => {
        const report = await this.runIn(tx, author, regionSlug, files, options);
        if (!report.ok) throw new RunRefused(report);
        return report;
      });
      // After the commit (maintenance.ts): fresh statistics for the first monitor query.
      if (!committed.dryRun) await analyzeTables(this.db, WRITTEN_TABLES);
      return committed;
    } catch (error) {
      if (error instanceof RunRefused) return error.report;
      throw error;
    }
  }

  /**
   * Run an import inside the caller's transaction (the demo loader uses this). When the
   * report is not ok, rows may already be staged: the caller must roll back.
   */
  async runIn(
    tx: Db,
    author: AccessLogAuthor,
    regionSlug: string,
    files: ImportFile[],
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    const dryRun = options.dryRun ?? false;
    const problems = new ProblemList();
    const byName = this.checkFileNames(files, problems);
    const region = await this.repository.loadRegion(tx, regionSlug);
    if (!region) throw new Error(`Unknown region: ${regionSlug}`);
    if (region.id !== author.regionId) throw new Error(`The author does not belong to region ${regionSlug}`);
    const context: ValidationContext = {
      problems,
      today: dutchToday(this.now()),
      regionSlug,
      municipalityCodes: region.municipalityCodes,
      knownPersonRefs: region.personRefs,
      existingBsns: region.bsns,
    };
    const connection = rawConnectionOf(tx);
    const counts: ImportFileCounts[] = [];
    // The database merges file N while file N+1 is read and validated: the two overlap.
    let merging: Promise<void> = Promise.resolve();
    for (const name of IMPORT_FILES) {
      const file = byName.get(name);
      if (!file) continue;
      const staged = dryRun ? null : new StagedRows();
      // Once any problem is found the run will be rolled back: stop staging, keep validating.
      const validate = VALIDATORS[name](context, () => (problems.count === 0 ? staged : null));
      let rows = 0;
      await readCsv(name, file.open(), IMPORT_COLUMNS[name], problems, (row) => {
        rows += 1;
        return validate(row);
      });
      await merging;
      if (problems.count > 0) continue;
      if (!staged) {
        counts.push({ file: name, rows, inserted: 0, updated: 0, unchanged: 0 });
        continue;
      }
      await createStagingTable(connection, name);
      await copyIntoStaging(connection, STAGES[name].table, STAGES[name].columns, staged);
      merging = mergeStagingTable(connection, name, region.id, staged.rows).then((merged) => {
        counts.push({ file: name, ...merged });
      });
      // Handled when awaited above or below; this only keeps a failure from counting as unhandled meanwhile.
      merging.catch(() => undefined);
    }
    await merging;
    if (problems.count > 0) return { ok: false, dryRun, problems: problems.lines(), counts: [] };
    await this.accessLog.append(tx, author, {
      action: dryRun ? 'import.validate' : 'import.run',
      subjectType: 'import',
      details: { region: regionSlug, dryRun, counts },
    });
    return { ok: true, dryRun, problems: [], counts };
  }

  private checkFileNames(files: ImportFile[], problems: ProblemList): Map<ImportFileName, ImportFile> {
    const byName = new Map<ImportFileName, ImportFile>();
    for (const file of files) {
      if (isImportFile(file.name)) byName.set(file.name, file);
      else problems.add(file.name, 1, 'file', `unknown file (expected ${IMPORT_FILES.join(', ')})`);
    }
    if (!byName.has('persons.csv')) problems.add('persons.csv', 1, 'file', 'missing (persons.csv is required)');
    return byName;
  }
}
