/**
 * The regiovisie's targets for the regional monitor (seed 004, "prestatie-indicatoren"): what
 * each target measures, its defaults, the target value derived from the baseline and whether
 * a figure is on track. Pure: the baseline itself is the indicator engine's value at the
 * baseline date or year, computed on demand and never stored.
 */
import { daysBetween, type IsoDate } from './calendar';

/** The targets of the regiovisie, one per performance indicator. */
export const MONITOR_TARGET_KEYS = [
  'bw_clients',
  'mo_clients',
  'bw_wait',
  'mo_long_stay',
  'housing_within_3_months',
] as const;

/** A target of the regional monitor. */
export type MonitorTargetKey = (typeof MONITOR_TARGET_KEYS)[number];

/**
 * How a target is expressed: `reduction` = a percentage fewer than the baseline; `at_most` /
 * `at_least` = a fixed threshold (months or a share between 0 and 1).
 */
export type MonitorTargetKind = 'reduction' | 'at_most' | 'at_least';

/** Whether the baseline and target moments are peildata (`date`) or calendar years (`year`). */
export type MonitorTargetPeriod = 'date' | 'year';

/** The unit of a figure: a number of persons, a duration in months, or a share 0–1. */
export type MonitorUnit = 'count' | 'months' | 'share';

/** The fixed nature of each target: kind, period and unit of its figure. */
export const MONITOR_TARGET_SHAPES: Record<
  MonitorTargetKey,
  { kind: MonitorTargetKind; period: MonitorTargetPeriod; unit: MonitorUnit }
> = {
  bw_clients: { kind: 'reduction', period: 'date', unit: 'count' },
  mo_clients: { kind: 'reduction', period: 'year', unit: 'count' },
  bw_wait: { kind: 'at_most', period: 'date', unit: 'months' },
  mo_long_stay: { kind: 'at_most', period: 'date', unit: 'share' },
  housing_within_3_months: { kind: 'at_least', period: 'date', unit: 'share' },
};

/**
 * A configured target. For `reduction`, `value` is the percentage (20 = 20 % fewer); for
 * `at_most`/`at_least` it is the threshold in the figure's unit (months, or a share 0–1).
 */
export interface MonitorTargetSetting {
  key: MonitorTargetKey;
  baselineDate: IsoDate | null;
  targetDate: IsoDate | null;
  baselineYear: number | null;
  targetYear: number | null;
  value: number;
}

/**
 * The regiovisie's defaults. BW clients −20 % from 1-1-2024 to 1-1-2027; MO clients −20 % from
 * 2023 to 2026; waiting time BW/beschut ≤ 3 months and long shelter stays ≤ 1/3 by the end of
 * 2026 (0-meting 1-1-2024). A home within 3 months: the regiovisie promises it to every
 * resident who can move on, so we measure the *share* housed within 3 months (a mean of ≤ 3
 * months would hide half the people waiting twice as long) and aim at ≥ 90 %: not 100 %,
 * because a few people turn down suitable homes or need a specific place.
 */
export const DEFAULT_MONITOR_TARGETS: readonly MonitorTargetSetting[] = [
  {
    key: 'bw_clients',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    baselineYear: null,
    targetYear: null,
    value: 20,
  },
  { key: 'mo_clients', baselineDate: null, targetDate: null, baselineYear: 2023, targetYear: 2026, value: 20 },
  {
    key: 'bw_wait',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    baselineYear: null,
    targetYear: null,
    value: 3,
  },
  {
    key: 'mo_long_stay',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    baselineYear: null,
    targetYear: null,
    value: 1 / 3,
  },
  {
    key: 'housing_within_3_months',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    baselineYear: null,
    targetYear: null,
    value: 0.9,
  },
];

/**
 * A problem with one field of a target setting: a stable issue code of the contract
 * (packages/contract/src/issues.ts) and the limits its message needs.
 */
export interface MonitorTargetProblem {
  path: string;
  code: 'required' | 'target_after_baseline' | 'not_a_number' | 'out_of_range';
  minimum?: number;
  maximum?: number;
  exclusive?: boolean;
}

