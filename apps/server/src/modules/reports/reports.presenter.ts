import type { OwnReportSummary, ReportPhase, ReportStatus } from '@springplank/contract';
import type { ReportPhaseRow } from './reports.repository';

/** The public phase of a report: received until routed or merged, closed when closed. */
export function phaseOf(row: Pick<ReportPhaseRow, 'status'>): ReportPhase {
  if (row.status === 'closed') return 'closed';
  if (row.status === 'routed' || row.status === 'merged') return 'in_follow_up';
  return 'received';
}

/** The reporter-facing view of a report: reference, phase and dates, nothing about the person. */
export function presentPhase(row: ReportPhaseRow): ReportStatus {
  return {
    reference: row.reference,
    phase: phaseOf(row),
    receivedAt: row.receivedAt.toISOString(),
    followUpStartedAt: row.routedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** A report in the professional reporter's list of its organisation: phase and dates, never content. */
export function presentOwnReport(row: ReportPhaseRow): OwnReportSummary {
  return { id: row.id, ...presentPhase(row) };
}
