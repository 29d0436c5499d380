import { and, asc, count, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, organisations } from '../../db/schema';
import { TriageRepository } from '../triage/triage.repository';
import type { CaseScope } from './cases.policy';

// Repositories hold no state; the triage counts have one implementation, in triage.
const triageRepository = new TriageRepository();

/** Open and unassigned cases of one team. */
export interface TeamLoadRow {
  teamId: string;
  open: number;
  unassigned: number;
}

/** Open cases of one team still waiting for a first contact attempt, by where the deadline stands. */
export interface TeamDeadlineRow {
  teamId: string;
  onTime: number;
  dueToday: number;
  overdue: number;
}

function scoped(scope: CaseScope): SQL[] {
  const list: SQL[] = [eq(cases.regionId, scope.regionId)];
  if (scope.teamId) list.push(eq(cases.teamId, scope.teamId));
  return list;
}

/** SQL for the counts on the cases overview; counting only, never a row about a person. */
export class CasesOverviewRepository {
  /**
   * The teams of the overview: the scope's own team, or every outreach team of the region
   * (active ones, and inactive ones that still have open cases), by name.
   */
  async teams(db: Db, scope: CaseScope): Promise<{ id: string; name: string }[]> {
    const stillBusy = sql`exists (select 1 from cases c where c.team_id = ${organisations.id} and c.status = 'open')`;
    return db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        and(
          eq(organisations.regionId, scope.regionId),
          scope.teamId
            ? eq(organisations.id, scope.teamId)
            : and(eq(organisations.kind, 'outreach_team'), or(eq(organisations.active, true), stillBusy)),
        ),
      )
      .orderBy(asc(organisations.name), asc(organisations.id));
  }

  /** Open and unassigned cases per team (index cases_team_open_idx). */
  async load(db: Db, scope: CaseScope): Promise<TeamLoadRow[]> {
    return db
      .select({
        teamId: cases.teamId,
        open: count(),
        unassigned: sql<number>`count(*) filter (where ${cases.assignedUserId} is null)::int`,
      })
      .from(cases)
      .where(and(...scoped(scope), eq(cases.status, 'open')))
      .groupBy(cases.teamId);
  }

  /**
   * Open cases without a first contact attempt per team: due after today, today, or before
   * today. The conditions match the partial index cases_first_contact_due_idx.
   */
  async deadlines(db: Db, scope: CaseScope, today: string): Promise<TeamDeadlineRow[]> {
    return db
      .select({
        teamId: cases.teamId,
        onTime: sql<number>`count(*) filter (where ${cases.firstContactDueOn} > ${today})::int`,
        dueToday: sql<number>`count(*) filter (where ${cases.firstContactDueOn} = ${today})::int`,
        overdue: sql<number>`count(*) filter (where ${cases.firstContactDueOn} < ${today})::int`,
      })
      .from(cases)
      .where(and(...scoped(scope), eq(cases.status, 'open'), isNull(cases.firstContactAt)))
      .groupBy(cases.teamId);
  }

  /** New (untriaged) reports of a region: the triage queue's own counts, so both screens agree. */
  triage(db: Db, regionId: string, today: string) {
    return triageRepository.newCounts(db, regionId, today);
  }
}
