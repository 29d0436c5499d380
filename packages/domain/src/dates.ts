/**
 * Month arithmetic on calendar dates (YYYY-MM-DD), exactly as shared/spec/INDICATORS.md
 * defines it, so the waiting list and the indicators flag and count the same persons.
 */
import { daysBetween, type IsoDate } from './calendar';

/** Average days per month (365.25 / 12): INDICATORS.md measures durations in these months. */
export const DAYS_PER_MONTH = 30.4375;

function parse(date: IsoDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day of the month `n` months later (or earlier for negative `n`); where that day
 * does not exist, the last day of that month (2023-01-31 + 1 = 2023-02-28).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`months must be whole: ${n}`);
  const [year, month, day] = parse(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** The duration from `from` to `to` in months of 30.4375 days, unrounded (negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) / DAYS_PER_MONTH;
}

/** Whether someone listed (or started) on `since` has been there longer than `months` months on `today`. */
export function isLongerThanMonths(since: IsoDate, today: IsoDate, months: number): boolean {
  return addMonths(since, months) < today;
}
