import { isValidBsn } from '@springplank/domain';
import type { CsvRow } from './csv-records';
import { KeySeen, RowChecks } from './row-checks';
import type { RowSink, ValidationContext } from './validation-context';

const FILE = 'persons.csv';
const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** Columns of the persons staging table, in COPY order. */
export const PERSON_STAGE_COLUMNS = ['source_ref', 'birth_date', 'municipality_code', 'bsn'] as const;

/**
 * Validates persons.csv row by row (IMPORT.md), adds every person_ref to the known refs and
 * sends fit rows to `sink` while no problem has been found.
 */
export function personsValidator(context: ValidationContext, sink: () => RowSink | null) {
  const refs = new KeySeen('person_ref');
  const bsns = new Map<string, { line: number; ref: string | null }>();
  return (row: CsvRow): void | Promise<void> => {
    const checks = new RowChecks(FILE, row, context.problems);
    const ref = checks.identifier('person_ref', true);
    if (ref !== null) {
      refs.check(checks, row.line, 'person_ref', ref);
      context.knownPersonRefs.add(ref);
    }
    const birthDate = checks.pastDate('birth_date', true, context.today);
    const code = checks.text('municipality_code', true);
    if (code !== null && !MUNICIPALITY_CODE.test(code)) {
      checks.refuse('municipality_code', `not a municipality code: "${code}" (expected GM and 4 digits)`);
    } else if (code !== null && !context.municipalityCodes.has(code)) {
      checks.refuse('municipality_code', `unknown municipality ${code} (not in region ${context.regionSlug})`);
    }
    const bsn = checks.text('bsn', false);
    if (bsn !== null) checkBsn(checks, row.line, bsn, ref, bsns, context);
    const target = sink();
    if (checks.ok && target) return target.push([ref, birthDate, code, bsn]);
  };
}

function checkBsn(
  checks: RowChecks,
  line: number,
  bsn: string,
  ref: string | null,
  seen: Map<string, { line: number; ref: string | null }>,
  context: ValidationContext,
): void {
  if (!/^\d{9}$/.test(bsn)) return checks.refuse('bsn', `not 9 digits: "${bsn}"`);
  if (!isValidBsn(bsn)) return checks.refuse('bsn', `${bsn} fails the 11-proef (check digit)`);
  const earlier = seen.get(bsn);
  if (earlier) return checks.refuse('bsn', `same BSN as line ${earlier.line}`);
  seen.set(bsn, { line, ref });
  if (context.existingBsns.has(bsn) && context.existingBsns.get(bsn) !== ref) {
    checks.refuse('bsn', 'this BSN belongs to another person in the region');
  }
}
