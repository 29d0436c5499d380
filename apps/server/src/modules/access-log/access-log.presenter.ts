import type { AccessLogEntry } from '@springplank/contract';
import type { AccessLogRow } from './access-log.repository';

/** Map a stored access-log row to its API shape. */
export function presentAccessLogEntry(row: AccessLogRow): AccessLogEntry {
  return {
    sequence: row.sequence,
    occurredAt: row.occurredAt.toISOString(),
    userId: row.userId,
    userName: row.userName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    role: row.role,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    personId: row.personId,
    onBehalfOf: row.onBehalfOf,
    requestId: row.requestId,
    details: row.details,
    outcome: row.outcome,
    hash: row.hash,
  };
}
