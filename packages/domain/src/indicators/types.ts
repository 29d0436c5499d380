/**
 * Inputs and outputs of the indicators of shared/spec/INDICATORS.md. The output mirrors the
 * contract's IndicatorResult (packages/contract/src/indicators.ts) key for key; the domain
 * package cannot import the contract (the contract imports the domain), so the contract
 * checks at compile time that both stay the same shape.
 */
import type { IsoDate } from '../calendar';
import type { MO_SERVICES, ServiceCode, WaitlistRemovalReason } from '../services';

/** The age groups an indicator can be filtered on. */
export const INDICATOR_AGE_GROUPS = ['18-27'] as const;

/** An age group filter. */
export type IndicatorAgeGroup = (typeof INDICATOR_AGE_GROUPS)[number];

/** Youngest and oldest age (completed years, inclusive) of each age group. */
export const AGE_GROUP_BOUNDS: Record<IndicatorAgeGroup, { min: number; max: number }> = {
  '18-27': { min: 18, max: 27 },
};

/** The BW services with a waiting time indicator (I3). */
export const BW_WAIT_SERVICES = ['beschermd_wonen', 'beschut_wonen'] as const;

/** A BW service of I3. */
export type BwWaitService = (typeof BW_WAIT_SERVICES)[number];

/** An MO service of I4. */
export type MoService = (typeof MO_SERVICES)[number];

/** A person as the indicators see them. */
export interface IndicatorPerson {
  id: string;
  birthDate: IsoDate | null;
  /** CBS code of the gemeente van herkomst. */
  municipalityCode: string | null;
}

/** A waiting-list entry: on the list from listedOn (inclusive) to removedOn (exclusive). */
export interface IndicatorWaitlistEntry {
  personId: string;
  service: ServiceCode;
  listedOn: IsoDate;
  removedOn: IsoDate | null;
  removalReason: WaitlistRemovalReason | null;
}

/** A stay: in it from startedOn (inclusive) to endedOn (exclusive). */
export interface IndicatorStay {
  personId: string;
  service: ServiceCode;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

/** Outflow to a home: ready to move on from readyOn, housed on housedOn. */
export interface IndicatorHousingRecord {
  personId: string;
  readyOn: IsoDate;
  housedOn: IsoDate | null;
}

/** Every record of one region the indicators read. */
export interface IndicatorDataset {
  persons: IndicatorPerson[];
  waitlist: IndicatorWaitlistEntry[];
  stays: IndicatorStay[];
  housing: IndicatorHousingRecord[];
}

/** One indicator call: one region, one peildatum, one year, optional person filters. */
export interface IndicatorParams {
  /** The region's slug, echoed in the result. */
  region: string;
  /** The peildatum D. */
  date: IsoDate;
  /** The year Y of the year indicator (I2). */
  year: number;
  municipality?: string | null;
  ageGroup?: IndicatorAgeGroup | null;
}

/**
 * The exact counts and day sums behind every figure. The SQL engine and the reference
 * implementation both produce these; `indicatorResultFrom` turns them into means and shares
 * in one place, so both give bit-identical numbers.
 */
export interface IndicatorAggregates {
  bwClients: { total: number; inCare: number; waiting: number };
  moClients: { total: number };
  bwWait: Record<BwWaitService, { realized: DaySum; current: DaySum }>;
  moLongStay: Record<'all' | MoService, { n: number; long: number }>;
  housing: { realized: DaySum & { within3Months: number }; waiting: DaySum };
}

/** A population size with the sum of its durations in whole days. */
export interface DaySum {
  n: number;
  sumDays: number;
}

/** A mean duration over a population; null when it is empty. */
export interface MeanOf {
  n: number;
  meanMonths: number | null;
}

/** Stays (or persons) in shelter on D, those longer than three months, and their share. */
export interface LongStayOf {
  n: number;
  long: number;
  share: number | null;
}

/** The output shape of INDICATORS.md. */
export interface IndicatorValues {
  region: string;
  date: IsoDate;
  year: number;
  municipality: string | null;
  ageGroup: IndicatorAgeGroup | null;
  bwClients: { total: number; inCare: number; waiting: number };
  moClients: { total: number };
  bwWait: Record<BwWaitService, { realized: MeanOf; current: MeanOf }>;
  moLongStay: Record<'all' | MoService, LongStayOf>;
  housing: {
    realized: { n: number; meanMonths: number | null; within3MonthsShare: number | null };
    waiting: MeanOf;
  };
}
