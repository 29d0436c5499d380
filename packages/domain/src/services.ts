/**
 * The vocabulary of access and flow (shared/spec/DOMAIN.md, IMPORT.md): services, reasons,
 * expertise tags, ZRM life domains and iWmo codes. Database enums mirror these lists.
 */

/** Every service (voorziening) a region can offer, per DOMAIN.md. */
export const SERVICE_CODES = [
  'beschermd_wonen',
  'beschut_wonen',
  'nachtopvang',
  '24uursopvang',
  'crisisopvang',
  'ambulante_crisisopvang',
  'bed_and_break',
  'housing_first',
  'ambulante_begeleiding',
] as const;

/** A service code. */
export type ServiceCode = (typeof SERVICE_CODES)[number];

/** Protected housing (BW) services, as the indicators count them. */
export const BW_SERVICES = ['beschermd_wonen', 'beschut_wonen'] as const satisfies readonly ServiceCode[];

/** Shelter (MO) services: direct intake, no waiting list. */
export const MO_SERVICES = [
  'nachtopvang',
  '24uursopvang',
  'crisisopvang',
  'ambulante_crisisopvang',
] as const satisfies readonly ServiceCode[];

/** Services with a waiting list: a granted decision for one of these lists the person. */
export const WAITLIST_SERVICES = [
  'beschermd_wonen',
  'beschut_wonen',
  'housing_first',
] as const satisfies readonly ServiceCode[];

/** Whether a service is shelter (MO). */
export function isShelterService(service: ServiceCode): boolean {
  return (MO_SERVICES as readonly ServiceCode[]).includes(service);
}

/** Whether a granted decision for this service puts the person on the waiting list. */
export function isWaitlistService(service: ServiceCode): boolean {
  return (WAITLIST_SERVICES as readonly ServiceCode[]).includes(service);
}

/** Why a person left the waiting list (IMPORT.md `removal_reason`). */
export const WAITLIST_REMOVAL_REASONS = ['placed', 'withdrawn', 'moved_away', 'deceased', 'other'] as const;

/** A reason for leaving the waiting list. */
export type WaitlistRemovalReason = (typeof WAITLIST_REMOVAL_REASONS)[number];

/** Why a stay ended (IMPORT.md `end_reason`). */
export const STAY_END_REASONS = [
  'independent_housing',
  'moved_on',
  'dropped_out',
  'moved_away',
  'deceased',
  'other',
] as const;

/** A reason a stay ended. */
export type StayEndReason = (typeof STAY_END_REASONS)[number];

/**
 * The iWmo "reden beëindiging" (codelijst WMO588) each end reason is reported as: 02
 * overlijden, 19 levering beëindigd (toewijzing sluiten), 31 verhuizing naar een andere
 * gemeente. Kept here so a later iWmo exchange sends what the stay already says.
 */
export const IWMO_END_REASON_CODES: Record<StayEndReason, string> = {
  independent_housing: '19',
  moved_on: '19',
  dropped_out: '19',
  moved_away: '31',
  deceased: '02',
  other: '19',
};

/** iWmo product categories recorded on a decision: 15 BW, 16 opvang, 17 spoedopvang, 18 overige. */
export const IWMO_PRODUCT_CATEGORIES = ['15', '16', '17', '18'] as const;

/** An iWmo product category. */
export type IwmoProductCategory = (typeof IWMO_PRODUCT_CATEGORIES)[number];

/** The iWmo product category a decision for a service normally carries. */
export function defaultIwmoCategory(service: ServiceCode): IwmoProductCategory {
  if ((BW_SERVICES as readonly ServiceCode[]).includes(service)) return '15';
  if (service === 'crisisopvang' || service === 'ambulante_crisisopvang') return '17';
  if ((MO_SERVICES as readonly ServiceCode[]).includes(service)) return '16';
  return '18';
}

/** Priority of a waiting-list entry, most urgent first (the list sorts in this order). */
export const WAITLIST_PRIORITIES = ['urgent', 'high', 'normal'] as const;

/** A waiting-list priority. */
export type WaitlistPriority = (typeof WAITLIST_PRIORITIES)[number];

/** Expertise a location offers and a person may need; matching compares the two. */
export const EXPERTISE_TAGS = [
  'addiction',
  'autism',
  'mild_intellectual_disability',
  'young_adults',
  'pets_allowed',
  'women_only',
  'couples',
  'wheelchair_accessible',
  'psychiatric_nursing',
  'ex_detainees',
] as const;

/** An expertise tag. */
export type ExpertiseTag = (typeof EXPERTISE_TAGS)[number];

/**
 * The 13 life domains of the Zelfredzaamheid-Matrix. Only the domain names and scores 1–5
 * are stored; the licensed level descriptions are not ours to embed.
 */
export const ZRM_DOMAINS = [
  'finances',
  'work_education',
  'time_use',
  'housing',
  'domestic_relations',
  'mental_health',
  'physical_health',
  'substance_use',
  'basic_adl',
  'instrumental_adl',
  'social_network',
  'community_participation',
  'justice',
] as const;

/** A ZRM life domain. */
export type ZrmDomain = (typeof ZRM_DOMAINS)[number];

/** A ZRM score: 1 (acute problems) to 5 (fully self-sufficient). */
export const ZRM_MIN_SCORE = 1;
/** The highest ZRM score. */
export const ZRM_MAX_SCORE = 5;
