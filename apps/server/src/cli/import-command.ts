import { createReadStream, readdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle, Db } from '../db/client';
import { AccessLogRepository } from '../modules/access-log/access-log.repository';
import { AccessLogService } from '../modules/access-log/access-log.service';
import type { AccessLogKeys } from '../modules/access-log/access-log.chain';
import { loadAccessLogKeys } from '../modules/access-log/access-log.keys';
import { loadConfig } from '../config';
import { ImportRepository } from '../modules/import/import.repository';
import { ImportService, type ImportFile, type ImportRunReport } from '../modules/import/import.service';
import { RegionsRepository } from '../modules/regions/regions.repository';

/** Options of `cli import`. */
export interface ImportCommandOptions {
  region?: string;
  dryRun?: boolean;
  /** The access-log chain keys; by default the installation's (ACCESS_LOG_KEYS or the key file). */
  keys?: AccessLogKeys;
  /** Runs the ANALYZE after the run; the tables' owner on split roles (default: the same database). */
  statisticsDb?: Db;
}

/** The CSV files of an import folder (other files, such as a README, are ignored). */
export function folderFiles(folder: string): ImportFile[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`Not a folder: ${folder}`);
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      return { name, path, size: statSync(path).size, open: () => createReadStream(path) };
    });
}

/** Import a folder of CSV files into a region (IMPORT.md), attributed to the CLI and the OS user. */
export async function runImportCommand(
  database: DatabaseHandle,
  folder: string,
  options: ImportCommandOptions,
): Promise<ImportRunReport> {
  const slug = options.region ?? 'midden-ijssel';
  const region = await new RegionsRepository().findBySlug(database.db, slug);
  if (!region) throw new Error(`Unknown region: ${slug}`);
  const service = new ImportService(
    database.longDb,
    new ImportRepository(),
    new AccessLogService(
      database.db,
      new AccessLogRepository(),
      options.keys ?? loadAccessLogKeys(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }).accessLog.keys),
    ),
    options.statisticsDb ?? database.longDb,
  );
  return service.run(
    {
      regionId: region.id,
      userId: null,
      userName: `cli (${safeUserName()})`,
      organisationId: null,
      organisationName: null,
      role: null,
      requestId: null,
    },
    slug,
    folderFiles(folder),
    { dryRun: options.dryRun },
  );
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/** The success summary: per file the rows read and what happened to them. */
export function summaryLines(report: ImportRunReport, slug: string): string[] {
  const head = report.dryRun ? `Validated for ${slug} (dry run, nothing written):` : `Imported into ${slug}:`;
  return [
    head,
    ...report.counts.map(
      (c) =>
        `  ${c.file.padEnd(13)} ${String(c.rows).padStart(8)} rows` +
        (report.dryRun ? ', all valid' : `: ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`),
    ),
  ];
}

/** How long the run took (for stderr, so the summary on stdout stays the same from run to run). */
export function durationLine(report: ImportRunReport): string | null {
  const { durations } = report;
  if (!durations) return null;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return report.dryRun
    ? `Took ${seconds(durations.runMs)}.`
    : `Took ${seconds(durations.runMs)}, then ${seconds(durations.statisticsMs)} updating the planner statistics.`;
}
