/**
 * Outflow to a home: the region's promise that someone ready to move on (ready_on) has a
 * home within three months (regiovisie).
 */
import { daysBetween, type IsoDate } from './calendar';
import { addMonths } from './dates';

/** Months between ready_on and the promised move into a home. */
export const OUTFLOW_PROMISE_MONTHS = 3;

/** Where a person ready to move on stands against the three-month promise on `today`. */
export interface OutflowPromise {
  /** Whole days since ready_on (0 on the day itself). */
  daysSinceReady: number;
  /** The last day within the promise: ready_on + 3 months. */
  promiseDueOn: IsoDate;
  /** Whether the promise is broken: addMonths(ready_on, 3) < today. */
  overdue: boolean;
}

/** The three-month promise for someone ready since `readyOn`, judged on `today`. */
export function outflowPromise(readyOn: IsoDate, today: IsoDate): OutflowPromise {
  const promiseDueOn = addMonths(readyOn, OUTFLOW_PROMISE_MONTHS);
  return { daysSinceReady: Math.max(0, daysBetween(readyOn, today)), promiseDueOn, overdue: promiseDueOn < today };
}
