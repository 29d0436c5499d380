import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './calendar';

/** Weekday straight from the platform, independent of the code under test (0 = Sunday). */
function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d)).getUTCDay();
}

const KEYS = [
  'new_years_day',
  'good_friday',
  'easter_sunday',
  'easter_monday',
  'kings_day',
  'liberation_day',
  'ascension_day',
  'whit_sunday',
  'whit_monday',
  'christmas_day',
  'second_christmas_day',
];

// Looked up by hand, in the order of KEYS (which is date order in each of these years).
// prettier-ignore
const HOLIDAYS: Record<number, string[]> = {
  //     Nieuwjaar     Goede Vrijdag Pasen         Paasmaandag   Koningsdag    Bevrijding    Hemelvaart    Pinksteren    Pinkstermaandag Kerstmis   Tweede Kerstdag
  2024: ['2024-01-01', '2024-03-29', '2024-03-31', '2024-04-01', '2024-04-27', '2024-05-05', '2024-05-09', '2024-05-19', '2024-05-20', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-20', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-05', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-28', '2027-03-29', '2027-04-27', '2027-05-05', '2027-05-06', '2027-05-16', '2027-05-17', '2027-12-25', '2027-12-26'],
  2028: ['2028-01-01', '2028-04-14', '2028-04-16', '2028-04-17', '2028-04-27', '2028-05-05', '2028-05-25', '2028-06-04', '2028-06-05', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-30', '2029-04-01', '2029-04-02', '2029-04-27', '2029-05-05', '2029-05-10', '2029-05-20', '2029-05-21', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-21', '2030-04-22', '2030-04-27', '2030-05-05', '2030-05-30', '2030-06-09', '2030-06-10', '2030-12-25', '2030-12-26'],
};

describe('date helpers', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // the night summer time starts
  });

  it('compares, counts and names weekdays', () => {
    expect(dayOfWeek('2028-02-29')).toBe(2);
    expect(dayOfWeek('2025-04-27')).toBe(0);
    expect(compareDates('2025-01-02', '2025-01-10')).toBeLessThan(0);
    expect(compareDates('2025-01-10', '2025-01-10')).toBe(0);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-03-01', '2027-02-01')).toBe(-28);
  });

  it('refuses days that do not exist', () => {
    expect(() => addDays('2027-02-29', 0)).toThrow(RangeError);
    expect(() => dayOfWeek('2025-13-01')).toThrow(RangeError);
    expect(() => isWorkingDay('2025-1-2')).toThrow(RangeError);
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(isWorkingDay('2028-02-29')).toBe(true);
  });
});

describe('Easter', () => {
  it('matches the known dates', () => {
    const known = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) {
      expect(easterSunday(Number(year)), year).toBe(date);
      expect(weekday(date), date).toBe(0);
    }
  });
});

