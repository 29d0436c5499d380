import type { StayDetail, StaySummary } from '@springplank/contract';
import {
  addDays,
  addMonths,
  IWMO_END_REASON_CODES,
  isLongerThanMonths,
  isShelterService,
  monthsBetween,
} from '@springplank/domain';
import type { StayRow } from './stays.repository';

/** Shelter stays longer than this many months are flagged (INDICATORS.md I4). */
export const LONG_STAY_MONTHS = 3;

/**
 * The latest start date of a stay that is longer than three months on `today`: a stay is
 * long when addMonths(started_on, 3) < today, and addMonths is non-decreasing, so the long
 * stays are exactly those that started on or before this day (usable as a SQL filter).
 */
export function lastLongStayStart(today: string): string {
  const candidate = addMonths(today, -LONG_STAY_MONTHS);
  return isLongerThanMonths(candidate, today, LONG_STAY_MONTHS) ? candidate : addDays(candidate, -1);
}

function nameOf(row: StayRow): string | null {
  const name = [row.givenName, row.familyName].filter(Boolean).join(' ');
  return name || null;
}

/** A stay as a list line: current on `today`, its length in months, and the three-month flag for shelter. */
export function presentStay(row: StayRow, today: string): StaySummary {
  const current = row.endedOn === null || row.endedOn > today;
  const until = row.endedOn !== null && row.endedOn < today ? row.endedOn : today;
  return {
    id: row.id,
    person: { id: row.personId, name: nameOf(row), birthDate: row.birthDate, municipalityCode: row.municipalityCode },
    service: row.service,
    shelter: isShelterService(row.service),
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    locationId: row.locationId,
    locationName: row.locationName,
    providerRef: row.providerRef,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    current,
    endReason: row.endReason,
    iwmoEndReasonCode: row.endReason ? IWMO_END_REASON_CODES[row.endReason] : null,
    months: Math.max(0, monthsBetween(row.startedOn, until)),
    longerThan3Months:
      current && isShelterService(row.service) && isLongerThanMonths(row.startedOn, today, LONG_STAY_MONTHS),
  };
}

/** A stay with its end note and who recorded it. */
export function presentStayDetail(row: StayRow, today: string): StayDetail {
  return {
    ...presentStay(row, today),
    endNote: row.endNote,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
