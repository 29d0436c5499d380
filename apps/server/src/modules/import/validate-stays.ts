import { SERVICE_CODES, STAY_END_REASONS } from '@springplank/domain';
import type { CsvRow } from './csv-records';
import { KeySeen, RowChecks } from './row-checks';
import { personRefOf, type RowSink, type ValidationContext } from './validation-context';

const FILE = 'stays.csv';

/** Columns of the stays staging table, in COPY order. */
export const STAY_STAGE_COLUMNS = [
  'source_ref',
  'service',
  'provider_ref',
  'started_on',
  'ended_on',
  'end_reason',
] as const;

/** Validates stays.csv row by row (IMPORT.md) and sends fit rows to `sink` while no problem has been found. */
export function staysValidator(context: ValidationContext, sink: () => RowSink | null) {
  const keys = new KeySeen('stay (person_ref + service + started_on)');
  return (row: CsvRow): void | Promise<void> => {
    const checks = new RowChecks(FILE, row, context.problems);
    const ref = personRefOf(checks, context);
    const service = checks.oneOf('service', SERVICE_CODES, true, 'service code');
    const providerRef = checks.identifier('provider_ref', false);
    const startedOn = checks.pastDate('started_on', true, context.today);
    const endedOn = checks.pastDate('ended_on', false, context.today);
    checks.notBefore('ended_on', endedOn, 'started_on', startedOn);
    // The stays table only knows why a stay ended once it has ended.
    let endReason: string | null = null;
    if (checks.text('ended_on', false) === null && checks.text('end_reason', false) !== null) {
      checks.refuse('end_reason', 'only allowed when ended_on is set');
    } else {
      endReason = checks.oneOf('end_reason', STAY_END_REASONS, false, 'end_reason');
    }
    if (ref !== null && service !== null && startedOn !== null) {
      keys.check(checks, row.line, 'person_ref', `${ref}\u0000${service}\u0000${startedOn}`);
    }
    const target = sink();
    if (checks.ok && target) return target.push([ref, service, providerRef, startedOn, endedOn, endReason]);
  };
}
