import { and, asc, count, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { caseEvents, cases, municipalities, organisations, persons, reports, userRoles, users } from '../../db/schema';
import type { CaseScope } from './cases.policy';

/** A stored case row. */
export type CaseRow = typeof cases.$inferSelect;

/** Filters of the case queue. */
export interface CaseQueueFilter {
  status: 'open' | 'closed';
  assigned: 'me' | 'unassigned' | 'all';
  teamId?: string;
  userId: string;
}

const queueColumns = {
  id: cases.id,
  reference: cases.reference,
  teamId: cases.teamId,
  teamName: organisations.name,
  status: cases.status,
  urgency: cases.urgency,
  personId: cases.personId,
  personGivenName: persons.givenName,
  personFamilyName: persons.familyName,
  // Without a linked person, the name as the first report gave it.
  reportedName: sql<string | null>`(select r.subject_name from reports r
    where r.case_id = ${cases.id} and r.subject_name is not null order by r.received_at limit 1)`,
  assignedUserId: cases.assignedUserId,
  assignedUserName: users.displayName,
  openedAt: cases.openedAt,
  firstContactDueOn: cases.firstContactDueOn,
  firstContactAt: cases.firstContactAt,
  closedAt: cases.closedAt,
  outcome: cases.outcome,
  reportCount: sql<number>`(select count(*) from reports r where r.case_id = ${cases.id})::int`,
};

const detailColumns = {
  ...queueColumns,
  outcomeDetail: cases.outcomeDetail,
  wvggzDueOn: cases.wvggzDueOn,
  personId: persons.id,
  personBirthDate: persons.birthDate,
  personAddress: persons.address,
};

/** A case as the queue lists it, with team, person and assignee names. */
export type CaseQueueRow = Awaited<ReturnType<CasesRepository['queue']>>['rows'][number];
/** A case with everything its detail page shows about the case itself. */
export type CaseDetailRow = NonNullable<Awaited<ReturnType<CasesRepository['find']>>>;

/** A report of a case as the team sees it: content, never the reporter's contact details. */
export type CaseReportRow = Awaited<ReturnType<CasesRepository['reportsOf']>>[number];

/** A report just closed along with its case (for the feedback e-mail and the retention rule). */
export interface ClosedReportRow {
  id: string;
  regionId: string;
  reference: string;
  reporterEmail: string | null;
  wantsFeedback: boolean;
}

function scoped(scope: CaseScope): SQL[] {
  const list: SQL[] = [eq(cases.regionId, scope.regionId)];
  if (scope.teamId) list.push(eq(cases.teamId, scope.teamId));
  return list;
}

/** SQL for cases: the queue, one case with its reports and timeline, and the changes to a case. */
export class CasesRepository {
  /** One page of the queue within the scope, and the total; `today` decides what is overdue. */
  async queue(
    db: Db,
    scope: CaseScope,
    filter: CaseQueueFilter,
    today: string,
    page: { offset: number; limit: number },
  ) {
    const conditions = [...scoped(scope), eq(cases.status, filter.status)];
    if (filter.teamId) conditions.push(eq(cases.teamId, filter.teamId));
    if (filter.assigned === 'me') conditions.push(eq(cases.assignedUserId, filter.userId));
    if (filter.assigned === 'unassigned') conditions.push(isNull(cases.assignedUserId));
    const where = and(...conditions);
    const overdue = sql`(${cases.firstContactAt} is null and ${cases.firstContactDueOn} < ${today})`;
    // Open cases: overdue first, then by deadline and age. Closed ones: most recently closed first.
    const order =
      filter.status === 'open'
        ? [desc(overdue), asc(cases.firstContactDueOn), asc(cases.openedAt), asc(cases.id)]
        : [desc(cases.closedAt), asc(cases.id)];
    const rows = await db
      .select(queueColumns)
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.teamId))
      .leftJoin(persons, eq(persons.id, cases.personId))
      .leftJoin(users, eq(users.id, cases.assignedUserId))
      .where(where)
      .orderBy(...order)
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(cases).where(where);
    return { rows, total: totals?.total ?? 0 };
  }

  /** One case within the scope, with names. */
  async find(db: Db, scope: CaseScope, id: string) {
    const [row] = await db
      .select(detailColumns)
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.teamId))
      .leftJoin(persons, eq(persons.id, cases.personId))
      .leftJoin(users, eq(users.id, cases.assignedUserId))
      .where(and(...scoped(scope), eq(cases.id, id)));
    return row ?? null;
  }

  /** Lock a case within the scope for a change in this transaction. */
  async lock(db: Db, scope: CaseScope, id: string): Promise<CaseRow | null> {
    const [row] = await db
      .select()
      .from(cases)
      .where(and(...scoped(scope), eq(cases.id, id)))
      .for('update');
    return row ?? null;
  }

  /** The reports of a case, oldest first: what was reported, not who reported it. */
  async reportsOf(db: Db, caseId: string) {
    return db
      .select({
        id: reports.id,
        reference: reports.reference,
        receivedAt: reports.receivedAt,
        acute: reports.acute,
        categories: reports.categories,
        concern: reports.concern,
        subjectName: reports.subjectName,
        subjectAddress: reports.subjectAddress,
        subjectDescription: reports.subjectDescription,
        locationAddress: reports.locationAddress,
        municipalityName: municipalities.name,
      })
      .from(reports)
      .innerJoin(municipalities, eq(municipalities.id, reports.municipalityId))
      .where(eq(reports.caseId, caseId))
      .orderBy(asc(reports.receivedAt), asc(reports.id));
  }

  /** The timeline of a case, in the order things happened. */
  async timeline(db: Db, caseId: string) {
    return db
      .select({
        id: caseEvents.id,
        occurredAt: caseEvents.occurredAt,
        kind: caseEvents.kind,
        channel: caseEvents.channel,
        result: caseEvents.result,
        note: caseEvents.note,
        userName: users.displayName,
        details: caseEvents.details,
      })
      .from(caseEvents)
      .leftJoin(users, eq(users.id, caseEvents.userId))
      .where(eq(caseEvents.caseId, caseId))
      .orderBy(asc(caseEvents.occurredAt), asc(caseEvents.id));
  }

  /** Active outreach workers of a team, by name; with `userId`, only that user (if they are one). */
  async teamMembers(db: Db, regionId: string, teamId: string, userId?: string) {
    return db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'outreach_worker')))
      .where(
        and(
          eq(users.regionId, regionId),
          eq(users.organisationId, teamId),
          eq(users.active, true),
          userId ? eq(users.id, userId) : undefined,
        ),
      )
      .orderBy(asc(users.displayName), asc(users.id));
  }

  /** Change case fields. */
  async update(db: Db, id: string, patch: Partial<typeof cases.$inferInsert>): Promise<void> {
    await db.update(cases).set(patch).where(eq(cases.id, id));
  }

  /** Keep the earliest contact moment: set `first_contact_at` unless an earlier one is known. */
  async recordContact(db: Db, id: string, at: Date): Promise<void> {
    await db
      .update(cases)
      .set({ firstContactAt: sql`least(${cases.firstContactAt}, ${at.toISOString()}::timestamptz)` })
      .where(eq(cases.id, id));
  }

  /** Add an event to a case's timeline. */
  async insertEvent(db: Db, row: typeof caseEvents.$inferInsert): Promise<void> {
    await db.insert(caseEvents).values(row);
  }

  /** Close the case's reports that are not closed yet; returns them. */
  async closeReports(db: Db, caseId: string, closedAt: Date): Promise<ClosedReportRow[]> {
    return db
      .update(reports)
      .set({ status: 'closed', closedAt })
      .where(and(eq(reports.caseId, caseId), ne(reports.status, 'closed')))
      .returning({
        id: reports.id,
        regionId: reports.regionId,
        reference: reports.reference,
        reporterEmail: reports.reporterEmail,
        wantsFeedback: reports.wantsFeedback,
      });
  }

  /** Remove the reporter's contact details from these reports. */
  async removeReporterContact(db: Db, reportIds: string[]): Promise<void> {
    if (reportIds.length === 0) return;
    await db
      .update(reports)
      .set({ reporterName: null, reporterPhone: null, reporterEmail: null })
      .where(inArray(reports.id, reportIds));
  }
}
