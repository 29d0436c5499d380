import type { FreePlace, Offer, PlacementCandidate } from '@springplank/contract';
import {
  ageOn,
  freePlaces,
  type ExpertiseTag,
  type IsoDate,
  type MatchReason,
  type RankedCandidate,
} from '@springplank/domain';
import type { OfferRow } from './offers.repository';
import type { CandidateRow, PlaceRow } from './placements.repository';

/** A person's display name from the parts that are known. */
export function personName(givenName: string | null, familyName: string | null): string | null {
  return [givenName, familyName].filter(Boolean).join(' ') || null;
}

/** One location + service with its free places. */
export function presentPlace(row: PlaceRow): FreePlace {
  return {
    locationId: row.locationId,
    locationName: row.locationName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    municipalityName: row.municipalityName,
    // Stored by the capacity module from the domain's list of tags.
    expertiseTags: row.expertiseTags as ExpertiseTag[],
    service: row.service,
    places: row.places,
    occupied: row.occupied,
    held: row.held,
    free: freePlaces(row.places, row.occupied, row.held),
  };
}

/** A ranked candidate with its reasons; waiting months are taken from the reasons. */
export function presentCandidate(ranked: RankedCandidate<CandidateRow>, today: IsoDate): PlacementCandidate {
  const { candidate } = ranked;
  const waiting = ranked.reasons.find(
    (reason): reason is Extract<MatchReason, { code: 'waiting_months' }> => reason.code === 'waiting_months',
  );
  return {
    waitlistEntryId: candidate.waitlistEntryId,
    personId: candidate.personId,
    personName: personName(candidate.givenName, candidate.familyName),
    age: candidate.birthDate ? ageOn(candidate.birthDate, today) : null,
    priority: candidate.priority,
    listedOn: candidate.listedOn,
    waitingMonths: waiting?.months ?? 0,
    expertiseNeeds: candidate.expertiseNeeds,
    preferredMunicipalityName: candidate.preferredMunicipalityName,
    declines: candidate.declines,
    score: ranked.score,
    reasons: ranked.reasons,
  };
}

/** What of the person an offer's reader sees. */
export interface OfferView {
  /** Whether the reader may see the person at all (ACCESS.md; PersonAccessRepository). */
  showPerson: boolean;
  /** Earlier declines are for access officers, not for the next provider. */
  showDeclines: boolean;
}

/** An offer as its reader may see it. */
export function presentOffer(row: OfferRow, today: IsoDate, view: OfferView): Offer {
  return {
    id: row.id,
    status: row.status,
    service: row.service,
    waitlistEntryId: row.waitlistEntryId,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    locationId: row.locationId,
    locationName: row.locationName,
    proposedStartOn: row.proposedStartOn,
    note: row.note,
    offeredAt: row.offeredAt.toISOString(),
    offeredBy: row.offeredBy,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    respondedBy: row.respondedBy,
    declineReason: row.declineReason,
    stayId: row.stayId,
    startedOn: row.startedOn,
    person: view.showPerson
      ? {
          id: row.personId,
          name: personName(row.givenName, row.familyName),
          age: row.birthDate ? ageOn(row.birthDate, today) : null,
          priority: row.priority,
          waitingSince: row.waitingSince,
          expertiseNeeds: row.expertiseNeeds,
          motivation: row.motivation,
          declines: view.showDeclines ? row.declines : null,
        }
      : null,
  };
}