describe('Dutch public holidays', () => {
  it('has the hand-made table right on the weekdays it relies on', () => {
    for (const dates of Object.values(HOLIDAYS)) {
      const [, goodFriday, easter, easterMonday, kingsDay, , ascension, whitSunday, whitMonday] = dates;
      expect(weekday(goodFriday!)).toBe(5);
      expect(weekday(easter!)).toBe(0);
      expect(weekday(easterMonday!)).toBe(1);
      expect(weekday(kingsDay!)).not.toBe(0);
      expect(weekday(ascension!)).toBe(4);
      expect(weekday(whitSunday!)).toBe(0);
      expect(weekday(whitMonday!)).toBe(1);
    }
    expect(weekday('2025-04-27')).toBe(0); // so King's Day 2025 is Saturday the 26th
    expect(weekday('2025-04-26')).toBe(6);
  });

  for (const [year, dates] of Object.entries(HOLIDAYS)) {
    it(`lists every holiday of ${year}`, () => {
      const holidays = dutchPublicHolidays(Number(year));
      expect(holidays.map((h) => [h.key, h.date])).toEqual(KEYS.map((key, i) => [key, dates[i]]));
    });
  }

  it('names them in Dutch, sorted by date, and memoises the year', () => {
    expect(dutchPublicHolidays(2025).map((h) => h.name)).toEqual([
      'Nieuwjaarsdag',
      'Goede Vrijdag',
      'Eerste Paasdag',
      'Tweede Paasdag',
      'Koningsdag',
      'Bevrijdingsdag',
      'Hemelvaartsdag',
      'Eerste Pinksterdag',
      'Tweede Pinksterdag',
      'Eerste Kerstdag',
      'Tweede Kerstdag',
    ]);
    expect(dutchPublicHolidays(2025)).toBe(dutchPublicHolidays(2025));
    expect(Object.isFrozen(dutchPublicHolidays(2025))).toBe(true);
  });

  it('sorts by date when Hemelvaartsdag comes early (Easter on 22 March 1818)', () => {
    const dates = dutchPublicHolidays(1818).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(dutchPublicHolidays(1818).find((h) => h.key === 'ascension_day')?.date).toBe('1818-04-30');
  });

  it('treats weekends and holidays as days off', () => {
    expect(isWorkingDay('2025-04-26')).toBe(false); // Koningsdag on a Saturday
    expect(isWorkingDay('2026-04-27')).toBe(false); // Koningsdag on a Monday
    expect(isWorkingDay('2027-05-05')).toBe(false); // Bevrijdingsdag, not a lustrum year
    expect(isWorkingDay('2025-04-18')).toBe(false); // Goede Vrijdag
    expect(isWorkingDay('2025-05-30')).toBe(true); // the Friday after Hemelvaartsdag is not in
    expect(isWorkingDay('2025-04-22')).toBe(true);
  });
});

describe('working days', () => {
  it('skips the Easter weekend', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22'); // Thu → Tue, past Good Friday and Easter Monday
    expect(addWorkingDays('2025-04-18', 0)).toBe('2025-04-22');
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-08');
  });

  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-24', 3)).toBe('2025-12-31');
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
    expect(addWorkingDays('2026-12-24', 2)).toBe('2026-12-29'); // 25 Dec a Friday, 26 Dec a Saturday
  });

  it("skips King's Day and Liberation Day", () => {
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-28'); // Koningsdag on Saturday costs nothing extra
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(addWorkingDays('2026-05-04', 1)).toBe('2026-05-06');
  });

  it('keeps a working day for n = 0 and refuses negative or fractional n', () => {
    expect(addWorkingDays('2025-06-10', 0)).toBe('2025-06-10');
    expect(addWorkingDays('2025-06-07', 0)).toBe('2025-06-10'); // Sat, Sun, Whit Monday
    expect(() => addWorkingDays('2025-06-10', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-06-10', 0.5)).toThrow(RangeError);
  });

  it('counts working days after `from` up to and including `to`, symmetrically', () => {
    expect(workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
    expect(workingDaysBetween('2025-04-22', '2025-04-17')).toBe(-1);
    expect(workingDaysBetween('2025-06-10', '2025-06-10')).toBe(0);
    expect(workingDaysBetween('2025-12-24', '2026-01-05')).toBe(5); // 29, 30, 31 Dec, 2 and 5 Jan
    const days = ['2024-12-20', '2025-04-26', '2025-05-05', '2026-01-01', '2028-02-29'];
    for (const a of days) {
      for (const b of days) expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0);
    }
    expect(workingDaysBetween('2025-04-27', '2025-04-26')).toBe(0); // a weekend backwards: 0, not -0
    expect(workingDaysBetween('2025-04-28', '2025-04-25')).toBe(-1);
  });

  it('is the inverse of addWorkingDays, across the leap day', () => {
    for (let n = 1; n <= 30; n++) {
      for (const from of ['2028-02-25', '2028-02-29', '2025-04-17', '2025-12-20']) {
        expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
      }
    }
    expect(addWorkingDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addWorkingDays('2028-02-25', 2)).toBe('2028-02-29');
    expect(workingDaysBetween('2028-01-31', '2028-03-01')).toBe(22);
  });
});
