import type { IsoDate } from './calendar';
import { monthsBetween } from './dates';
import { WAITLIST_PRIORITIES, type ServiceCode, type WaitlistPriority } from './services';

/**
 * Matching a free place to people on the waiting list (issue 4, "Access and flow"): rank the
 * open entries for the place's service and explain each suggestion with structured reasons
 * that the interface translates. Pure: the caller loads the place and the entries.
 */

/** The free place a candidate is sought for. */
export interface MatchPlace {
  service: ServiceCode;
  municipalityId: string;
  expertiseTags: readonly string[];
}

/** An open waiting-list entry as matching sees it. */
export interface MatchCandidate {
  service: ServiceCode;
  priority: WaitlistPriority;
  listedOn: IsoDate;
  expertiseNeeds: readonly string[];
  preferredMunicipalityId: string | null;
  /** How often offers to this person were declined by a provider before. */
  declines: number;
}

/** Why a candidate is (or is less) suggested; the web turns each code into words. */
export type MatchReason =
  | { code: 'service_match'; service: ServiceCode }
  | { code: 'needs_met'; tags: string[] }
  | { code: 'needs_not_met'; tags: string[] }
  | { code: 'priority'; value: WaitlistPriority }
  | { code: 'waiting_months'; months: number }
  | { code: 'preferred_municipality' }
  | { code: 'prefers_other_municipality' }
  | { code: 'previous_declines'; count: number };

/** The code of a match reason. */
export type MatchReasonCode = MatchReason['code'];

/** A candidate with its score (higher first) and the reasons behind it. */
export interface RankedCandidate<T extends MatchCandidate> {
  candidate: T;
  score: number;
  reasons: MatchReason[];
}

/**
 * The weights of the score. Priority dominates (an urgent person goes first unless the place
 * cannot meet their needs); each month of waiting counts, capped so a very long wait does not
 * outweigh urgency; a need the location cannot meet weighs heavier than anything but urgency,
 * because placing someone where their need is not met tends to fail.
 */
export const MATCH_WEIGHTS = {
  priority: { urgent: 60, high: 30, normal: 0 } satisfies Record<WaitlistPriority, number>,
  perWaitingMonth: 2,
  maxWaitingMonths: 24,
  perNeedMet: 10,
  perNeedNotMet: -40,
  preferredMunicipality: 15,
} as const;

/** Months waited (of 30.4375 days, as INDICATORS.md counts them) with one decimal; never below 0. */
export function waitingMonths(listedOn: IsoDate, today: IsoDate): number {
  return Math.round(Math.max(0, monthsBetween(listedOn, today)) * 10) / 10;
}

/** Score and explain one candidate for a place; null when the service differs (no match at all). */
export function explainCandidate(
  place: MatchPlace,
  candidate: MatchCandidate,
  today: IsoDate,
): { score: number; reasons: MatchReason[] } | null {
  if (candidate.service !== place.service) return null;
  const reasons: MatchReason[] = [{ code: 'service_match', service: place.service }];
  let score = 0;

  const offered = new Set(place.expertiseTags);
  const needs = [...new Set(candidate.expertiseNeeds)].sort();
  const met = needs.filter((tag) => offered.has(tag));
  const notMet = needs.filter((tag) => !offered.has(tag));
  if (met.length > 0) reasons.push({ code: 'needs_met', tags: met });
  if (notMet.length > 0) reasons.push({ code: 'needs_not_met', tags: notMet });
  score += met.length * MATCH_WEIGHTS.perNeedMet + notMet.length * MATCH_WEIGHTS.perNeedNotMet;

  reasons.push({ code: 'priority', value: candidate.priority });
  score += MATCH_WEIGHTS.priority[candidate.priority];

  const months = waitingMonths(candidate.listedOn, today);
  reasons.push({ code: 'waiting_months', months });
  score += Math.min(months, MATCH_WEIGHTS.maxWaitingMonths) * MATCH_WEIGHTS.perWaitingMonth;

  if (candidate.preferredMunicipalityId !== null) {
    if (candidate.preferredMunicipalityId === place.municipalityId) {
      reasons.push({ code: 'preferred_municipality' });
      score += MATCH_WEIGHTS.preferredMunicipality;
    } else {
      reasons.push({ code: 'prefers_other_municipality' });
    }
  }

  // Shown, never scored: a provider's earlier "no" must not push someone further down the
  // list; repeated declines are a signal for the veldtafel instead.
  if (candidate.declines > 0) reasons.push({ code: 'previous_declines', count: candidate.declines });

  return { score: Math.round(score * 10) / 10, reasons };
}

const PRIORITY_ORDER = new Map(WAITLIST_PRIORITIES.map((priority, index) => [priority, index]));

/**
 * The candidates for a place, best first: only entries for the place's service; by score,
 * then priority, then the longest wait, then the caller's order (stable).
 */
export function rankCandidates<T extends MatchCandidate>(
  place: MatchPlace,
  candidates: readonly T[],
  today: IsoDate,
): RankedCandidate<T>[] {
  const ranked: (RankedCandidate<T> & { position: number })[] = [];
  candidates.forEach((candidate, position) => {
    const explained = explainCandidate(place, candidate, today);
    if (explained) ranked.push({ candidate, ...explained, position });
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (PRIORITY_ORDER.get(a.candidate.priority) ?? 0) - (PRIORITY_ORDER.get(b.candidate.priority) ?? 0) ||
      a.candidate.listedOn.localeCompare(b.candidate.listedOn) ||
      a.position - b.position,
  );
  return ranked.map(({ candidate, score, reasons }) => ({ candidate, score, reasons }));
}

/** The number of free places: places minus occupied minus held by pending offers, never below 0. */
export function freePlaces(places: number, occupied: number, held: number): number {
  return Math.max(0, places - occupied - held);
}
