import type { PersonSummary, ReportCategory, ReportDetail, TriageQueueItem } from '@springplank/contract';
import { deadlineState, dutchDateOf } from '@springplank/domain';
import { phaseOf } from '../reports/reports.presenter';
import type { PersonRow } from './persons.repository';
import type { TriageReportRow } from './triage.repository';

/** The triage deadline state of a report on a given day. */
export function triageState(row: TriageReportRow, today: string) {
  const doneOn = row.routedAt ?? row.closedAt;
  return deadlineState(row.triageDueOn, doneOn ? dutchDateOf(doneOn) : null, today);
}

/** A queue line. */
export function presentQueueItem(row: TriageReportRow, today: string): TriageQueueItem {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    urgency: row.urgency,
    acute: row.acute,
    categories: row.categories as ReportCategory[],
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    district: row.district,
    subjectName: row.subjectName,
    reporterKind: row.reporterKind as TriageQueueItem['reporterKind'],
    triageDueOn: row.triageDueOn,
    deadlineState: triageState(row, today),
  };
}

/** A person as the meldpunt sees them. */
export function presentPerson(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    bsn: row.bsn,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    address: row.address,
    municipalityCode: row.municipalityCode,
    district: row.district,
  };
}

/**
 * Where a report is routed from: the linked person's municipality and district when known
 * (the team responsible for the person), otherwise where the report says it happens.
 */
export function routingAreaOf(
  report: { municipalityId: string; district: string | null },
  person: Pick<PersonRow, 'municipalityId' | 'district'> | null,
): { municipalityId: string; district: string | null } {
  return person?.municipalityId
    ? { municipalityId: person.municipalityId, district: person.district }
    : { municipalityId: report.municipalityId, district: report.district };
}

/** Everything the meldpunt sees of one report. */
export function presentReportDetail(
  row: TriageReportRow,
  today: string,
  extra: Pick<ReportDetail, 'person' | 'case' | 'suggestedTeam' | 'attachments'> & {
    history: { occurredAt: Date; kind: string; userName: string | null; details: Record<string, unknown> }[];
  },
): ReportDetail {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    phase: phaseOf(row),
    channel: row.channel,
    urgency: row.urgency,
    acute: row.acute,
    categories: row.categories as ReportCategory[],
    concern: row.concern,
    subject: {
      name: row.subjectName,
      address: row.subjectAddress,
      approximateAge: row.subjectAge,
      description: row.subjectDescription,
    },
    location: {
      municipalityCode: row.municipalityCode,
      municipalityName: row.municipalityName,
      address: row.locationAddress,
      district: row.district,
    },
    reporter: {
      kind: row.reporterKind as ReportDetail['reporter']['kind'],
      name: row.reporterName,
      phone: row.reporterPhone,
      email: row.reporterEmail,
      wantsFeedback: row.wantsFeedback,
      organisationName: row.reporterOrganisationName,
    },
    receivedAt: row.receivedAt.toISOString(),
    triageDueOn: row.triageDueOn,
    deadlineState: triageState(row, today),
    routedAt: row.routedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    person: extra.person,
    case: extra.case,
    suggestedTeam: extra.suggestedTeam,
    attachments: extra.attachments,
    history: extra.history.map((h) => ({ ...h, occurredAt: h.occurredAt.toISOString() })),
  };
}