/** The problems with a target setting (empty when it is valid); `path` names the field. */
export function validateMonitorTarget(target: MonitorTargetSetting): MonitorTargetProblem[] {
  const shape = MONITOR_TARGET_SHAPES[target.key];
  const problems: MonitorTargetProblem[] = [];
  if (shape.period === 'year') {
    if (target.baselineYear === null) problems.push({ path: 'baselineYear', code: 'required' });
    if (target.targetYear === null) problems.push({ path: 'targetYear', code: 'required' });
    if (target.baselineYear !== null && target.targetYear !== null && target.targetYear <= target.baselineYear) {
      problems.push({ path: 'targetYear', code: 'target_after_baseline' });
    }
  } else {
    if (target.baselineDate === null) problems.push({ path: 'baselineDate', code: 'required' });
    if (target.targetDate === null) problems.push({ path: 'targetDate', code: 'required' });
    if (target.baselineDate !== null && target.targetDate !== null && target.targetDate <= target.baselineDate) {
      problems.push({ path: 'targetDate', code: 'target_after_baseline' });
    }
  }
  if (!Number.isFinite(target.value)) problems.push({ path: 'value', code: 'not_a_number' });
  else if (shape.kind === 'reduction' && (target.value <= 0 || target.value >= 100)) {
    problems.push({ path: 'value', code: 'out_of_range', minimum: 0, maximum: 100, exclusive: true });
  } else if (shape.unit === 'months' && (target.value <= 0 || target.value > 60)) {
    problems.push({ path: 'value', code: 'out_of_range', minimum: 0, maximum: 60, exclusive: true });
  } else if (shape.unit === 'share' && (target.value <= 0 || target.value > 1)) {
    problems.push({ path: 'value', code: 'out_of_range', minimum: 0, maximum: 1, exclusive: true });
  }
  return problems;
}

/** The value to reach: baseline × (1 − percentage) for a reduction (null without a baseline), else the threshold. */
export function targetValueOf(target: MonitorTargetSetting, baseline: number | null): number | null {
  if (MONITOR_TARGET_SHAPES[target.key].kind !== 'reduction') return target.value;
  return baseline === null ? null : baseline * (1 - target.value / 100);
}

/**
 * How far along the way from baseline to target moment a peildatum (or year) is: 0 at or
 * before the baseline, 1 at or after the target moment.
 */
export function progressFraction(target: MonitorTargetSetting, at: { date: IsoDate; year: number }): number {
  let fraction: number;
  if (MONITOR_TARGET_SHAPES[target.key].period === 'year') {
    fraction = (at.year - target.baselineYear!) / (target.targetYear! - target.baselineYear!);
  } else {
    fraction = daysBetween(target.baselineDate!, at.date) / daysBetween(target.baselineDate!, target.targetDate!);
  }
  return Math.min(1, Math.max(0, fraction));
}

/**
 * `met`: the value already reaches the target; `on_track`: it is at least as good as a
 * straight line from the baseline to the target at this moment would be; `off_track`: it is
 * behind that line; `no_data`: value, baseline or target is unknown (or suppressed), or a
 * reduction is asked of an empty baseline.
 */
export type MonitorStatus = 'met' | 'on_track' | 'off_track' | 'no_data';

/** Judge a figure against its target and the straight path from baseline to target. */
export function monitorStatus(
  target: MonitorTargetSetting,
  figures: { value: number | null; baseline: number | null; target: number | null },
  at: { date: IsoDate; year: number },
): MonitorStatus {
  const { value, baseline, target: goal } = figures;
  if (value === null || goal === null) return 'no_data';
  // "20 % fewer than nobody" is no target: an empty baseline gives no judgement, not "met".
  if (MONITOR_TARGET_SHAPES[target.key].kind === 'reduction' && baseline === 0) return 'no_data';
  const better = (a: number, b: number) => (MONITOR_TARGET_SHAPES[target.key].kind === 'at_least' ? a >= b : a <= b);
  if (better(value, goal)) return 'met';
  if (baseline === null) return 'no_data';
  const path = baseline + (goal - baseline) * progressFraction(target, at);
  return better(value, path) ? 'on_track' : 'off_track';
}

/**
 * The first-of-month peildata of a trend: the `count` months up to and including the first of
 * the month of `date`, oldest first.
 */
export function monthlyPeildata(date: IsoDate, count: number): IsoDate[] {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const dates: IsoDate[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = year * 12 + (month - 1) - back;
    const y = Math.floor(index / 12);
    dates.push(`${String(y).padStart(4, '0')}-${String(index - y * 12 + 1).padStart(2, '0')}-01`);
  }
  return dates;
}
