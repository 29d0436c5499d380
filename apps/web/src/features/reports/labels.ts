import type { ReporterKind, ReportPhase, ReportReceipt } from '@springplank/contract';
import type { OrganisationKind } from '@springplank/domain';
import type { Translate } from '../../shared/i18n/I18nProvider';
import type { Option } from '../../shared/ui/fields';

export { categoryOptions } from '../../shared/labels/casework';

// Kept here (not imported from the contract at run time) so the web bundle does not pull in zod.
const REPORTER_KINDS = [
  'neighbour',
  'family',
  'police',
  'housing_corporation',
  'general_practitioner',
  'provider',
  'other',
] as const satisfies readonly ReporterKind[];

/** The phases of a report in the order they happen. */
export const PHASES = ['received', 'in_follow_up', 'closed'] as const satisfies readonly ReportPhase[];

// Compile-time checks that the lists above name every value of the contract's enums.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const _allKinds: Missing<ReporterKind, (typeof REPORTER_KINDS)[number]> = true;
const _allPhases: Missing<ReportPhase, (typeof PHASES)[number]> = true;

/** The "Wie bent u?" radio buttons. */
export function reporterKindOptions(t: Translate): Option[] {
  return REPORTER_KINDS.map((kind) => ({ value: kind, label: t.enum('reporterKind', kind) }));
}

/** True when the text is one of the reporter kinds. */
export function isReporterKind(value: string): value is ReporterKind {
  return (REPORTER_KINDS as readonly string[]).includes(value);
}

/** The reporter kind that goes with a professional's kind of organisation. */
export function reporterKindForOrganisation(kind: OrganisationKind): ReporterKind {
  switch (kind) {
    case 'police':
      return 'police';
    case 'housing_corporation':
      return 'housing_corporation';
    case 'general_practice':
      return 'general_practitioner';
    case 'provider':
      return 'provider';
    default:
      return 'other';
  }
}

const RECEIPT_KEY = 'springplank.reportReceipt';

/** Keep the receipt for this tab, so a refresh of the receipt page still shows it. */
export function storeReceipt(receipt: ReportReceipt): void {
  try {
    window.sessionStorage.setItem(RECEIPT_KEY, JSON.stringify(receipt));
  } catch {
    // Storage unavailable (private mode): the router state still carries the receipt.
  }
}

/** True when the value looks like a receipt (router state or storage may hold anything). */
export function isReceipt(value: unknown): value is ReportReceipt {
  if (!value || typeof value !== 'object') return false;
  const receipt = value as Partial<Record<keyof ReportReceipt, unknown>>;
  return (
    typeof receipt.reference === 'string' &&
    typeof receipt.statusToken === 'string' &&
    typeof receipt.receivedAt === 'string' &&
    typeof receipt.acute === 'boolean'
  );
}

/** The receipt kept by storeReceipt, if any. */
export function readStoredReceipt(): ReportReceipt | null {
  try {
    const text = window.sessionStorage.getItem(RECEIPT_KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    return isReceipt(value) ? value : null;
  } catch {
    return null;
  }
}

/** The private status link, on this site's own address (never the server's idea of its host). */
export function statusLinkFor(token: string): string {
  return `${window.location.origin}/status/${encodeURIComponent(token)}`;
}
