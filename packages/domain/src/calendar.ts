/**
 * Calendar days and Dutch working days. A date is a plain calendar day written as an ISO
 * string `YYYY-MM-DD`; all arithmetic is done in UTC on midnight, so no time zone or
 * daylight-saving change can move a day. To find which day an instant falls on in the
 * Netherlands, use `dutchDateOf` in deadlines.ts.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDate = string;

/** A day that counts as a public holiday for deadlines. */
export interface PublicHoliday {
  date: IsoDate;
  /** Dutch name, e.g. "Tweede Paasdag". */
  name: string;
  /** Stable English slug, e.g. "easter_monday". */
  key: string;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toEpochDay(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [, y, m, d] = match;
    const ms = utcMidnight(Number(y), Number(m), Number(d));
    // Reject days that do not exist, such as 2025-02-29 or 2025-13-01.
    if (fromEpochDay(ms / DAY_MS) === date) return ms / DAY_MS;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function utcMidnight(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as they are
  return d.getTime();
}

function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return fromEpochDay(utcMidnight(year, month, day) / DAY_MS);
}

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/** The day `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  requireInteger(n, 'Number of days');
  return fromEpochDay(toEpochDay(date) + n);
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

/** Negative when `a` is before `b`, 0 when equal, positive when after (usable with sort). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

/** Calendar days from `a` to `b`: positive when `b` is later, negative when earlier. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  requireInteger(year, 'Year');
  if (year < 1583 || year > 9999) throw new RangeError(`Year out of range for the Gregorian Easter: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

interface HolidayYear {
  list: readonly PublicHoliday[];
  dates: ReadonlySet<IsoDate>;
}

const holidayCache = new Map<number, HolidayYear>();

/*
 * Which days count. Deadlines follow the Algemene termijnenwet (Atw): a day is not a working
 * day when it is a Saturday, a Sunday or an "algemeen erkende feestdag". Article 3(1) Atw
 * names Nieuwjaarsdag, Tweede Paas- en Pinksterdag, both Kerstdagen, Hemelvaartsdag, the day
 * the King's birthday is celebrated (Koningsdag: 27 April, or 26 April when the 27th is a
 * Sunday) and 5 May, every year, not only in lustrum years as many CAOs have it. Goede
 * Vrijdag is in because article 3(2) Atw equates it with those days. Eerste Paas- and
 * Pinksterdag are Sundays anyway; they are listed so that screens can name them.
 *
 * Not included: the extra days that the government equates by a periodic Besluit
 * gelijkstelling dagen (article 3(3) Atw; for example the Friday after Hemelvaartsdag), and
 * any day a region would like to add (a local holiday, a closing day of the meldpunt). A
 * region cannot add its own days yet; that needs a configurable list next to this one.
 */
function holidayYear(year: number): HolidayYear {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const kingsDay = dayOfWeek(isoDate(year, 4, 27)) === 0 ? isoDate(year, 4, 26) : isoDate(year, 4, 27);
  const day = (date: IsoDate, name: string, key: string): PublicHoliday => Object.freeze({ date, name, key });
  const list = [
    day(isoDate(year, 1, 1), 'Nieuwjaarsdag', 'new_years_day'),
    day(addDays(easter, -2), 'Goede Vrijdag', 'good_friday'),
    day(easter, 'Eerste Paasdag', 'easter_sunday'),
    day(addDays(easter, 1), 'Tweede Paasdag', 'easter_monday'),
    day(kingsDay, 'Koningsdag', 'kings_day'),
    day(isoDate(year, 5, 5), 'Bevrijdingsdag', 'liberation_day'),
    day(addDays(easter, 39), 'Hemelvaartsdag', 'ascension_day'),
    day(addDays(easter, 49), 'Eerste Pinksterdag', 'whit_sunday'),
    day(addDays(easter, 50), 'Tweede Pinksterdag', 'whit_monday'),
    day(isoDate(year, 12, 25), 'Eerste Kerstdag', 'christmas_day'),
    day(isoDate(year, 12, 26), 'Tweede Kerstdag', 'second_christmas_day'),
  ].sort((a, b) => compareDates(a.date, b.date)); // stable: same-day holidays keep this order
  const entry: HolidayYear = { list: Object.freeze(list), dates: new Set(list.map((h) => h.date)) };
  holidayCache.set(year, entry);
  return entry;
}

/** The Dutch public holidays of a year that count for deadlines, sorted by date (memoised, frozen). */
export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  return holidayYear(year).list;
}

/** True unless `date` is a Saturday, a Sunday or a Dutch public holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return false;
  return !holidayYear(Number(date.slice(0, 4))).dates.has(date);
}

/**
 * The n-th working day after `date` (n ≥ 0), so that workingDaysBetween(date, result) = n.
 * With n = 0: `date` itself when it is a working day, otherwise the next working day.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  requireInteger(n, 'Number of working days');
  if (n < 0) throw new RangeError(`Number of working days must not be negative, got ${n}`);
  if (n === 0) {
    let day = date;
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }
  let day = date;
  for (let left = n; left > 0; left--) {
    do day = addDays(day, 1);
    while (!isWorkingDay(day));
  }
  return day;
}

/**
 * Working days after `from` up to and including `to`; negative (the same count, negated)
 * when `to` is before `from`, so that workingDaysBetween(a, b) = -workingDaysBetween(b, a).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const span = daysBetween(from, to);
  if (span < 0) {
    const back = workingDaysBetween(to, from);
    return back === 0 ? 0 : -back; // never -0
  }
  let count = 0;
  for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(from, i))) count++;
  return count;
}
