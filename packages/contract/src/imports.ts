import { z } from 'zod';
import { fileText } from './primitives';

/** The CSV files of a bulk import (shared/spec/IMPORT.md); only persons.csv is required. */
export const IMPORT_FILE_NAMES = ['persons.csv', 'waitlist.csv', 'stays.csv', 'housing.csv'] as const;

/** Largest accepted text per file through the API (the CLI has no limit). */
export const MAX_IMPORT_FILE_CHARS = 20_000_000;

// Taken as sent; the import itself refuses NUL and other bad bytes with file:line.
const csvText = fileText(MAX_IMPORT_FILE_CHARS);

/** `POST /imports`: the texts of the CSV files, keyed by file name. */
export const ImportRequest = z
  .object({
    files: z.strictObject({
      'persons.csv': csvText.optional(),
      'waitlist.csv': csvText.optional(),
      'stays.csv': csvText.optional(),
      'housing.csv': csvText.optional(),
    }),
  })
  .meta({ id: 'ImportRequest' });
export type ImportRequest = z.infer<typeof ImportRequest>;

/** `?dryRun=true` validates only: nothing is written. */
export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

/** What an import did (or would do) to one file's table. */
export const ImportFileCounts = z.object({
  file: z.enum(IMPORT_FILE_NAMES),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportFileCounts = z.infer<typeof ImportFileCounts>;

/**
 * The validation report of an import. `ok: false` means nothing was written and `problems`
 * lists each as `file:line: column: reason`; on a dry run the counts are rows read only.
 */
export const ImportReport = z
  .object({
    ok: z.boolean(),
    dryRun: z.boolean(),
    problems: z.array(z.string()),
    counts: z.array(ImportFileCounts),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;
