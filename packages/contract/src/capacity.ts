import { EXPERTISE_TAGS, SERVICE_CODES } from '@springplank/domain';
import { z } from 'zod';
import { code, freeText, PlannedDate, IsoDate as QueryDate } from './primitives';
import { Id } from './common';

const IsoDate = z.iso.date();
const MunicipalityCode = code(/^GM\d{4}$/, 'invalid_municipality_code');

/** A service code (voorziening). */
export const ServiceCodeSchema = z.enum(SERVICE_CODES);
/** An expertise tag of a location. */
export const ExpertiseTagSchema = z.enum(EXPERTISE_TAGS);

/** One service of the region's catalogue: offered (active) or switched off. */
export const RegionService = z.object({
  service: ServiceCodeSchema,
  active: z.boolean(),
  shelter: z.boolean().describe('Shelter (MO): direct intake, no waiting list'),
});
export type RegionService = z.infer<typeof RegionService>;
export const RegionServiceList = z.object({ items: z.array(RegionService) });
export type RegionServiceList = z.infer<typeof RegionServiceList>;

export const ServiceParams = z.object({ service: ServiceCodeSchema });
/** Switch a service of the catalogue on or off. */
export const UpdateRegionServiceRequest = z.object({ active: z.boolean() });
export type UpdateRegionServiceRequest = z.infer<typeof UpdateRegionServiceRequest>;

/** A location of a provider, with what it is good at. */
export const Location = z
  .object({
    id: Id,
    name: z.string(),
    address: z.string(),
    organisationId: Id,
    organisationName: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    active: z.boolean(),
    expertiseTags: z.array(ExpertiseTagSchema),
  })
  .meta({ id: 'Location' });
export type Location = z.infer<typeof Location>;
export const LocationList = z.object({ items: z.array(Location) });
export type LocationList = z.infer<typeof LocationList>;

export const LocationListQuery = z.object({ organisationId: Id.optional() });
export type LocationListQuery = z.infer<typeof LocationListQuery>;

/** Create a location for a provider organisation (functioneel beheer). */
export const CreateLocationRequest = z.object({
  organisationId: Id,
  name: freeText(200).min(2),
  address: freeText(300).min(3),
  municipalityCode: MunicipalityCode,
  expertiseTags: z.array(ExpertiseTagSchema).max(EXPERTISE_TAGS.length).default([]),
  active: z.boolean().default(true),
});
export type CreateLocationRequest = z.input<typeof CreateLocationRequest>;

/** Change a location; omitted fields stay as they are. */
export const UpdateLocationRequest = z.object({
  name: freeText(200).min(2).optional(),
  address: freeText(300).min(3).optional(),
  municipalityCode: MunicipalityCode.optional(),
  expertiseTags: z.array(ExpertiseTagSchema).max(EXPERTISE_TAGS.length).optional(),
  active: z.boolean().optional(),
});
export type UpdateLocationRequest = z.infer<typeof UpdateLocationRequest>;

/** One recorded change of places: from `validFrom` on, the location has `places` of the service. */
export const CapacityChange = z.object({
  id: Id,
  service: ServiceCodeSchema,
  places: z.number().int(),
  validFrom: IsoDate,
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.iso.datetime(),
});
export type CapacityChange = z.infer<typeof CapacityChange>;

/** A location with, per service, today's places and the full history of changes (newest first). */
export const LocationDetail = Location.extend({
  today: IsoDate,
  services: z.array(
    z.object({
      service: ServiceCodeSchema,
      placesToday: z.number().int(),
      changes: z.array(CapacityChange),
    }),
  ),
}).meta({ id: 'LocationDetail' });
export type LocationDetail = z.infer<typeof LocationDetail>;

/** Record places of a service at a location from a date on. */
export const RecordCapacityRequest = z.object({
  service: ServiceCodeSchema,
  places: z.number().int().min(0).max(10000),
  validFrom: PlannedDate,
  note: freeText(500).optional(),
});
export type RecordCapacityRequest = z.infer<typeof RecordCapacityRequest>;

/** The occupancy board's filters; `date` defaults to today. */
export const OccupancyQuery = z.object({
  service: ServiceCodeSchema.optional(),
  municipalityCode: MunicipalityCode.optional(),
  date: QueryDate.optional(),
});
export type OccupancyQuery = z.infer<typeof OccupancyQuery>;

const Counts = {
  places: z.number().int(),
  occupied: z.number().int(),
  held: z.number().int().describe('Pending offers: promised, counted against the places'),
  free: z.number().int().describe('places − occupied − held (negative when overbooked)'),
};

/** One location and service on the board. */
export const OccupancyRow = z.object({
  locationId: Id,
  locationName: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  service: ServiceCodeSchema,
  shelter: z.boolean(),
  ...Counts,
  nextChange: z.object({ places: z.number().int(), validFrom: IsoDate }).nullable(),
});
export type OccupancyRow = z.infer<typeof OccupancyRow>;

/** Current shelter stays longer than three months against the regiovisie's target (at most 1 in 3). */
export const LongStayShare = z.object({
  n: z.number().int(),
  long: z.number().int(),
  share: z.number().nullable(),
  target: z.number(),
});
export type LongStayShare = z.infer<typeof LongStayShare>;

/** The live occupancy board: rows per location and service, totals per service, long shelter stays. */
export const OccupancyBoard = z
  .object({
    date: IsoDate,
    rows: z.array(OccupancyRow),
    totals: z.array(z.object({ service: ServiceCodeSchema, shelter: z.boolean(), ...Counts })),
    longStay: LongStayShare.extend({
      perService: z.array(z.object({ service: ServiceCodeSchema, n: z.number().int(), long: z.number().int() })),
    }),
  })
  .meta({ id: 'OccupancyBoard' });
export type OccupancyBoard = z.infer<typeof OccupancyBoard>;
