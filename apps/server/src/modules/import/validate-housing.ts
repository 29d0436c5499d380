import type { CsvRow } from './csv-records';
import { KeySeen, RowChecks } from './row-checks';
import { personRefOf, type RowSink, type ValidationContext } from './validation-context';

const FILE = 'housing.csv';

/** Columns of the housing staging table, in COPY order. */
export const HOUSING_STAGE_COLUMNS = ['source_ref', 'ready_on', 'housed_on'] as const;

/** Validates housing.csv row by row (IMPORT.md) and sends fit rows to `sink` while no problem has been found. */
export function housingValidator(context: ValidationContext, sink: () => RowSink | null) {
  const keys = new KeySeen('housing record (person_ref + ready_on)');
  return (row: CsvRow): void | Promise<void> => {
    const checks = new RowChecks(FILE, row, context.problems);
    const ref = personRefOf(checks, context);
    const readyOn = checks.pastDate('ready_on', true, context.today);
    const housedOn = checks.pastDate('housed_on', false, context.today);
    checks.notBefore('housed_on', housedOn, 'ready_on', readyOn);
    if (ref !== null && readyOn !== null) keys.check(checks, row.line, 'person_ref', `${ref}\u0000${readyOn}`);
    const target = sink();
    if (checks.ok && target) return target.push([ref, readyOn, housedOn]);
  };
}
