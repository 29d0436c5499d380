/**
 * Deadlines of the meldpunt zorgwekkend gedrag. Triage and first contact are counted in
 * working days (see calendar.ts); the Wvggz exploratory inquiry in calendar days.
 */
import { addDays, addWorkingDays, compareDates, type IsoDate } from './calendar';

/** How urgent the meldpunt judges a report (same values as the contract's `Urgency`). */
export type Urgency = 'acute' | 'high' | 'normal' | 'low';

/** Working days allowed per urgency: from receipt to triage, and from routing to first contact. */
export type DeadlineRules = Record<Urgency, { triageWorkingDays: number; firstContactWorkingDays: number }>;

/** Where a deadline stands on a given day. */
export type DeadlineState = 'on_time' | 'due_today' | 'overdue' | 'done_on_time' | 'done_late';

const URGENCY_ORDER: readonly Urgency[] = ['acute', 'high', 'normal', 'low'];

const URGENCY_LABEL_NL: Record<Urgency, string> = { acute: 'acuut', high: 'hoog', normal: 'normaal', low: 'laag' };

/** The longest deadline a region may configure, in working days (about three months). */
export const MAX_DEADLINE_WORKING_DAYS = 60;

/** The deadlines a region starts with; acute means on the same working day. */
export const DEFAULT_DEADLINE_RULES: DeadlineRules = Object.freeze({
  acute: Object.freeze({ triageWorkingDays: 0, firstContactWorkingDays: 0 }),
  high: Object.freeze({ triageWorkingDays: 1, firstContactWorkingDays: 2 }),
  normal: Object.freeze({ triageWorkingDays: 2, firstContactWorkingDays: 5 }),
  low: Object.freeze({ triageWorkingDays: 5, firstContactWorkingDays: 10 }),
});

/**
 * Calendar days for the Wvggz verkennend onderzoek: once the municipality has a report that
 * may call for compulsory care, the Wet verplichte ggz gives it 14 days to do the exploratory
 * inquiry. These are calendar days, not working days.
 */
export const WVGGZ_INQUIRY_DAYS = 14;

/** The last day on which a report received on `receivedOn` must be triaged. */
export function triageDueOn(
  receivedOn: IsoDate,
  urgency: Urgency,
  rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
): IsoDate {
  return addWorkingDays(receivedOn, rules[urgency].triageWorkingDays);
}

/** The last day for the team's first contact attempt, counted from the day the report was routed to it. */
export function firstContactDueOn(
  routedOn: IsoDate,
  urgency: Urgency,
  rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
): IsoDate {
  return addWorkingDays(routedOn, rules[urgency].firstContactWorkingDays);
}

/**
 * The last day of the Wvggz exploratory inquiry that started on `startedOn`. It is a legal
 * limit in calendar days, so it is deliberately not moved when it falls on a weekend or a
 * public holiday: the inquiry has to be finished by then, and planning must allow for it.
 */
export function wvggzInquiryDueOn(startedOn: IsoDate): IsoDate {
  return addDays(startedOn, WVGGZ_INQUIRY_DAYS);
}

/** Where a deadline due on `dueOn` stands on `today`, given the day it was done (or null). */
export function deadlineState(dueOn: IsoDate, doneOn: IsoDate | null, today: IsoDate): DeadlineState {
  if (doneOn !== null) return compareDates(doneOn, dueOn) <= 0 ? 'done_on_time' : 'done_late';
  const cmp = compareDates(today, dueOn);
  return cmp < 0 ? 'on_time' : cmp === 0 ? 'due_today' : 'overdue';
}

function checkDays(label: string, what: string, days: unknown): string[] {
  if (typeof days !== 'number' || !Number.isInteger(days)) {
    return [`Urgentie ${label}: de termijn voor ${what} moet een heel aantal werkdagen zijn (${String(days)}).`];
  }
  if (days < 0) return [`Urgentie ${label}: de termijn voor ${what} mag niet negatief zijn (${days}).`];
  if (days > MAX_DEADLINE_WORKING_DAYS) {
    return [
      `Urgentie ${label}: de termijn voor ${what} is langer dan ${MAX_DEADLINE_WORKING_DAYS} werkdagen (${days}).`,
    ];
  }
  return [];
}

/** The problems with a region's deadline rules, in Dutch for the admin screen; empty when they are fine. */
export function validateDeadlineRules(rules: DeadlineRules): string[] {
  const problems: string[] = [];
  for (const urgency of URGENCY_ORDER) {
    const label = URGENCY_LABEL_NL[urgency];
    // Rules may come from stored configuration, so do not trust the type alone.
    const rule = (rules as Partial<DeadlineRules>)[urgency];
    if (!rule) {
      problems.push(`Urgentie ${label}: de termijnen ontbreken.`);
      continue;
    }
    const triage = checkDays(label, 'triage', rule.triageWorkingDays);
    const contact = checkDays(label, 'eerste contact', rule.firstContactWorkingDays);
    problems.push(...triage, ...contact);
    if (triage.length === 0 && contact.length === 0 && rule.firstContactWorkingDays < rule.triageWorkingDays) {
      problems.push(
        `Urgentie ${label}: de termijn voor eerste contact (${rule.firstContactWorkingDays} werkdagen) ` +
          `is korter dan die voor triage (${rule.triageWorkingDays} werkdagen).`,
      );
    }
  }
  return problems;
}

const amsterdamDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in the Netherlands (Europe/Amsterdam) on which `instant` falls. */
export function dutchDateOf(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  const parts = amsterdamDay.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
