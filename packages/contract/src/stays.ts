import { issueCode } from './issues';
import { MO_SERVICES, STAY_END_REASONS } from '@springplank/domain';
import { z } from 'zod';
import { BirthDate, code, freeText, PastDate } from './primitives';
import { Id, PageQuery } from './common';
import { ServiceCodeSchema } from './capacity';

const IsoDate = z.iso.date();
const Bsn = code(/^\d{9}$/, 'invalid_bsn');

/** Why a stay ended. */
export const StayEndReasonSchema = z.enum(STAY_END_REASONS);
/** A shelter (MO) service: the only services with direct intake. */
export const ShelterServiceSchema = z.enum(MO_SERVICES);

/** One stay (plaatsing / verblijf) as a list line. */
export const StaySummary = z
  .object({
    id: Id,
    person: z.object({
      id: Id,
      name: z.string().nullable(),
      birthDate: IsoDate.nullable(),
      municipalityCode: z.string().nullable(),
    }),
    service: ServiceCodeSchema,
    shelter: z.boolean(),
    organisationId: Id.nullable(),
    organisationName: z.string().nullable(),
    locationId: Id.nullable(),
    locationName: z.string().nullable(),
    providerRef: z.string().nullable(),
    startedOn: IsoDate,
    endedOn: IsoDate.nullable(),
    current: z.boolean().describe('Not ended today (no end date, or an end date after today)'),
    endReason: StayEndReasonSchema.nullable(),
    iwmoEndReasonCode: z.string().nullable().describe('iWmo reden beëindiging (WMO588) of the end reason'),
    months: z.number().describe('Months in the stay until today or the end date (30.4375 days)'),
    longerThan3Months: z.boolean().describe('A current shelter stay started more than three months ago'),
  })
  .meta({ id: 'StaySummary' });
export type StaySummary = z.infer<typeof StaySummary>;

export const StayListQuery = PageQuery.extend({
  status: z.enum(['current', 'ended', 'all']).default('current'),
  service: ServiceCodeSchema.optional(),
  locationId: Id.optional(),
  longOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type StayListQuery = z.input<typeof StayListQuery>;
/** The stays list query after validation (defaults filled in). */
export type StayListParams = z.output<typeof StayListQuery>;
export const StayList = z.object({ items: z.array(StaySummary), total: z.number().int() });
export type StayList = z.infer<typeof StayList>;

/** One stay with its note and who recorded it. */
export const StayDetail = StaySummary.extend({
  endNote: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'StayDetail' });
export type StayDetail = z.infer<typeof StayDetail>;

/** End a stay: the day the person left (they are no longer in it that day) and why. */
export const EndStayRequest = z.object({
  endedOn: PastDate,
  reason: StayEndReasonSchema,
  note: freeText(1000).optional(),
});
export type EndStayRequest = z.infer<typeof EndStayRequest>;

/** A person registered at the shelter's door. */
export const ShelterNewPerson = z
  .object({
    bsn: Bsn.optional(),
    givenName: freeText(200).optional(),
    familyName: freeText(200).min(1),
    birthDate: BirthDate.optional(),
    municipalityCode: code(/^GM\d{4}$/, 'invalid_municipality_code').optional(),
    address: freeText(300).optional(),
  })
  .meta({ id: 'ShelterNewPerson' });
export type ShelterNewPerson = z.infer<typeof ShelterNewPerson>;

/** Direct shelter intake: a known person (`personId`) or a new one (`person`), at a location, from a date. */
export const ShelterIntakeRequest = z
  .object({
    personId: Id.optional(),
    person: ShelterNewPerson.optional(),
    locationId: Id,
    service: ShelterServiceSchema,
    startedOn: PastDate,
  })
  .refine(
    (body) => Boolean(body.personId) !== Boolean(body.person),
    issueCode('person_choice_required', { path: ['personId'] }),
  );
export type ShelterIntakeRequest = z.infer<typeof ShelterIntakeRequest>;

/** Find a person for shelter intake (providers only find their own clients). */
export const ShelterPersonQuery = z.object({ q: freeText(200).min(2) });
export const ShelterPersonList = z.object({
  items: z.array(
    z.object({
      id: Id,
      name: z.string().nullable(),
      birthDate: IsoDate.nullable(),
      municipalityCode: z.string().nullable(),
    }),
  ),
});
export type ShelterPersonList = z.infer<typeof ShelterPersonList>;
