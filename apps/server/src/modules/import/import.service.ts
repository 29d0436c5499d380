import type { ImportFileCounts, ImportReport } from '@springplank/contract';
import type { Db } from '../../db/client';
import { analyzeTables } from '../../db/maintenance';
import type { AccessLogAuthor, AccessLogService } from '../access-log/access-log.service';
import type { CsvSource } from './csv-records';
import { validateFile, type FileOutcome, type FileTask } from './file-validation';
import { IMPORT_FILES, isImportFile, ProblemList, type ImportFileName } from './import-format';
import { RunLoader } from './import-loader';
import type { ImportRepository } from './import.repository';
import { rawConnectionOf } from './staging';
import { validationPool, type WorkerSource } from './validation-pool';

/** One file offered for import: its name (persons.csv, …) and how to read its bytes. */
export interface ImportFile {
  name: string;
  open(): CsvSource;
  /** Where the file lies on disk, when it does (a worker thread then reads it itself). */
  path?: string;
  /** Its size in bytes or characters, when known: big imports are validated on worker threads. */
  size?: number;
}

/** Options of one run. */
export interface ImportOptions {
  /** Validate only: nothing is written (the validation itself is logged). */
  dryRun?: boolean;
  /** Validate on worker threads (true), on the main thread (false), or by size (default). */
  workers?: boolean;
}

/** From this many bytes on, worker threads pay for their start-up (once started, from far less). */
const WORKER_THRESHOLD = { cold: 1 << 20, warm: 1 << 16 };

/** Whether to validate on worker threads: as asked, or when the files are big enough. */
function useWorkers(files: readonly ImportFile[], asked: boolean | undefined): boolean {
  if (asked !== undefined) return asked;
  const size = files.reduce((sum, file) => sum + (file.size ?? 0), 0);
  return size >= (validationPool.warm ? WORKER_THRESHOLD.warm : WORKER_THRESHOLD.cold);
}

/** A file as a worker can read it: its path, or its whole text read here. */
async function workerSource(file: ImportFile): Promise<WorkerSource> {
  if (file.path) return { path: file.path };
  const source = file.open();
  if (typeof source === 'string' || Buffer.isBuffer(source)) return { text: source };
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(Buffer.isBuffer(part) ? part : Buffer.from(part));
  return { text: Buffer.concat(parts) };
}

/** The table each file is loaded into. */
const TABLE_OF_FILE: Record<ImportFileName, string> = {
  'persons.csv': 'persons',
  'waitlist.csv': 'waitlist_entries',
  'stays.csv': 'stays',
  'housing.csv': 'housing_records',
};

/**
 * The tables a committed run wrote: analyzed after it commits, so the monitor's plans see the
 * new rows. Only those whose file inserted or updated rows (ANALYZE samples the whole national
 * table, a cost not worth paying for a file that changed nothing), and the access log, which
 * every run appends to.
 */
function writtenTables(report: ImportReport): string[] {
  const changed = report.counts.filter((count) => count.inserted + count.updated > 0);
  return [...changed.map((count) => TABLE_OF_FILE[count.file]), 'access_log', 'access_log_heads'];
}

/**
 * A run's report with how long it took: validation, load and merge up to the commit (`runMs`)
 * and the ANALYZE after it (`statisticsMs`). For the command line and the benchmark; the HTTP
 * contract (ImportReport) leaves the durations out.
 */
export type ImportRunReport = ImportReport & { durations?: { runMs: number; statisticsMs: number } };

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
    /** Runs the ANALYZE after a run: on split roles only the tables' owner may (DATABASE_OWNER_URL). */
    private readonly statisticsDb: Db = db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Run an import in its own transaction; a refused run writes nothing and reports why. */
  async run(
    author: AccessLogAuthor,
    regionSlug: string,
    files: ImportFile[],
    options: ImportOptions = {},
  ): Promise<ImportRunReport> {
    try {
      const started = performance.now();
      const committed = await this.db.transaction(async (tx) => {
        const report = await this.runIn(tx, author, regionSlug, files, options);
        if (!report.ok) throw new RunRefused(report);
        return report;
      });
      const runMs = performance.now() - started;
      // After the commit (maintenance.ts): fresh statistics for the first monitor query.
      if (!committed.dryRun) await analyzeTables(this.statisticsDb, writtenTables(committed));
      return { ...committed, durations: { runMs, statisticsMs: performance.now() - started - runMs } };
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
    const today = dutchToday(this.now());
    const task = (name: ImportFileName, known: ReadonlySet<string>, newIds: Map<string, string>): FileTask => ({
      name,
      today,
      regionSlug,
      regionId: region.id,
      municipalityIds: region.municipalityIds,
      knownPersonRefs: known,
      existingBsns: region.bsns,
      newPersonIds: newIds,
      stage: !dryRun,
    });
    const onWorkers = useWorkers([...byName.values()], options.workers);
    const validate = async (name: ImportFileName, known: ReadonlySet<string>, newIds = new Map<string, string>()) => {
      const file = byName.get(name)!;
      if (!onWorkers) return validateFile(task(name, known, newIds), file.open());
      return validationPool.validate(task(name, known, newIds), await workerSource(file));
    };
    // persons.csv first: the other files may name its persons. Then the others, while the
    // database merges persons; each file is merged as soon as it and the ones before are.
    const persons = byName.has('persons.csv') ? await validate('persons.csv', region.personRefs) : null;
    const known = new Set([...region.personRefs, ...(persons?.personRefs ?? [])]);
    const outcomes = new Map<ImportFileName, Promise<FileOutcome>>();
    for (const name of present) {
      if (name !== 'persons.csv') outcomes.set(name, validate(name, known, persons?.newPersonIds));
    }
    if (persons) outcomes.set('persons.csv', Promise.resolve(persons));
    // A failure is handled where the outcome is awaited; this keeps it from counting as unhandled meanwhile.
    for (const outcome of outcomes.values()) outcome.catch(() => undefined);

    const loader = new RunLoader(rawConnectionOf(tx), region.id);
    const counts: ImportFileCounts[] = [];
    let merging: Promise<void> = Promise.resolve();
    for (const name of present) {
      const outcome = await outcomes.get(name)!;
      problems.absorb(outcome.problems, outcome.overflow);
      await merging;
      if (problems.count > 0) continue;
      const { direct, staged } = outcome;
      if (dryRun || !direct || !staged) {
        counts.push({ file: name, rows: outcome.rows, inserted: 0, updated: 0, unchanged: 0 });
        continue;
      }
      merging = loader.load(name, outcome.rows, direct, staged).then((loaded) => {
        counts.push({ file: name, ...loaded });
      });
      merging.catch(() => undefined);
    }
    await merging;
    await loader.finish();
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
