import type { ProblemList } from './import-format';
import type { RowChecks } from './row-checks';

/** Where validated rows go: the staging rows, or nowhere (dry run, or a problem was found). */
export interface RowSink {
  push(values: readonly (string | null)[]): void;
}

/** What the row validators of one run share. */
export interface ValidationContext {
  problems: ProblemList;
  /** Today's date in the Netherlands (YYYY-MM-DD): dates of things that happened may not be later. */
  today: string;
  regionSlug: string;
  /** Municipality codes of the region. */
  municipalityCodes: ReadonlySet<string>;
  /** person_refs already in the database for the region, plus those of persons.csv once read. */
  knownPersonRefs: Set<string>;
  /** BSNs already in the database for the region, with the person_ref holding each (null: not imported). */
  existingBsns: ReadonlyMap<string, string | null>;
}

/** The required person_ref of a waitlist, stays or housing row, refused when the person is unknown. */
export function personRefOf(checks: RowChecks, context: ValidationContext): string | null {
  const ref = checks.identifier('person_ref', true);
  if (ref !== null && !context.knownPersonRefs.has(ref)) {
    checks.refuse('person_ref', `unknown person "${ref}" (not in persons.csv nor in the region)`);
  }
  return ref;
}
