import { issueCode } from './issues';
import { z } from 'zod';
import { freeText, PlannedDate } from './primitives';
import { VELDTAFEL_REASONS, VELDTAFEL_SIGNALS } from '@springplank/domain';
import { Id } from './common';

const text = (max: number) => freeText(max).min(1);
const optionalText = (max: number) =>
  freeText(max)
    .nullable()
    .transform((value) => (value ? value : null));

export const VeldtafelReason = z.enum(VELDTAFEL_REASONS);
export const VeldtafelSignalSchema = z.enum(VELDTAFEL_SIGNALS);

/** Path parameters of an agenda item and of a follow-up action. */
export const ConferenceItemParams = z.object({ id: Id, itemId: Id });
export const ConferenceActionParams = z.object({ id: Id, actionId: Id });

/** One automatic signal with the date it counts from and how many records it concerns. */
export const SignalHit = z.object({
  reason: VeldtafelSignalSchema,
  since: z.iso.date().nullable(),
  count: z.number().int(),
});
export type SignalHit = z.infer<typeof SignalHit>;

/** A person suggested for the agenda, with every signal that applies. */
export const ConferenceSuggestion = z.object({ personId: Id, personName: z.string(), signals: z.array(SignalHit) });
export type ConferenceSuggestion = z.infer<typeof ConferenceSuggestion>;

export const ConferenceSummary = z.object({
  id: Id,
  title: z.string(),
  heldOn: PlannedDate,
  itemCount: z.number().int(),
  openActions: z.number().int(),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummary>;

export const ConferenceList = z.object({
  items: z.array(ConferenceSummary),
  suggestions: z.array(ConferenceSuggestion),
});
export type ConferenceList = z.infer<typeof ConferenceList>;

export const ConferenceAction = z.object({
  id: Id,
  description: z.string(),
  ownerOrganisationId: Id.nullable(),
  ownerOrganisationName: z.string().nullable(),
  dueOn: z.iso.date().nullable(),
  doneOn: z.iso.date().nullable(),
});
export type ConferenceAction = z.infer<typeof ConferenceAction>;

export const ConferenceItem = z.object({
  id: Id,
  personId: Id,
  personName: z.string(),
  reason: VeldtafelReason,
  note: z.string().nullable(),
  decision: z.string().nullable(),
  actions: z.array(ConferenceAction),
});
export type ConferenceItem = z.infer<typeof ConferenceItem>;

/** A meeting with its agenda, the suggestions not on it yet, and what the forms choose from. */
export const ConferenceDetail = z.object({
  id: Id,
  title: z.string(),
  heldOn: PlannedDate,
  agenda: z.string().nullable(),
  items: z.array(ConferenceItem),
  suggestions: z.array(ConferenceSuggestion),
  /** Persons in the flow (waiting, staying or ready to move on) that can be added by hand. */
  people: z.array(z.object({ personId: Id, personName: z.string() })),
  organisations: z.array(z.object({ id: Id, name: z.string() })),
});
export type ConferenceDetail = z.infer<typeof ConferenceDetail>;

export const CreateConferenceRequest = z.object({
  title: text(200),
  heldOn: PlannedDate,
  agenda: optionalText(4000).default(null),
});
export type CreateConferenceRequest = z.input<typeof CreateConferenceRequest>;

/** Put a case on the agenda: for an automatic reason the signal must apply today; 'manual' needs a note. */
export const AddConferenceItemRequest = z
  .object({ personId: Id, reason: VeldtafelReason, note: optionalText(2000).default(null) })
  .refine(
    (body) => body.reason !== 'manual' || body.note !== null,
    issueCode('manual_reason_required', { path: ['note'] }),
  );
export type AddConferenceItemRequest = z.input<typeof AddConferenceItemRequest>;

export const UpdateConferenceItemRequest = z.object({ decision: optionalText(4000) });
export type UpdateConferenceItemRequest = z.input<typeof UpdateConferenceItemRequest>;

export const AddConferenceActionRequest = z.object({
  description: text(1000),
  ownerOrganisationId: Id.nullable().default(null),
  dueOn: PlannedDate.nullable().default(null),
});
export type AddConferenceActionRequest = z.input<typeof AddConferenceActionRequest>;

export const UpdateConferenceActionRequest = z.object({ done: z.boolean() });
export type UpdateConferenceActionRequest = z.infer<typeof UpdateConferenceActionRequest>;
