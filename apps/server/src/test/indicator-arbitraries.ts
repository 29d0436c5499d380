import {
  addDays,
  addMonths,
  BW_SERVICES,
  MO_SERVICES,
  SERVICE_CODES,
  type IndicatorAgeGroup,
  type IndicatorDataset,
  type IndicatorHousingRecord,
  type IndicatorStay,
  type IndicatorWaitlistEntry,
  type ServiceCode,
  type WaitlistRemovalReason,
} from '@springplank/domain';
import fc from 'fast-check';

/** The five municipalities of Midden-IJssel. */
export const MIDDEN_IJSSEL_CODES = ['GM0150', 'GM0262', 'GM1773', 'GM0177', 'GM0301'] as const;

/** One indicator call as the property test makes it. */
export interface IndicatorCall {
  date: string;
  year: number;
  municipality: string | null;
  ageGroup: IndicatorAgeGroup | null;
}

function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));
}

const later = (a: string, b: string) => (a > b ? a : b);

/** A peildatum (month ends and leap days often), a year and the filters. */
export const indicatorCallArb: fc.Arbitrary<IndicatorCall> = fc.record({
  date: fc.oneof(
    fc.constantFrom('2024-02-29', '2024-03-01', '2023-02-28', '2023-03-01', '2024-01-01', '2023-12-31', '2024-05-31'),
    dateBetween('2022-06-01', '2025-03-31'),
  ),
  year: fc.integer({ min: 2021, max: 2025 }),
  // Unfiltered more often than not, so that most samples have something to count.
  municipality: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constantFrom(...MIDDEN_IJSSEL_CODES) },
  ),
  ageGroup: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constant('18-27' as const) },
  ),
});

/** The days where definitions have their edges for this call, ± one day. */
function edgeDates(call: IndicatorCall): string[] {
  const yearFirst = `${call.year}-01-01`;
  const yearLast = `${call.year}-12-31`;
  const edges = [call.date, addMonths(call.date, -12), addMonths(call.date, -3), yearFirst, yearLast];
  return [
    ...edges.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]),
    '2024-02-29',
    '2023-02-28',
    '2023-11-30',
    '2024-01-31',
  ];
}

function birthDateArb(call: IndicatorCall): fc.Arbitrary<string | null> {
  // Birthdays exactly on the edges of 18 and 28 years, on D and on 31 December of Y.
  const edges = [call.date, `${call.year}-12-31`].flatMap((ref) =>
    [-216, -336].flatMap((months) => {
      const d = addMonths(ref, months);
      return [addDays(d, -1), d, addDays(d, 1)];
    }),
  );
  return fc.oneof(
    fc.constant(null),
    fc.constantFrom('2004-02-29', '2000-02-29', '2006-01-01', '1996-01-01', '1996-12-31', ...edges),
    dateBetween(addMonths(call.date, -28 * 12), addMonths(call.date, -18 * 12)),
    dateBetween('1950-01-01', '2010-12-31'),
  );
}

const serviceArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<ServiceCode>(...MO_SERVICES) },
  { weight: 3, arbitrary: fc.constantFrom<ServiceCode>(...BW_SERVICES) },
  { weight: 1, arbitrary: fc.constantFrom<ServiceCode>(...SERVICE_CODES) },
);

/** How an interval ends: open, same day, soon, later, or on an edge date. */
function endArb(dates: fc.Arbitrary<string>): fc.Arbitrary<(start: string) => string | null> {
  return fc.oneof(
    fc.constant(() => null),
    fc.constant((start: string) => start),
    fc.integer({ min: 1, max: 3 }).map((n) => (start: string) => addDays(start, n)),
    fc.integer({ min: 1, max: 500 }).map((n) => (start: string) => addDays(start, n)),
    fc.constantFrom(2, 3).map((n) => (start: string) => addMonths(start, n)),
    dates.map((d) => (start: string) => later(start, d)),
  );
}

