import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  applications,
  cases,
  decisions,
  municipalities,
  organisations,
  persons,
  users,
  waitlistEntries,
} from '../../db/schema';
import { personInMunicipalitiesOf } from '../person-access/person-access.repository';

/** Whose applications a reader may see: the region's, or only those of one user or organisation. */
export interface ApplicationScope {
  regionId: string;
  /** When set: only what this user submitted (outreach workers). */
  submittedByUserId: string | null;
  /** When set: only what this organisation submitted (providers). */
  submittedByOrganisationId: string | null;
  /** When set: only applications about persons of this organisation's municipalities (local access). */
  municipalitiesOfOrganisationId: string | null;
}

/** An application row with what its list line shows. */
export interface ApplicationRow {
  id: string;
  reference: string;
  status: typeof applications.$inferSelect.status;
  source: typeof applications.$inferSelect.source;
  requestedService: typeof applications.$inferSelect.requestedService;
  receivedOn: string;
  personId: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  submittedByOrganisation: string | null;
}

/** An application row with everything its detail page shows. */
export interface ApplicationDetailRow extends ApplicationRow {
  bsn: string | null;
  address: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  caseId: string | null;
  caseReference: string | null;
  motivation: string | null;
  expertiseNeeds: string[];
  submittedBy: string | null;
}

/** A case as far as starting an application from it needs. */
export interface CaseForApplication {
  id: string;
  reference: string;
  teamId: string;
  teamName: string;
  status: 'open' | 'closed';
  outcome: string | null;
  outcomeDetail: string | null;
  urgency: string;
  personId: string | null;
}

const listColumns = {
  id: applications.id,
  reference: applications.reference,
  status: applications.status,
  source: applications.source,
  requestedService: applications.requestedService,
  receivedOn: applications.receivedOn,
  personId: applications.personId,
  givenName: persons.givenName,
  familyName: persons.familyName,
  birthDate: persons.birthDate,
  submittedByOrganisation: organisations.name,
};

function scopeFilter(scope: ApplicationScope): SQL[] {
  const conditions: SQL[] = [eq(applications.regionId, scope.regionId)];
  if (scope.submittedByUserId) conditions.push(eq(applications.submittedByUserId, scope.submittedByUserId));
  if (scope.submittedByOrganisationId) {
    conditions.push(eq(applications.submittedByOrganisationId, scope.submittedByOrganisationId));
  }
  if (scope.municipalitiesOfOrganisationId) {
    conditions.push(personInMunicipalitiesOf(applications.personId, scope.municipalitiesOfOrganisationId));
  }
  return conditions;
}

