import type { CapacityChange, Location, LocationDetail } from '@springplank/contract';
import { EXPERTISE_TAGS, SERVICE_CODES, type ExpertiseTag, type ServiceCode } from '@springplank/domain';
import type { CapacityChangeRow, LocationRow } from './locations.repository';

const isExpertiseTag = (tag: string): tag is ExpertiseTag => (EXPERTISE_TAGS as readonly string[]).includes(tag);

/** A location row as the API shows it (unknown tags, if any crept in, are left out). */
export function presentLocation(row: LocationRow): Location {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    active: row.active,
    expertiseTags: row.expertiseTags.filter(isExpertiseTag),
  };
}

function presentChange(row: CapacityChangeRow): CapacityChange {
  return {
    id: row.id,
    service: row.service,
    places: row.places,
    validFrom: row.validFrom,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedAt: row.createdAt.toISOString(),
  };
}

/**
 * A location with its capacity per service: the places on `today` (the latest change with
 * valid_from <= today, else 0) and every change, newest first. Services in catalogue order.
 */
export function presentLocationDetail(row: LocationRow, changes: CapacityChangeRow[], today: string): LocationDetail {
  const byService = new Map<ServiceCode, CapacityChangeRow[]>();
  for (const change of changes) byService.set(change.service, [...(byService.get(change.service) ?? []), change]);
  const services = SERVICE_CODES.filter((service) => byService.has(service)).map((service) => {
    const history = [...(byService.get(service) ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
    const inForce = history.find((change) => change.validFrom <= today);
    return { service, placesToday: inForce?.places ?? 0, changes: history.map(presentChange) };
  });
  return { ...presentLocation(row), today, services };
}
