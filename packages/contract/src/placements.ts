import { EXPERTISE_TAGS, OFFER_STATUSES, WAITLIST_PRIORITIES } from '@springplank/domain';
import { z } from 'zod';
import { freeText, PlannedDate, IsoDate as QueryDate } from './primitives';
import { ServiceCodeSchema } from './capacity';
import { Id, PageQuery } from './common';

const IsoDate = z.iso.date();
const Priority = z.enum(WAITLIST_PRIORITIES);
const Tag = z.enum(EXPERTISE_TAGS);

/** A location + service with its places on a day: places − occupied − held = free. */
export const FreePlace = z
  .object({
    locationId: Id,
    locationName: z.string(),
    organisationId: Id,
    organisationName: z.string(),
    municipalityName: z.string(),
    expertiseTags: z.array(Tag),
    service: ServiceCodeSchema,
    places: z.number().int().describe('Places of the latest capacity change valid on the day'),
    occupied: z.number().int().describe('Stays at the location and service not ended on the day'),
    held: z.number().int().describe('Pending offers at the location and service'),
    free: z.number().int(),
  })
  .meta({ id: 'FreePlace' });
export type FreePlace = z.infer<typeof FreePlace>;

export const FreePlacesQuery = z.object({ on: QueryDate.optional().describe('The day (default: today)') });
export type FreePlacesQuery = z.infer<typeof FreePlacesQuery>;
export const FreePlaceList = z.object({ on: IsoDate, items: z.array(FreePlace) });
export type FreePlaceList = z.infer<typeof FreePlaceList>;

/** Why a candidate is suggested: structured, so the interface can put it in words. */
export const PlacementReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('service_match'), service: ServiceCodeSchema }),
  z.object({ code: z.literal('needs_met'), tags: z.array(z.string()) }),
  z.object({ code: z.literal('needs_not_met'), tags: z.array(z.string()) }),
  z.object({ code: z.literal('priority'), value: Priority }),
  z.object({ code: z.literal('waiting_months'), months: z.number() }),
  z.object({ code: z.literal('preferred_municipality') }),
  z.object({ code: z.literal('prefers_other_municipality') }),
  z.object({ code: z.literal('previous_declines'), count: z.number().int() }),
]);
export type PlacementReason = z.infer<typeof PlacementReason>;

/** A person on the waiting list suggested for a free place, with the reasons. */
export const PlacementCandidate = z.object({
  waitlistEntryId: Id,
  personId: Id,
  personName: z.string().nullable(),
  age: z.number().int().nullable(),
  priority: Priority,
  listedOn: IsoDate,
  waitingMonths: z.number(),
  expertiseNeeds: z.array(z.string()),
  preferredMunicipalityName: z.string().nullable(),
  declines: z.number().int().describe('Earlier offers to this person that a provider declined'),
  score: z.number(),
  reasons: z.array(PlacementReason),
});
export type PlacementCandidate = z.infer<typeof PlacementCandidate>;

export const SuggestionsQuery = z.object({
  locationId: Id,
  service: ServiceCodeSchema,
  on: QueryDate.optional().describe('The day the place is sought for (default: today)'),
});
export type SuggestionsQuery = z.infer<typeof SuggestionsQuery>;
export const PlacementSuggestions = z
  .object({ on: IsoDate, place: FreePlace, candidates: z.array(PlacementCandidate) })
  .meta({ id: 'PlacementSuggestions' });
export type PlacementSuggestions = z.infer<typeof PlacementSuggestions>;

export { OFFER_STATUSES };
export const OfferStatus = z.enum(OFFER_STATUSES);
export type OfferStatus = z.infer<typeof OfferStatus>;

/**
 * The person as an offer shows them: what a provider needs to decide (name, age, expertise
 * needs, waiting since, the application's motivation) and never report texts. `declines` is
 * for access officers only (null for providers).
 */
export const OfferPerson = z.object({
  id: Id,
  name: z.string().nullable(),
  age: z.number().int().nullable(),
  priority: Priority,
  waitingSince: IsoDate,
  expertiseNeeds: z.array(z.string()),
  motivation: z.string().nullable(),
  declines: z.number().int().nullable(),
});
export type OfferPerson = z.infer<typeof OfferPerson>;

/** An offer of a place to a person on the waiting list. */
export const Offer = z
  .object({
    id: Id,
    status: OfferStatus,
    service: ServiceCodeSchema,
    waitlistEntryId: Id,
    organisationId: Id,
    organisationName: z.string(),
    locationId: Id,
    locationName: z.string(),
    proposedStartOn: IsoDate,
    note: z.string().nullable(),
    offeredAt: z.iso.datetime(),
    offeredBy: z.string().nullable(),
    respondedAt: z.iso.datetime().nullable(),
    respondedBy: z.string().nullable(),
    declineReason: z.string().nullable(),
    stayId: Id.nullable(),
    startedOn: IsoDate.nullable().describe('Start of the stay an accepted offer began'),
    person: OfferPerson.nullable().describe('Null where the reader may no longer see the person'),
  })
  .meta({ id: 'Offer' });
export type Offer = z.infer<typeof Offer>;

export const OfferListQuery = PageQuery.extend({
  status: z.enum(['open', 'answered', 'all']).default('all').describe('open = pending; answered = the others'),
});
export type OfferListQuery = z.infer<typeof OfferListQuery>;
export const OfferList = z.object({ items: z.array(Offer), total: z.number().int() });
export type OfferList = z.infer<typeof OfferList>;

/** Offer a place at a location to a person on the waiting list (the service is the entry's). */
export const CreateOfferRequest = z.object({
  waitlistEntryId: Id,
  locationId: Id,
  proposedStartOn: PlannedDate,
  note: freeText(2000).optional(),
});
export type CreateOfferRequest = z.infer<typeof CreateOfferRequest>;

/** Accept an offer; the stay starts on `startOn`, or on the proposed start date. */
export const AcceptOfferRequest = z.object({ startOn: PlannedDate.optional() });
export type AcceptOfferRequest = z.infer<typeof AcceptOfferRequest>;

/** Decline an offer; a reason is required. */
export const DeclineOfferRequest = z.object({
  reason: freeText(2000).min(3),
});
export type DeclineOfferRequest = z.infer<typeof DeclineOfferRequest>;
