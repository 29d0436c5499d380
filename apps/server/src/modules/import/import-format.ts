/**
 * The CSV contract of the bulk import (shared/spec/IMPORT.md): which files exist, their
 * columns, and how a problem is written (`file:line: column: reason`).
 */

/** The files a region's import folder may hold; only persons.csv is required. */
export const IMPORT_FILES = ['persons.csv', 'waitlist.csv', 'stays.csv', 'housing.csv'] as const;

/** One of the import files. */
export type ImportFileName = (typeof IMPORT_FILES)[number];

/** The columns of each file: required ones first, then optional ones. */
export const IMPORT_COLUMNS: Record<ImportFileName, { required: readonly string[]; optional: readonly string[] }> = {
  'persons.csv': { required: ['person_ref', 'birth_date', 'municipality_code'], optional: ['bsn'] },
  'waitlist.csv': { required: ['person_ref', 'service', 'listed_on'], optional: ['removed_on', 'removal_reason'] },
  'stays.csv': {
    required: ['person_ref', 'service', 'started_on'],
    optional: ['provider_ref', 'ended_on', 'end_reason'],
  },
  'housing.csv': { required: ['person_ref', 'ready_on'], optional: ['housed_on'] },
};

/** Whether a file name is one of the import files. */
export function isImportFile(name: string): name is ImportFileName {
  return (IMPORT_FILES as readonly string[]).includes(name);
}

/** The most problems one run lists; the rest are counted in a final line. */
export const MAX_LISTED_PROBLEMS = 1000;

/**
 * Collects problems in the order they are found, listing at most `cap` and counting the
 * rest, so a file with a million bad rows still gives a readable report.
 */
export class ProblemList {
  private readonly listed: string[] = [];
  /** Problems found beyond the cap: counted, not listed. */
  overflow = 0;

  constructor(private readonly cap = MAX_LISTED_PROBLEMS) {}

  /** Record `file:line: column: reason`. */
  add(file: string, line: number, column: string, reason: string): void {
    if (this.listed.length < this.cap) this.listed.push(`${file}:${line}: ${column}: ${reason}`);
    else this.overflow += 1;
  }

  /** How many problems were found, listed or not. */
  get count(): number {
    return this.listed.length + this.overflow;
  }

  /** Add the problems another list found (one file validated elsewhere), in their order. */
  absorb(lines: readonly string[], overflow: number): void {
    for (const line of lines) {
      if (this.listed.length < this.cap) this.listed.push(line);
      else this.overflow += 1;
    }
    this.overflow += overflow;
  }

  /** The listed problems plus, when capped (and not asked otherwise), `… and N more`. */
  lines({ withOverflow = true } = {}): string[] {
    return withOverflow && this.overflow > 0 ? [...this.listed, `… and ${this.overflow} more`] : [...this.listed];
  }
}
