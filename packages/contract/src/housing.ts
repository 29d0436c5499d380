import { issueCode } from './issues';
import { z } from 'zod';
import { emailAddress, freeText, nullableText, PastDate } from './primitives';
import { Id } from './common';

const text = (max: number) => freeText(max).min(1);

/** Where someone ready to move on stands against the three-month promise. */
export const OutflowPromiseSchema = z.object({
  daysSinceReady: z.number().int(),
  promiseDueOn: z.iso.date(),
  overdue: z.boolean(),
});

/** A person ready to move on but not yet housed, as the access team and the placing provider see it. */
export const OutflowItem = z.object({
  id: Id,
  personId: Id,
  personName: z.string(),
  service: z.string().nullable(),
  providerName: z.string().nullable(),
  readyOn: z.iso.date(),
  promise: OutflowPromiseSchema,
  corporationName: z.string().nullable(),
  requestedAt: z.iso.datetime().nullable(),
  offeredAddress: z.string().nullable(),
  offeredAt: z.iso.datetime().nullable(),
});
export type OutflowItem = z.infer<typeof OutflowItem>;

/** An open stay for which the provider can record that the person is ready to move on. */
export const OutflowStayOption = z.object({
  stayId: Id,
  personId: Id,
  personName: z.string(),
  service: z.string(),
  startedOn: z.iso.date(),
});
export type OutflowStayOption = z.infer<typeof OutflowStayOption>;

/** The ready-but-waiting list, the open stays to choose from, and the corporations to send to. */
export const OutflowOverview = z.object({
  items: z.array(OutflowItem),
  stays: z.array(OutflowStayOption),
  corporations: z.array(z.object({ id: Id, name: z.string() })),
});
export type OutflowOverview = z.infer<typeof OutflowOverview>;

/** Record the date it was established the person in this stay can move on. */
export const RecordReadyRequest = z.object({ stayId: Id, readyOn: PastDate });
export type RecordReadyRequest = z.infer<typeof RecordReadyRequest>;

/**
 * A housing request: only what the corporation needs (ACCESS.md) — name, contact, household
 * size, urgency and housing-relevant needs. Nothing about diagnoses, stays or reports.
 */
export const SendHousingRequest = z
  .object({
    corporationId: Id,
    contactName: text(200),
    contactPhone: nullableText(40),
    contactEmail: emailAddress(254).nullable().default(null),
    householdSize: z.number().int().min(1).max(20),
    urgent: z.boolean().default(false),
    housingNeeds: nullableText(2000),
  })
  .refine(
    (body) => body.contactPhone !== null || body.contactEmail !== null,
    issueCode('phone_or_email_required', { path: ['contactPhone'] }),
  );
export type SendHousingRequest = z.input<typeof SendHousingRequest>;

/** A housing request as the corporation sees it: the allowed fields and nothing else. */
export const HousingRequest = z
  .object({
    id: Id,
    contactName: z.string(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    householdSize: z.number().int(),
    urgent: z.boolean(),
    housingNeeds: z.string().nullable(),
    readyOn: z.iso.date(),
    requestedAt: z.iso.datetime(),
    offeredAddress: z.string().nullable(),
    offeredAt: z.iso.datetime().nullable(),
    housedOn: z.iso.date().nullable(),
  })
  .strict();
export type HousingRequest = z.infer<typeof HousingRequest>;

export const HousingRequestList = z.object({ items: z.array(HousingRequest) });
export type HousingRequestList = z.infer<typeof HousingRequestList>;

export const OfferHomeRequest = z.object({ offeredAddress: text(300) });
export type OfferHomeRequest = z.infer<typeof OfferHomeRequest>;

export const RecordHousedRequest = z.object({ housedOn: PastDate });
export type RecordHousedRequest = z.infer<typeof RecordHousedRequest>;
