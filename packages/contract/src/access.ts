import { issueCode } from './issues';
import { declareIssueCodes } from './issue-walk';
import {
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  EXPERTISE_TAGS,
  IWMO_PRODUCT_CATEGORIES,
  isValidBsn,
  WAITLIST_PRIORITIES,
  WAITLIST_REMOVAL_REASONS,
  ZRM_DOMAINS,
  ZRM_MAX_SCORE,
  ZRM_MIN_SCORE,
} from '@springplank/domain';
import { z } from 'zod';
import { BirthDate, code, freeText, LongText, PastDate, PlannedDate, IsoDate as QueryDate } from './primitives';
import { Id, PageQuery } from './common';
import { ServiceCodeSchema } from './capacity';

const IsoDate = z.iso.date();
const MunicipalityCode = code(/^GM\d{4}$/, 'invalid_municipality_code');
const Bsn = code(/^\d{9}$/, 'invalid_bsn').refine(isValidBsn, issueCode('bsn_checksum'));

/** Where an application came from. */
export const ApplicationSourceSchema = z.enum(APPLICATION_SOURCES);
export type ApplicationSource = z.infer<typeof ApplicationSourceSchema>;
/** Where an application is in its life. */
export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;
export const ExpertiseNeedSchema = z.enum(EXPERTISE_TAGS);
export const WaitlistPrioritySchema = z.enum(WAITLIST_PRIORITIES);
export const WaitlistRemovalReasonSchema = z.enum(WAITLIST_REMOVAL_REASONS);
export const IwmoCategorySchema = z.enum(IWMO_PRODUCT_CATEGORIES);
export const ZrmDomainSchema = z.enum(ZRM_DOMAINS);

