import type {
  AccessPerson,
  ApplicationDetail,
  ApplicationSummary,
  Decision,
  ZrmAssessment,
} from '@springplank/contract';
import { ageOn, type ExpertiseTag } from '@springplank/domain';
import type { PersonRow } from '../triage/persons.repository';
import type { ApplicationDetailRow, ApplicationRow, ApplicationsRepository } from './applications.repository';
import type { ZrmAssessmentRow } from './zrm.repository';

/** A display name from the parts we know, or null. */
export function nameOf(person: { givenName: string | null; familyName: string | null }): string | null {
  return [person.givenName, person.familyName].filter(Boolean).join(' ') || null;
}

/** Completed years on `today`, or null without a birth date. */
export function ageOf(birthDate: string | null, today: string): number | null {
  return birthDate ? ageOn(birthDate, today) : null;
}

/** A person as access officers see them. */
export function presentPerson(row: PersonRow, municipalityName: string | null, today: string): AccessPerson {
  return {
    id: row.id,
    bsn: row.bsn,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    age: ageOf(row.birthDate, today),
    address: row.address,
    municipalityCode: row.municipalityCode,
    municipalityName,
  };
}

/** One line of the applications queue. */
export function presentApplicationSummary(row: ApplicationRow): ApplicationSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    source: row.source,
    requestedService: row.requestedService,
    receivedOn: row.receivedOn,
    person: { id: row.personId, name: nameOf(row), birthDate: row.birthDate },
    submittedByOrganisation: row.submittedByOrganisation,
  };
}

/** A ZRM assessment: domain names and scores only. */
export function presentZrm(row: ZrmAssessmentRow): ZrmAssessment {
  return { id: row.id, assessedOn: row.assessedOn, applicationId: row.applicationId, scores: row.scores };
}

/** The decision as the contract shows it. */
export function presentDecision(row: NonNullable<Awaited<ReturnType<ApplicationsRepository['decisionOf']>>>): Decision {
  return { ...row };
}

/**
 * One application. `full` is for access officers; other readers (the outreach worker or
 * provider who submitted it) see the status but neither the assessments nor the decision.
 */
export function presentApplicationDetail(
  row: ApplicationDetailRow,
  extra: { zrm: ZrmAssessmentRow[]; decision: Decision | null; full: boolean; today: string },
): ApplicationDetail {
  return {
    ...presentApplicationSummary(row),
    person: {
      id: row.personId,
      bsn: row.bsn,
      givenName: row.givenName,
      familyName: row.familyName,
      birthDate: row.birthDate,
      age: ageOf(row.birthDate, extra.today),
      address: row.address,
      municipalityCode: row.municipalityCode,
      municipalityName: row.municipalityName,
    },
    caseId: row.caseId,
    caseReference: row.caseReference,
    motivation: row.motivation,
    expertiseNeeds: row.expertiseNeeds as ExpertiseTag[],
    submittedBy: row.submittedBy,
    zrmAssessments: extra.full ? extra.zrm.map(presentZrm) : [],
    decision: extra.full ? extra.decision : null,
  };
}
