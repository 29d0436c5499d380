import type { CaseOutcome, ReportCategory, Urgency } from '@springplank/contract';
import type { Translate } from '../i18n/I18nProvider';
import type { Option } from '../ui/fields';

// Kept here (not imported from the contract at run time) so the web bundle does not pull in zod.
const CATEGORIES = [
  'confused_behaviour',
  'neglect_hoarding',
  'nuisance',
  'care_avoidance',
  'threatened_homelessness',
  'addiction',
  'domestic_tension',
  'other',
] as const satisfies readonly ReportCategory[];
const URGENCIES = ['acute', 'high', 'normal', 'low'] as const satisfies readonly Urgency[];
const OUTCOMES = [
  'guided_to_care',
  'service_application',
  'no_care_needed',
  'long_term_outreach',
  'wvggz_inquiry',
  'transferred',
  'not_traceable',
] as const satisfies readonly CaseOutcome[];

/** The actions an outreach worker can record. */
export const ACTION_KINDS = ['contact_attempt', 'joint_visit_police', 'partner_consultation', 'note'] as const;
/** An action an outreach worker can record. */
export type ActionKind = (typeof ACTION_KINDS)[number];
/** The ways of seeking contact. */
export const CHANNELS = ['phone', 'visit', 'letter', 'email'] as const;
/** The results of a contact attempt. */
export const RESULTS = ['reached', 'not_reached', 'refused', 'not_at_address'] as const;

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const _allCategories: Missing<ReportCategory, (typeof CATEGORIES)[number]> = true;
const _allUrgencies: Missing<Urgency, (typeof URGENCIES)[number]> = true;
const _allOutcomes: Missing<CaseOutcome, (typeof OUTCOMES)[number]> = true;

/** Outcomes that need to say which care, or to which team or region. */
export const OUTCOMES_WITH_DETAIL: readonly CaseOutcome[] = ['guided_to_care', 'transferred'];

/** "Acuut / Hoog / Normaal / Laag" options. */
export function urgencyOptions(t: Translate): Option[] {
  return URGENCIES.map((urgency) => ({ value: urgency, label: t.enum('urgency', urgency) }));
}

/** True when the text is one of the urgencies. */
export function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}

/** The closing outcomes, in the order of the policy. */
export function outcomeOptions(t: Translate): Option[] {
  return OUTCOMES.map((outcome) => ({ value: outcome, label: t.enum('caseOutcome', outcome) }));
}

/** True when the text is one of the closing outcomes. */
export function isOutcome(value: string): value is CaseOutcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

/**
 * The kinds of action, as radio options. A note is "Iets anders vastleggen" here, so the radio
 * and the "Notitie" text field below it do not share a name.
 */
export function actionKindOptions(t: Translate): Option[] {
  return ACTION_KINDS.map((kind) => ({
    value: kind,
    label: kind === 'note' ? t('case.action.kindNote') : t.enum('caseEvent', kind),
  }));
}

/** The contact channels, as radio options. */
export function channelOptions(t: Translate): Option[] {
  return CHANNELS.map((channel) => ({ value: channel, label: t.enum('contactChannel', channel) }));
}

/** The contact results, as radio options. */
export function resultOptions(t: Translate): Option[] {
  return RESULTS.map((result) => ({ value: result, label: t.enum('contactResult', result) }));
}

/** The categories of a report in Dutch, comma-separated. */
export function categoryList(categories: readonly ReportCategory[], t: Translate): string {
  return categories.map((category) => t.enum('reportCategory', category)).join(', ');
}

/** "Jan Jansen", or null when neither name is known. */
export function personName(person: { givenName: string | null; familyName: string | null }): string | null {
  const name = [person.givenName, person.familyName].filter(Boolean).join(' ');
  return name || null;
}

/** The category checkboxes of the form, in the order the meldpunt asked for. */
export function categoryOptions(t: Translate): Option[] {
  return CATEGORIES.map((category) => ({ value: category, label: t.enum('reportCategory', category) }));
}