function personArb(call: IndicatorCall, index: number) {
  const pool = edgeDates(call);
  const dates = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: dateBetween(addMonths(call.date, -30), addMonths(call.date, 2)) },
    { weight: 1, arbitrary: dateBetween('2020-06-01', '2025-12-31') },
  );
  const stayPlan = fc.record({
    service: serviceArb,
    // Chained after the previous stay: touching (0), a one-day gap, overlapping, or apart.
    gap: fc.constantFrom(0, 0, 0, 1, 2, -7, 45),
    jump: fc.constantFrom(false, false, false, true),
    anchor: dates,
    end: endArb(dates),
  });
  // Two MO stays around D − 3 months, touching or a day apart: the episode edge of I4.
  const threeMonthsBack = addMonths(call.date, -3);
  const episodePlan = fc.record({
    first: fc.constantFrom(...MO_SERVICES),
    second: fc.constantFrom(...MO_SERVICES),
    start: fc.integer({ min: -40, max: 2 }).map((n) => addDays(threeMonthsBack, n)),
    length: fc.integer({ min: 0, max: 40 }),
    gap: fc.constantFrom(0, 0, 1),
    open: fc.boolean(),
  });
  const entryPlan = fc.record({
    service: fc.constantFrom<ServiceCode>('beschermd_wonen', 'beschut_wonen', 'beschermd_wonen', 'housing_first'),
    listedOn: dates,
    end: endArb(dates),
    reason: fc.constantFrom<WaitlistRemovalReason>('placed', 'placed', 'withdrawn', 'other'),
  });
  const housingPlan = fc.record({
    readyOn: dates,
    housed: fc.oneof(
      endArb(dates),
      fc.constantFrom(-1, 0, 1).map((n) => (ready: string) => later(ready, addDays(addMonths(ready, 3), n))),
    ),
  });
  return fc
    .record({
      birthDate: birthDateArb(call),
      municipalityCode: fc.option(fc.constantFrom(...MIDDEN_IJSSEL_CODES), { nil: null, freq: 8 }),
      stays: fc.array(stayPlan, { maxLength: 4 }),
      episode: fc.option(episodePlan, { nil: null, freq: 2 }),
      waitlist: fc.array(entryPlan, { maxLength: 3 }),
      housing: fc.array(housingPlan, { maxLength: 2 }),
    })
    .map((plan) => {
      const id = `p${index}`;
      const stays: IndicatorStay[] = [];
      for (const [i, s] of plan.stays.entries()) {
        const previous = stays[stays.length - 1];
        const startedOn =
          i === 0 || s.jump || !previous
            ? s.anchor
            : addDays(previous.endedOn ?? addDays(previous.startedOn, 30), s.gap);
        stays.push({ personId: id, service: s.service, startedOn, endedOn: s.end(startedOn) });
      }
      if (plan.episode) {
        const { first, second, start, length, gap, open } = plan.episode;
        const firstEnd = addDays(start, length);
        const secondStart = addDays(firstEnd, gap);
        stays.push({ personId: id, service: first, startedOn: start, endedOn: firstEnd });
        stays.push({
          personId: id,
          service: second,
          startedOn: secondStart,
          endedOn: open ? null : later(secondStart, addDays(call.date, 1)),
        });
      }
      const waitlist: IndicatorWaitlistEntry[] = plan.waitlist.map((e) => {
        const removedOn = e.end(e.listedOn);
        return {
          personId: id,
          service: e.service,
          listedOn: e.listedOn,
          removedOn,
          removalReason: removedOn ? e.reason : null,
        };
      });
      const housing: IndicatorHousingRecord[] = plan.housing.map((h) => ({
        personId: id,
        readyOn: h.readyOn,
        housedOn: h.housed(h.readyOn),
      }));
      return {
        person: { id, birthDate: plan.birthDate, municipalityCode: plan.municipalityCode },
        // The tables' natural keys: one stay per service and start, one entry per service and listing day.
        stays: uniqueBy(stays, (s) => `${s.service}|${s.startedOn}`),
        waitlist: uniqueBy(waitlist, (e) => `${e.service}|${e.listedOn}`),
        housing: uniqueBy(housing, (h) => h.readyOn),
      };
    });
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** A small random region for one random call, rich in edge cases. */
export const indicatorCaseArb: fc.Arbitrary<{ call: IndicatorCall; data: IndicatorDataset }> = indicatorCallArb.chain(
  (call) =>
    fc
      .integer({ min: 0, max: 15 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => personArb(call, i))))
      .map((people) => ({
        call,
        data: {
          persons: people.map((p) => p.person),
          stays: people.flatMap((p) => p.stays),
          waitlist: people.flatMap((p) => p.waitlist),
          housing: people.flatMap((p) => p.housing),
        },
      })),
);
