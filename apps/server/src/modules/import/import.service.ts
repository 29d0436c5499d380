import type { ImportFileCounts, ImportReport } from '@springplank/contract';
import type { Db } from '../../db/client';
import { analyzeTables } from '../../db/maintenance';
import type { AccessLogAuthor, AccessLogService } from '../access-log/access-log.service';
import type { CsvSource } from './csv-records';
import { validateFile, type FileOutcome, type FileTask } from './file-validation';
import { IMPORT_FILES, isImportFile, ProblemList, type ImportFileName } from './import-format';
import {
  createStagingTable,
  dropMergeTables,
  mergeDependent,
  mergePersons,
  stageOf,
  withoutNestedLoops,
} from './import-loader';
import type { ImportRepository } from './import.repository';
import { copyIntoStaging, rawConnectionOf } from './staging';

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
   * report is not ok, rows may already be merged: the caller must roll back.
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
    if (!dryRun) await this.repository.lockRegion(tx, regionSlug);
    const region = await this.repository.loadRegion(tx, regionSlug);
    if (!region) throw new Error(`Unknown region: ${regionSlug}`);
    if (region.id !== author.regionId) throw new Error(`The author does not belong to region ${regionSlug}`);
    const present = IMPORT_FILES.filter((name) => byName.has(name));
    const task = (name: ImportFileName, knownPersonRefs: ReadonlySet<string>): FileTask => ({
      name,
      today: dutchToday(this.now()),
      regionSlug,
      municipalityCodes: region.municipalityCodes,
      knownPersonRefs,
      existingBsns: region.bsns,
      stage: !dryRun,
    });
    const validate = (name: ImportFileName, known: ReadonlySet<string>) =>
      validateFile(task(name, known), byName.get(name)!.open());
    // persons.csv first: the other files may name its persons. Then the others, while the
    // database merges persons; each file is merged as soon as it and the ones before are.
    const persons = byName.has('persons.csv') ? await validate('persons.csv', region.personRefs) : null;
    const known = new Set([...region.personRefs, ...(persons?.personRefs ?? [])]);
    const outcomes = new Map<ImportFileName, Promise<FileOutcome>>();
    for (const name of present) {
      if (name !== 'persons.csv') outcomes.set(name, validate(name, known));
    }
    if (persons) outcomes.set('persons.csv', Promise.resolve(persons));
    // A failure is handled where the outcome is awaited; this keeps it from counting as unhandled meanwhile.
    for (const outcome of outcomes.values()) outcome.catch(() => undefined);

    const connection = rawConnectionOf(tx);
    const firstLoad = region.personRefs.size === 0;
    const counts: ImportFileCounts[] = [];
    let merging: Promise<void> = Promise.resolve();
    let nestedLoops: { restore(): Promise<void> } | null = null;
    for (const name of present) {
      const outcome = await outcomes.get(name)!;
      problems.absorb(outcome.problems, outcome.overflow);
      await merging;
      if (problems.count > 0) continue;
      if (dryRun || !outcome.chunks) {
        counts.push({ file: name, rows: outcome.rows, inserted: 0, updated: 0, unchanged: 0 });
        continue;
      }
      nestedLoops ??= await withoutNestedLoops(connection);
      const chunks = outcome.chunks;
      merging = (async () => {
        const stage = stageOf(name);
        await createStagingTable(connection, name);
        await copyIntoStaging(connection, stage.table, stage.columns, chunks);
        const merged =
          name === 'persons.csv'
            ? await mergePersons(connection, region.id, outcome.rows, firstLoad)
            : await mergeDependent(connection, name, region.id, outcome.rows, firstLoad);
        counts.push({ file: name, ...merged });
      })();
      merging.catch(() => undefined);
    }
    await merging;
    if (nestedLoops) {
      await nestedLoops.restore();
      await dropMergeTables(connection, present);
    }
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
