/**
 * Code lists of the chain that the contract validates and the vocabulary names. They live in
 * the domain (not in the contract) so that `vocabulary/` can be keyed by them: a code added
 * here without a Dutch and English name fails the typecheck.
 */

/** What worries the reporter of a report. */
export const REPORT_CATEGORIES = [
  'confused_behaviour',
  'neglect_hoarding',
  'nuisance',
  'care_avoidance',
  'threatened_homelessness',
  'addiction',
  'domestic_tension',
  'other',
] as const;

/** Who the reporter is, in relation to the person. */
export const REPORTER_KINDS = [
  'neighbour',
  'family',
  'police',
  'housing_corporation',
  'general_practitioner',
  'provider',
  'other',
] as const;

/** How urgent the meldpunt judges a report. */
export const URGENCIES = ['acute', 'high', 'normal', 'low'] as const;

/** What the reporter may see of their report: only the phase, never content. */
export const REPORT_PHASES = ['received', 'in_follow_up', 'closed'] as const;

/** Where a report is in the meldpunt's triage. */
export const REPORT_STATUSES = ['new', 'routed', 'merged', 'closed'] as const;

/** What happened to a report, as its history lists it (`received` is its arrival). */
export const REPORT_HISTORY_KINDS = [
  'received',
  'triaged',
  'person_linked',
  'routed',
  'merged',
  'closed_without_case',
] as const;

/** Whether a deadline is met, near or missed (see deadlines.ts). */
export const DEADLINE_STATES = ['on_time', 'due_today', 'overdue', 'done_on_time', 'done_late'] as const;

/** Why two records may be about the same person or the same signal. */
export const DUPLICATE_REASONS = ['bsn', 'name_birth_date', 'address', 'same_reporter', 'same_person'] as const;

/** How a case ends (DOMAIN.md). */
export const CASE_OUTCOMES = [
  'guided_to_care',
  'service_application',
  'no_care_needed',
  'long_term_outreach',
  'wvggz_inquiry',
  'transferred',
  'not_traceable',
] as const;

/** Actions an outreach worker records on a case. */
export const CASE_ACTION_KINDS = ['contact_attempt', 'joint_visit_police', 'partner_consultation', 'note'] as const;

/** Everything a case's timeline shows: the recorded actions and what the meldpunt did. */
export const CASE_EVENT_KINDS = [...CASE_ACTION_KINDS, 'assigned', 'routed', 'merged', 'closed'] as const;

/** How an outreach worker sought contact. */
export const CONTACT_CHANNELS = ['phone', 'visit', 'letter', 'email'] as const;

/** Whether the contact attempt reached the person. */
export const CONTACT_RESULTS = ['reached', 'not_reached', 'refused', 'not_at_address'] as const;

/** Where an application came from. */
export const APPLICATION_SOURCES = ['local_access', 'meldpunt_case', 'provider', 'own_request'] as const;

/** Where an application is in its life. */
export const APPLICATION_STATUSES = ['submitted', 'granted', 'refused', 'withdrawn'] as const;

/** Where an offer of a place stands. */
export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;

/** Status of a goal in a support plan. */
export const GOAL_STATUSES = ['open', 'achieved', 'stopped'] as const;

/** How a monitor figure stands against its target. */
export const MONITOR_STATUSES = ['met', 'on_track', 'off_track', 'no_data'] as const;

/** The monitor's headline figures, one per target (waiting time per service). */
export const MONITOR_HEADLINES = [
  'bw_clients',
  'mo_clients',
  'bw_wait_beschermd_wonen',
  'bw_wait_beschut_wonen',
  'mo_long_stay',
  'housing_within_3_months',
] as const;

/** Every figure the monitor shows and exports (contract `MONITOR_FIGURES` builds one per id). */
export const MONITOR_FIGURE_IDS = [
  'bw_clients_total',
  'bw_clients_in_care',
  'bw_clients_waiting',
  'mo_clients_total',
  'bw_wait_beschermd_wonen_realized',
  'bw_wait_beschut_wonen_realized',
  'bw_wait_beschermd_wonen_current',
  'bw_wait_beschut_wonen_current',
  'mo_long_stay_all',
  'mo_long_stay_nachtopvang',
  'mo_long_stay_24uursopvang',
  'mo_long_stay_crisisopvang',
  'mo_long_stay_ambulante_crisisopvang',
  'housing_within_3_months',
  'housing_realized_mean',
  'housing_waiting_n',
  'housing_waiting_mean',
] as const;

/** A monitor figure id. */
export type MonitorFigureId = (typeof MONITOR_FIGURE_IDS)[number];
