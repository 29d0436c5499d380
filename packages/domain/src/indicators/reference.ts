/**
 * The reference implementation of INDICATORS.md over in-memory records: written to be read
 * against the spec sentence by sentence, not to be fast. The server computes the same
 * figures in SQL; a property test holds the two together.
 */
import { daysBetween, type IsoDate } from '../calendar';
import { addMonths } from '../dates';
import { BW_SERVICES, MO_SERVICES, type ServiceCode } from '../services';
import { indicatorResultFrom, isInAgeGroup, yearBounds } from './figures';
import {
  BW_WAIT_SERVICES,
  type DaySum,
  type IndicatorAggregates,
  type IndicatorDataset,
  type IndicatorParams,
  type IndicatorPerson,
  type IndicatorStay,
  type IndicatorValues,
  type MoService,
} from './types';

/** Whether day `d` lies in the half-open interval [start, end); an empty end never comes. */
export function isInIntervalOn(start: IsoDate, end: IsoDate | null, d: IsoDate): boolean {
  return start <= d && (end === null || d < end);
}

const isBw = (service: ServiceCode) => (BW_SERVICES as readonly ServiceCode[]).includes(service);
const isMo = (service: ServiceCode) => (MO_SERVICES as readonly ServiceCode[]).includes(service);

/** The persons a filter selects, with the age group judged on `ageReference`. */
export function selectPersons(
  persons: readonly IndicatorPerson[],
  params: Pick<IndicatorParams, 'municipality' | 'ageGroup'>,
  ageReference: IsoDate,
): Set<string> {
  const { municipality, ageGroup } = params;
  return new Set(
    persons
      .filter((p) => !municipality || p.municipalityCode === municipality)
      .filter((p) => !ageGroup || isInAgeGroup(p.birthDate, ageGroup, ageReference))
      .map((p) => p.id),
  );
}

/**
 * The start of each person's shelter episode on `d`: MO stays that overlap or touch
 * (a.start <= b.end and b.start <= a.end, an empty end infinitely late) are one episode;
 * episodes are the connected groups. Only persons in an MO stay on `d` are returned.
 */
export function episodeStartsOn(stays: readonly IndicatorStay[], d: IsoDate): Map<string, IsoDate> {
  const byPerson = new Map<string, IndicatorStay[]>();
  for (const stay of stays) {
    if (!isMo(stay.service)) continue;
    byPerson.set(stay.personId, [...(byPerson.get(stay.personId) ?? []), stay]);
  }
  const starts = new Map<string, IsoDate>();
  for (const [personId, own] of byPerson) {
    const current = own.filter((s) => isInIntervalOn(s.startedOn, s.endedOn, d));
    if (current.length === 0) continue;
    // Grow the connected group from the stays the person is in on d until nothing joins.
    const group = new Set(current);
    let grown = true;
    while (grown) {
      grown = false;
      for (const candidate of own) {
        if (group.has(candidate)) continue;
        if ([...group].some((member) => touches(member, candidate))) {
          group.add(candidate);
          grown = true;
        }
      }
    }
    starts.set(personId, [...group].map((s) => s.startedOn).sort()[0]!);
  }
  return starts;
}

function touches(a: IndicatorStay, b: IndicatorStay): boolean {
  return (b.endedOn === null || a.startedOn <= b.endedOn) && (a.endedOn === null || b.startedOn <= a.endedOn);
}

function sumOf(days: number[]): DaySum {
  return { n: days.length, sumDays: days.reduce((total, day) => total + day, 0) };
}

/** The exact counts and day sums of every indicator, straight from the spec's sentences. */
export function referenceAggregates(data: IndicatorDataset, params: IndicatorParams): IndicatorAggregates {
  const d = params.date;
  const year = yearBounds(params.year);
  const onD = selectPersons(data.persons, params, d);
  const onYearEnd = selectPersons(data.persons, params, year.last);
  const yearAgo = addMonths(d, -12);
  const waitlist = data.waitlist.filter((e) => onD.has(e.personId));
  const stays = data.stays.filter((s) => onD.has(s.personId));
  const housing = data.housing.filter((h) => onD.has(h.personId));

  // I1
  const inCare = new Set(
    stays.filter((s) => isBw(s.service) && isInIntervalOn(s.startedOn, s.endedOn, d)).map((s) => s.personId),
  );
  const waiting = new Set(
    waitlist.filter((e) => isBw(e.service) && isInIntervalOn(e.listedOn, e.removedOn, d)).map((e) => e.personId),
  );
  const bwTotal = new Set([...inCare, ...waiting]);

  // I2: persons filtered with the age reference 31 December of Y.
  const moYear = new Set(
    data.stays
      .filter((s) => onYearEnd.has(s.personId) && isMo(s.service))
      .filter(
        (s) => s.startedOn <= year.last && (s.endedOn === null || (s.endedOn > year.first && s.endedOn > s.startedOn)),
      )
      .map((s) => s.personId),
  );

  // I3
  const bwWait = Object.fromEntries(
    BW_WAIT_SERVICES.map((service) => {
      const own = waitlist.filter((e) => e.service === service);
      const realized = own.filter(
        (e) => e.removalReason === 'placed' && e.removedOn !== null && yearAgo <= e.removedOn && e.removedOn < d,
      );
      const current = own.filter((e) => isInIntervalOn(e.listedOn, e.removedOn, d));
      return [
        service,
        {
          realized: sumOf(realized.map((e) => daysBetween(e.listedOn, e.removedOn!))),
          current: sumOf(current.map((e) => daysBetween(e.listedOn, d))),
        },
      ];
    }),
  ) as IndicatorAggregates['bwWait'];

  // I4
  const isLong = (start: IsoDate) => addMonths(start, 3) < d;
  const perService = Object.fromEntries(
    MO_SERVICES.map((service) => {
      const on = stays.filter((s) => s.service === service && isInIntervalOn(s.startedOn, s.endedOn, d));
      return [service, { n: on.length, long: on.filter((s) => isLong(s.startedOn)).length }];
    }),
  ) as Record<MoService, { n: number; long: number }>;
  const episodes = episodeStartsOn(stays, d);
  const all = { n: episodes.size, long: [...episodes.values()].filter(isLong).length };

  // I5
  const realizedHousing = housing.filter((h) => h.housedOn !== null && yearAgo <= h.housedOn && h.housedOn < d);
  const waitingHousing = housing.filter((h) => h.readyOn <= d && (h.housedOn === null || h.housedOn > d));

  return {
    bwClients: { total: bwTotal.size, inCare: inCare.size, waiting: waiting.size },
    moClients: { total: moYear.size },
    bwWait,
    moLongStay: { all, ...perService },
    housing: {
      realized: {
        ...sumOf(realizedHousing.map((h) => daysBetween(h.readyOn, h.housedOn!))),
        within3Months: realizedHousing.filter((h) => h.housedOn! <= addMonths(h.readyOn, 3)).length,
      },
      waiting: sumOf(waitingHousing.map((h) => daysBetween(h.readyOn, d))),
    },
  };
}

/** Every indicator of INDICATORS.md for one region's records, one peildatum and one year. */
export function computeIndicatorsReference(data: IndicatorDataset, params: IndicatorParams): IndicatorValues {
  return indicatorResultFrom(params, referenceAggregates(data, params));
}
