import { hasControlCharacter, IDENTIFIER_MAX, isInDateWindow, MAX_DATE, MIN_DATE } from '@springplank/contract';
import type { CsvRow } from './csv-records';
import type { ProblemList } from './import-format';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Only text beyond printable ASCII can change under NFC normalisation.
const NON_ASCII = /[^ -~]/;

// An import names the same few thousand dates over and over: remember the valid ones.
const validDates = new Set<string>();
const MAX_REMEMBERED_DATES = 100_000;

/** Whether `value` is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (validDates.has(value)) return true;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if (validDates.size < MAX_REMEMBERED_DATES) validDates.add(value);
  return true;
}

/**
 * Reads the cells of one row with the contract's rules, adding a problem for each bad cell
 * and remembering whether the row is fit to load.
 */
export class RowChecks {
  ok = true;

  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly problems: ProblemList,
  ) {}

  /** Add a problem for this row (and mark it unfit). */
  refuse(column: string, reason: string): void {
    this.ok = false;
    this.problems.add(this.file, this.row.line, column, reason);
  }

  /** The cell's text, or null when empty; refused when empty and required, or when it holds a NUL. */
  text(column: string, required: boolean): string | null {
    const value = this.row.get(column);
    if (value.includes('\u0000')) {
      // The same rule as the API's free text: PostgreSQL cannot store NUL in text.
      this.refuse(column, 'contains a NUL character');
      return null;
    }
    if (value !== '') return value;
    if (required) this.refuse(column, 'required');
    return null;
  }

  /**
   * An identifier (person_ref, provider_ref), normalised to NFC like the API's text: at most
   * 100 characters and no control characters, as the contract's `identifier` primitive;
   * null when empty or refused.
   */
  identifier(column: string, required: boolean): string | null {
    const value = this.text(column, required);
    if (value === null) return null;
    if (value.length > IDENTIFIER_MAX) {
      this.refuse(column, `longer than ${IDENTIFIER_MAX} characters (${value.length})`);
      return null;
    }
    if (hasControlCharacter(value)) {
      this.refuse(column, 'contains a control character (tab, line break …) or an invalid character');
      return null;
    }
    return NON_ASCII.test(value) ? value.normalize('NFC') : value;
  }

  /** A YYYY-MM-DD date between 1900-01-01 and 2100-12-31, or null when empty or invalid (invalid is refused). */
  date(column: string, required: boolean): string | null {
    const value = this.text(column, required);
    if (value === null) return null;
    // The window first, so year 0000 is named as out of range rather than as no date at all.
    if (ISO_DATE.test(value) && !isInDateWindow(value)) {
      this.refuse(column, `${value} is outside ${MIN_DATE} … ${MAX_DATE}`);
      return null;
    }
    if (!isCalendarDate(value)) {
      this.refuse(column, `not a valid date: "${value.slice(0, 40)}" (expected YYYY-MM-DD)`);
      return null;
    }
    return value;
  }

  /** A date of something that already happened (born, listed, started, ended, ready, housed): not after `today`. */
  pastDate(column: string, required: boolean, today: string): string | null {
    const value = this.date(column, required);
    if (value !== null && value > today) {
      this.refuse(column, `${value} is in the future`);
      return null;
    }
    return value;
  }

  /** A value from a fixed list, or null when empty or unknown (unknown is refused). */
  oneOf<T extends string>(column: string, allowed: readonly T[], required: boolean, what: string): T | null {
    const value = this.text(column, required);
    if (value === null) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.refuse(column, `unknown ${what}: "${value}"`);
    return null;
  }

  /** Refuse `later` when it is before `earlier` (both present). */
  notBefore(laterColumn: string, later: string | null, earlierColumn: string, earlier: string | null): void {
    if (later !== null && earlier !== null && later < earlier) {
      this.refuse(laterColumn, `${later} is before ${earlierColumn} ${earlier}`);
    }
  }
}

/** Remembers each row identity's first line to refuse a second row with the same identity. */
export class KeySeen {
  private readonly firstLine = new Map<string, number>();

  constructor(private readonly description: string) {}

  /** Refuse the row when its key was seen before in this file; otherwise remember it. */
  check(checks: RowChecks, line: number, column: string, key: string): void {
    const first = this.firstLine.get(key);
    if (first === undefined) this.firstLine.set(key, line);
    else checks.refuse(column, `duplicate ${this.description}: same as line ${first}`);
  }
}
