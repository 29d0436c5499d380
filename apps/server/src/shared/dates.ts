import { TZDate } from '@date-fns/tz';

/** The time zone every Dutch calendar day is counted in. */
export const TIME_ZONE = 'Europe/Amsterdam';

/** The first instant of a calendar day (YYYY-MM-DD) in the Netherlands. */
export function startOfDutchDay(isoDate: string, addDays = 0): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day + addDays, TIME_ZONE).getTime());
}