/** A resident as access officers see them. */
export const AccessPerson = z
  .object({
    id: Id,
    bsn: z.string().nullable(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    birthDate: IsoDate.nullable(),
    age: z.number().int().nullable().describe('Completed years today'),
    address: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    municipalityName: z.string().nullable(),
  })
  .meta({ id: 'AccessPerson' });
export type AccessPerson = z.infer<typeof AccessPerson>;

export const AccessPersonSearchQuery = z
  .object({
    q: freeText(200).min(2).optional(),
    bsn: code(/^\d{9}$/, 'invalid_bsn').optional(),
    birthDate: QueryDate.optional(),
  })
  .refine(
    (query) => Boolean(query.q || query.bsn || query.birthDate),
    issueCode('search_criteria_required', { path: ['q'] }),
  );
export type AccessPersonSearchQuery = z.infer<typeof AccessPersonSearchQuery>;
export const AccessPersonList = z.object({ items: z.array(AccessPerson) });
export type AccessPersonList = z.infer<typeof AccessPersonList>;

/** A new person; a BSN must pass the elfproef. */
export const CreateAccessPersonRequest = z
  .object({
    bsn: Bsn.optional(),
    givenName: freeText(200).optional(),
    familyName: freeText(200).optional(),
    birthDate: BirthDate.optional(),
    address: freeText(300).optional(),
    municipalityCode: MunicipalityCode.optional(),
  })
  .refine((p) => Boolean(p.familyName || p.givenName), issueCode('person_name_required', { path: ['familyName'] }));
export type CreateAccessPersonRequest = z.infer<typeof CreateAccessPersonRequest>;

/** What a meldpunt case offers to start an application with. */
export const ApplicationPrefill = z.object({
  caseId: Id,
  caseReference: z.string(),
  teamName: z.string(),
  person: AccessPerson.nullable(),
  summary: z.string(),
});
export type ApplicationPrefill = z.infer<typeof ApplicationPrefill>;
export const PrefillQuery = z.object({ caseId: Id });

/** Start an application: for a known person, or one created now. */
export const CreateApplicationRequest = z
  .object({
    personId: Id.optional(),
    newPerson: CreateAccessPersonRequest.optional(),
    source: ApplicationSourceSchema.optional().describe(
      'Access officers choose; outreach workers always start from a case, providers always submit as provider',
    ),
    caseId: Id.optional(),
    requestedService: ServiceCodeSchema,
    motivation: LongText.min(10),
    expertiseNeeds: z.array(ExpertiseNeedSchema).max(EXPERTISE_TAGS.length).default([]),
    receivedOn: PastDate.optional(),
  })
  // Neither is fine only when the case names the person; the server checks that.
  .refine((a) => !(a.personId && a.newPerson), issueCode('person_choice_required', { path: ['personId'] }))
  .refine((a) => a.source !== 'meldpunt_case' || Boolean(a.caseId), issueCode('case_required', { path: ['caseId'] }));
export type CreateApplicationRequest = z.infer<typeof CreateApplicationRequest>;
/** What a client sends to start an application (defaults not yet applied). */
export type CreateApplicationInput = z.input<typeof CreateApplicationRequest>;

/** One line in the applications queue. */
export const ApplicationSummary = z
  .object({
    id: Id,
    reference: z.string(),
    status: ApplicationStatusSchema,
    source: ApplicationSourceSchema,
    requestedService: ServiceCodeSchema,
    receivedOn: IsoDate,
    person: z.object({ id: Id, name: z.string().nullable(), birthDate: IsoDate.nullable() }),
    submittedByOrganisation: z.string().nullable(),
  })
  .meta({ id: 'ApplicationSummary' });
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationQueueQuery = PageQuery.extend({
  status: z.enum(['submitted', 'granted', 'refused', 'withdrawn', 'all']).default('all'),
});
export type ApplicationQueueQuery = z.infer<typeof ApplicationQueueQuery>;
export const ApplicationQueue = z.object({ items: z.array(ApplicationSummary), total: z.number().int() });
export type ApplicationQueue = z.infer<typeof ApplicationQueue>;

/** One ZRM assessment: domain names and scores only. */
export const ZrmAssessment = z.object({
  id: Id,
  assessedOn: IsoDate,
  applicationId: Id.nullable(),
  scores: z.partialRecord(ZrmDomainSchema, z.number().int()),
});
export type ZrmAssessment = z.infer<typeof ZrmAssessment>;

/** Record a ZRM assessment; every one of the 13 domains needs a score 1–5. */
export const RecordZrmRequest = z.object({
  assessedOn: PastDate.optional(),
  scores: z.record(ZrmDomainSchema, z.number().int().min(ZRM_MIN_SCORE).max(ZRM_MAX_SCORE)),
});
export type RecordZrmRequest = z.infer<typeof RecordZrmRequest>;

/** The decision (beschikking) on an application. */
export const Decision = z.object({
  id: Id,
  granted: z.boolean(),
  service: ServiceCodeSchema.nullable(),
  validFrom: IsoDate.nullable(),
  validUntil: IsoDate.nullable(),
  priority: WaitlistPrioritySchema.nullable(),
  priorityReason: z.string().nullable(),
  refusalReason: z.string().nullable(),
  iwmoCategory: IwmoCategorySchema,
  decidedOn: IsoDate,
  decidedBy: z.string().nullable(),
  waitlistEntryId: Id.nullable(),
});
export type Decision = z.infer<typeof Decision>;

/** Grant (service, validity, priority with reason) or refuse (reason) an application. */
export const DecideApplicationRequest = declareIssueCodes(
  z
    .object({
      outcome: z.enum(['granted', 'refused']),
      service: ServiceCodeSchema.optional().describe('Granted service; the requested one when left out'),
      validFrom: PlannedDate.optional(),
      validUntil: PlannedDate.optional(),
      priority: WaitlistPrioritySchema.optional(),
      priorityReason: freeText(1000).optional(),
      refusalReason: freeText(2000).optional(),
      iwmoCategory: IwmoCategorySchema.optional().describe(
        'iWmo product category; the service’s usual one when left out',
      ),
      decidedOn: PastDate.optional(),
    })
    .superRefine((d, issue) => {
      if (d.outcome === 'refused') {
        if (!d.refusalReason || d.refusalReason.length < 3)
          issue.addIssue({ code: 'custom', path: ['refusalReason'], params: { code: 'refusal_reason_required' } });
        return;
      }
      if (!d.validFrom)
        issue.addIssue({ code: 'custom', path: ['validFrom'], params: { code: 'valid_from_required' } });
      if (!d.priority) issue.addIssue({ code: 'custom', path: ['priority'], params: { code: 'priority_required' } });
      if (d.priority && d.priority !== 'normal' && (!d.priorityReason || d.priorityReason.length < 3))
        issue.addIssue({
          code: 'custom',
          path: ['priorityReason'],
          params: { code: 'priority_reason_required' },
        });
      if (d.validFrom && d.validUntil && d.validUntil < d.validFrom)
        issue.addIssue({
          code: 'custom',
          path: ['validUntil'],
          params: { code: 'end_before_start' },
        });
    }),
  [
    'refusal_reason_required',
    'valid_from_required',
    'priority_required',
    'priority_reason_required',
    'end_before_start',
  ],
);
export type DecideApplicationRequest = z.infer<typeof DecideApplicationRequest>;

/** One application with its person, assessments and decision (what the reader may see). */
export const ApplicationDetail = ApplicationSummary.extend({
  person: AccessPerson,
  caseId: Id.nullable(),
  caseReference: z.string().nullable(),
  motivation: z.string().nullable(),
  expertiseNeeds: z.array(ExpertiseNeedSchema),
  submittedBy: z.string().nullable(),
  zrmAssessments: z.array(ZrmAssessment).describe('Empty for readers other than access officers'),
  decision: Decision.nullable().describe('Only access officers see the decision itself; others see the status'),
}).meta({ id: 'ApplicationDetail' });
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

/** Support while waiting (e.g. intensive ambulant support). */
export const InterimSupport = z.object({
  id: Id,
  description: z.string(),
  providerOrganisationId: Id.nullable(),
  providerOrganisationName: z.string().nullable(),
  startedOn: IsoDate,
  endedOn: IsoDate.nullable(),
});
export type InterimSupport = z.infer<typeof InterimSupport>;

/** One person waiting for a service. */
export const WaitlistEntry = z
  .object({
    id: Id,
    person: z.object({
      id: Id,
      name: z.string().nullable(),
      birthDate: IsoDate.nullable(),
      age: z.number().int().nullable(),
      municipalityCode: z.string().nullable(),
      municipalityName: z.string().nullable(),
    }),
    service: ServiceCodeSchema,
    listedOn: IsoDate,
    priority: WaitlistPrioritySchema,
    priorityReason: z.string().nullable(),
    expertiseNeeds: z.array(ExpertiseNeedSchema),
    waitingMonths: z.number().describe('Months on the list until today (or removal), days / 30.4375, unrounded'),
    longerThan3Months: z.boolean().describe('addMonths(listedOn, 3) < today, while on the list'),
    declinedOffers: z.number().int(),
    position: z
      .number()
      .int()
      .nullable()
      .describe('Place among the region’s open entries for the same service (1 = next), null once removed'),
    removedOn: IsoDate.nullable(),
    removalReason: WaitlistRemovalReasonSchema.nullable(),
    removalNote: z.string().nullable(),
    interimSupport: z.array(InterimSupport),
  })
  .meta({ id: 'WaitlistEntry' });
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;

export const WaitlistQuery = z.object({
  service: ServiceCodeSchema.optional(),
  municipalityCode: MunicipalityCode.optional(),
  status: z.enum(['open', 'removed']).default('open'),
});
export type WaitlistQuery = z.infer<typeof WaitlistQuery>;
export const Waitlist = z.object({
  items: z.array(WaitlistEntry),
  total: z.number().int(),
  longerThan3Months: z.number().int(),
});
export type Waitlist = z.infer<typeof Waitlist>;

/** Record support while waiting. */
export const AddInterimSupportRequest = z
  .object({
    description: freeText(1000).min(3),
    providerOrganisationId: Id.optional(),
    startedOn: PlannedDate,
    endedOn: PastDate.optional(),
  })
  .refine((s) => !s.endedOn || s.endedOn >= s.startedOn, issueCode('end_before_start', { path: ['endedOn'] }));
export type AddInterimSupportRequest = z.infer<typeof AddInterimSupportRequest>;

/** End support while waiting. */
export const EndInterimSupportRequest = z.object({ endedOn: PastDate });
export type EndInterimSupportRequest = z.infer<typeof EndInterimSupportRequest>;
export const InterimSupportParams = z.object({ id: Id, supportId: Id });

/** Take someone off the waiting list: always with a reason ('placed' only through a placement). */
export const RemoveFromWaitlistRequest = z.object({
  reason: WaitlistRemovalReasonSchema,
  note: freeText(1000).optional(),
  removedOn: PastDate.optional(),
});
export type RemoveFromWaitlistRequest = z.infer<typeof RemoveFromWaitlistRequest>;

/** Provider organisations of the region that can give support while waiting. */
export const InterimProviderList = z.object({ items: z.array(z.object({ id: Id, name: z.string() })) });
export type InterimProviderList = z.infer<typeof InterimProviderList>;
