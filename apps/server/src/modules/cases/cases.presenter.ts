import type { CaseDetail, CaseEvent, CaseQueueItem, ReportCategory } from '@springplank/contract';
import { deadlineState, dutchDateOf, type IsoDate } from '@springplank/domain';
import type { CaseDetailRow, CaseQueueRow, CaseReportRow, CasesRepository } from './cases.repository';

type TimelineRow = Awaited<ReturnType<CasesRepository['timeline']>>[number];
type MemberRow = Awaited<ReturnType<CasesRepository['teamMembers']>>[number];

/** The person's name as the team knows it, or as the first report gave it. */
function nameOf(row: CaseQueueRow): string | null {
  const known = [row.personGivenName, row.personFamilyName].filter(Boolean).join(' ');
  return known || row.reportedName;
}

/** One line of the case queue; the first-contact deadline is judged on `today`. */
export function presentQueueItem(row: CaseQueueRow, today: IsoDate): CaseQueueItem {
  return {
    id: row.id,
    reference: row.reference,
    teamId: row.teamId,
    teamName: row.teamName,
    status: row.status,
    urgency: row.urgency,
    personName: nameOf(row),
    assignedUser:
      row.assignedUserId && row.assignedUserName ? { id: row.assignedUserId, name: row.assignedUserName } : null,
    openedAt: row.openedAt.toISOString(),
    firstContactDueOn: row.firstContactDueOn,
    firstContactAt: row.firstContactAt?.toISOString() ?? null,
    deadlineState: deadlineState(
      row.firstContactDueOn,
      row.firstContactAt ? dutchDateOf(row.firstContactAt) : null,
      today,
    ),
    closedAt: row.closedAt?.toISOString() ?? null,
    outcome: row.outcome,
    reportCount: row.reportCount,
  };
}

/** One entry of a case's timeline. */
export function presentEvent(row: TimelineRow): CaseEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    kind: row.kind,
    channel: row.channel,
    result: row.result,
    note: row.note,
    userName: row.userName,
    details: row.details,
  };
}

/** A case as its team sees it: never the reporters' contact details (the rows do not hold them). */
export function presentDetail(
  row: CaseDetailRow,
  parts: { reports: CaseReportRow[]; timeline: TimelineRow[]; teamMembers: MemberRow[] },
  today: IsoDate,
): CaseDetail {
  return {
    ...presentQueueItem(row, today),
    outcomeDetail: row.outcomeDetail,
    wvggzDueOn: row.wvggzDueOn,
    person: row.personId
      ? {
          id: row.personId,
          givenName: row.personGivenName,
          familyName: row.personFamilyName,
          birthDate: row.personBirthDate,
          address: row.personAddress,
        }
      : null,
    reports: parts.reports.map((report) => ({
      id: report.id,
      reference: report.reference,
      receivedAt: report.receivedAt.toISOString(),
      acute: report.acute,
      // Stored by intake from the contract's own list of categories.
      categories: report.categories as ReportCategory[],
      concern: report.concern,
      subjectName: report.subjectName,
      subjectAddress: report.subjectAddress,
      subjectDescription: report.subjectDescription,
      locationAddress: report.locationAddress,
      municipalityName: report.municipalityName,
    })),
    timeline: parts.timeline.map(presentEvent),
    teamMembers: parts.teamMembers,
  };
}
