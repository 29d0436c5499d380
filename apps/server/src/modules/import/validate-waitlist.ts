import { SERVICE_CODES, WAITLIST_REMOVAL_REASONS } from '@springplank/domain';
import type { CsvRow } from './csv-records';
import { KeySeen, RowChecks } from './row-checks';
import { personRefOf, type RowSink, type ValidationContext } from './validation-context';

const FILE = 'waitlist.csv';

/** Columns of the waitlist staging table, in COPY order. */
export const WAITLIST_STAGE_COLUMNS = ['source_ref', 'service', 'listed_on', 'removed_on', 'removal_reason'] as const;

/** Validates waitlist.csv row by row (IMPORT.md) and sends fit rows to `sink` while no problem has been found. */
export function waitlistValidator(context: ValidationContext, sink: () => RowSink | null) {
  const keys = new KeySeen('waiting-list entry (person_ref + service + listed_on)');
  return (row: CsvRow): void | Promise<void> => {
    const checks = new RowChecks(FILE, row, context.problems);
    const ref = personRefOf(checks, context);
    const service = checks.oneOf('service', SERVICE_CODES, true, 'service code');
    const listedOn = checks.pastDate('listed_on', true, context.today);
    const removedOn = checks.pastDate('removed_on', false, context.today);
    checks.notBefore('removed_on', removedOn, 'listed_on', listedOn);
    let reason: string | null = null;
    if (checks.text('removed_on', false) === null) {
      if (checks.text('removal_reason', false) !== null) {
        checks.refuse('removal_reason', 'only allowed when removed_on is set');
      }
    } else if (checks.text('removal_reason', false) === null) {
      checks.refuse('removal_reason', 'required when removed_on is set');
    } else {
      reason = checks.oneOf('removal_reason', WAITLIST_REMOVAL_REASONS, true, 'removal_reason');
    }
    if (ref !== null && service !== null && listedOn !== null) {
      keys.check(checks, row.line, 'person_ref', `${ref}\u0000${service}\u0000${listedOn}`);
    }
    const target = sink();
    if (checks.ok && target) return target.push([ref, service, listedOn, removedOn, reason]);
  };
}