/** SQL for applications (aanmeldingen) and their decisions. */
export class ApplicationsRepository {
  /** Whether a reference is taken in the region (references are retried on collision). */
  async referenceTaken(tx: Db, regionId: string, reference: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.regionId, regionId), eq(applications.reference, reference)));
    return row !== undefined;
  }

  /** Insert an application; returns the id. */
  async insert(tx: Db, row: typeof applications.$inferInsert): Promise<string> {
    const [inserted] = await tx.insert(applications).values(row).returning({ id: applications.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** One page of the queue: submitted first, then oldest received first. */
  async queue(
    tx: Db,
    scope: ApplicationScope,
    status: 'submitted' | 'granted' | 'refused' | 'withdrawn' | 'all',
    page: { offset: number; limit: number },
  ): Promise<{ rows: ApplicationRow[]; total: number }> {
    const conditions = scopeFilter(scope);
    if (status !== 'all') conditions.push(eq(applications.status, status));
    const where = and(...conditions);
    const rows = await tx
      .select(listColumns)
      .from(applications)
      .innerJoin(persons, eq(persons.id, applications.personId))
      .leftJoin(organisations, eq(organisations.id, applications.submittedByOrganisationId))
      .where(where)
      .orderBy(
        sql`case when ${applications.status} = 'submitted' then 0 else 1 end`,
        asc(applications.receivedOn),
        asc(applications.createdAt),
      )
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await tx.select({ total: count() }).from(applications).where(where);
    return { rows, total: totals?.total ?? 0 };
  }

  /** One application within the scope, or null (so outsiders cannot tell it exists). */
  async find(tx: Db, scope: ApplicationScope, id: string): Promise<ApplicationDetailRow | null> {
    const submitter = alias(users, 'submitter');
    const [row] = await tx
      .select({
        ...listColumns,
        bsn: persons.bsn,
        address: persons.address,
        municipalityCode: municipalities.code,
        municipalityName: municipalities.name,
        caseId: applications.caseId,
        caseReference: cases.reference,
        motivation: applications.motivation,
        expertiseNeeds: applications.expertiseNeeds,
        submittedBy: submitter.displayName,
      })
      .from(applications)
      .innerJoin(persons, eq(persons.id, applications.personId))
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .leftJoin(organisations, eq(organisations.id, applications.submittedByOrganisationId))
      .leftJoin(cases, eq(cases.id, applications.caseId))
      .leftJoin(submitter, eq(submitter.id, applications.submittedByUserId))
      .where(and(...scopeFilter(scope), eq(applications.id, id)));
    return row ?? null;
  }

  /** Lock an application row for a decision (two officers deciding at once wait for each other). */
  async lockStatus(tx: Db, regionId: string, id: string) {
    const [row] = await tx
      .select({
        id: applications.id,
        status: applications.status,
        personId: applications.personId,
        requestedService: applications.requestedService,
        expertiseNeeds: applications.expertiseNeeds,
      })
      .from(applications)
      .where(and(eq(applications.regionId, regionId), eq(applications.id, id)))
      .for('update');
    return row ?? null;
  }

  /** Set the status after a decision. */
  async setStatus(tx: Db, regionId: string, id: string, status: 'granted' | 'refused'): Promise<void> {
    await tx
      .update(applications)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(applications.regionId, regionId), eq(applications.id, id)));
  }

  /** Insert the decision; returns the id. */
  async insertDecision(tx: Db, row: typeof decisions.$inferInsert): Promise<string> {
    const [inserted] = await tx.insert(decisions).values(row).returning({ id: decisions.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** The decision on an application with who took it and the waiting-list entry it created. */
  async decisionOf(tx: Db, regionId: string, applicationId: string) {
    const [row] = await tx
      .select({
        id: decisions.id,
        granted: decisions.granted,
        service: decisions.service,
        validFrom: decisions.validFrom,
        validUntil: decisions.validUntil,
        priority: decisions.priority,
        priorityReason: decisions.priorityReason,
        refusalReason: decisions.refusalReason,
        iwmoCategory: decisions.iwmoCategory,
        decidedOn: decisions.decidedOn,
        decidedBy: users.displayName,
        waitlistEntryId: waitlistEntries.id,
      })
      .from(decisions)
      .leftJoin(users, eq(users.id, decisions.decidedByUserId))
      .leftJoin(waitlistEntries, eq(waitlistEntries.decisionId, decisions.id))
      .where(and(eq(decisions.regionId, regionId), eq(decisions.applicationId, applicationId)));
    return row ?? null;
  }

  /** A case of the region (of one team when `teamId` is given) with its team name. */
  async caseFor(tx: Db, regionId: string, caseId: string, teamId: string | null): Promise<CaseForApplication | null> {
    const [row] = await tx
      .select({
        id: cases.id,
        reference: cases.reference,
        teamId: cases.teamId,
        teamName: organisations.name,
        status: cases.status,
        outcome: cases.outcome,
        outcomeDetail: cases.outcomeDetail,
        urgency: cases.urgency,
        personId: cases.personId,
      })
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.teamId))
      .where(
        and(
          eq(cases.regionId, regionId),
          eq(cases.id, caseId),
          teamId ? eq(cases.teamId, teamId) : undefined,
          sql`${cases.anonymisedAt} is null`,
        ),
      );
    return row ?? null;
  }

  /** Link a person to a case that had none (an application from the case named the person). */
  async linkCasePerson(tx: Db, regionId: string, caseId: string, personId: string): Promise<void> {
    await tx
      .update(cases)
      .set({ personId })
      .where(and(eq(cases.regionId, regionId), eq(cases.id, caseId), sql`${cases.personId} is null`));
  }
}
