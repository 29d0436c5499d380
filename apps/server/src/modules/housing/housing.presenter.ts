import type { HousingRequest, OutflowItem } from '@springplank/contract';
import { outflowPromise, type IsoDate } from '@springplank/domain';
import type { HousingRequestRow, OutflowRow } from './housing.repository';

/** Shown when the person's name is not known. */
const UNKNOWN_NAME = 'Naam onbekend';

/** One person ready to move on, with the days waited against the three-month promise on `today`. */
export function presentOutflowItem(row: OutflowRow, today: IsoDate): OutflowItem {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName || UNKNOWN_NAME,
    service: row.service,
    providerName: row.providerName,
    readyOn: row.readyOn,
    promise: outflowPromise(row.readyOn, today),
    corporationName: row.corporationName,
    requestedAt: row.requestedAt?.toISOString() ?? null,
    offeredAddress: row.offeredAddress,
    offeredAt: row.offeredAt?.toISOString() ?? null,
  };
}

/**
 * A housing request as the corporation sees it. Field by field on purpose: nothing beyond
 * ACCESS.md's list (name, contact, household size, urgency, needs, dates, offered address).
 */
export function presentHousingRequest(row: HousingRequestRow): HousingRequest {
  if (!row.requestedAt) throw new Error('a housing request always has requested_at');
  return {
    id: row.id,
    contactName: row.contactName ?? '',
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    householdSize: row.householdSize ?? 1,
    urgent: row.urgent,
    housingNeeds: row.housingNeeds,
    readyOn: row.readyOn,
    requestedAt: row.requestedAt.toISOString(),
    offeredAddress: row.offeredAddress,
    offeredAt: row.offeredAt?.toISOString() ?? null,
    housedOn: row.housedOn,
  };
}
