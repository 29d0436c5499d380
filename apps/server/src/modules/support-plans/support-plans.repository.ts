import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  organisations,
  persons,
  stays,
  supportPlanGoals,
  supportPlanReviews,
  supportPlans,
  userRoles,
  users,
} from '../../db/schema';

/** The person's name as one string (empty when unknown). */
export const personName = sql<string>`trim(coalesce(${persons.givenName}, '') || ' ' || coalesce(${persons.familyName}, ''))`;

const planColumns = {
  id: supportPlans.id,
  personId: supportPlans.personId,
  personName,
  birthDate: persons.birthDate,
  coordinatorUserId: supportPlans.coordinatorUserId,
  coordinatorName: users.displayName,
  coordinatorOrganisationName: organisations.name,
  createdAt: supportPlans.createdAt,
  openGoals: sql<number>`(select count(*) from support_plan_goals g
    where g.plan_id = ${supportPlans.id} and g.status = 'open')::int`,
  lastAssessedOn: sql<string | null>`(select max(z.assessed_on)::text from zrm_assessments z
    where z.region_id = ${supportPlans.regionId} and z.person_id = ${supportPlans.personId})`,
  lastReviewedOn: sql<string | null>`(select max(r.reviewed_on)::text from support_plan_reviews r
    where r.plan_id = ${supportPlans.id})`,
};

/** A plan with its person's and coordinator's names. */
export type PlanRow = Awaited<ReturnType<SupportPlansRepository['list']>>[number];
/** A goal row. */
export type GoalRow = typeof supportPlanGoals.$inferSelect;
/** A review with the reviewer's name. */
export type ReviewRow = Awaited<ReturnType<SupportPlansRepository['reviews']>>[number];

/** SQL for support plans, their goals and reviews; every query is filtered on the region. */
export class SupportPlansRepository {
  /** The region's plans, by person name. */
  async list(tx: Db, regionId: string) {
    return tx
      .select(planColumns)
      .from(supportPlans)
      .innerJoin(persons, eq(persons.id, supportPlans.personId))
      .innerJoin(users, eq(users.id, supportPlans.coordinatorUserId))
      .innerJoin(organisations, eq(organisations.id, supportPlans.coordinatorOrganisationId))
      .where(eq(supportPlans.regionId, regionId))
      .orderBy(asc(personName), asc(supportPlans.id));
  }

  /** The plan of one person in the region, or null. */
  async find(tx: Db, regionId: string, personId: string): Promise<PlanRow | null> {
    const [row] = await tx
      .select(planColumns)
      .from(supportPlans)
      .innerJoin(persons, eq(persons.id, supportPlans.personId))
      .innerJoin(users, eq(users.id, supportPlans.coordinatorUserId))
      .innerJoin(organisations, eq(organisations.id, supportPlans.coordinatorOrganisationId))
      .where(and(eq(supportPlans.regionId, regionId), eq(supportPlans.personId, personId)));
    return row ?? null;
  }

  /** Lock a person's plan for a change in this transaction; returns its id, or null. */
  async lock(tx: Db, regionId: string, personId: string): Promise<string | null> {
    const [row] = await tx
      .select({ id: supportPlans.id })
      .from(supportPlans)
      .where(and(eq(supportPlans.regionId, regionId), eq(supportPlans.personId, personId)))
      .for('update');
    return row?.id ?? null;
  }

  /** Whether the person exists in the region. */
  async personExists(tx: Db, regionId: string, personId: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.regionId, regionId), eq(persons.id, personId)));
    return row !== undefined;
  }

  /** Persons with an open stay (of one provider, when given) and no plan yet. */
  async candidates(tx: Db, regionId: string, providerOrganisationId: string | null) {
    return tx
      .selectDistinctOn([persons.id], { personId: persons.id, personName, service: stays.service })
      .from(stays)
      .innerJoin(persons, eq(persons.id, stays.personId))
      .leftJoin(supportPlans, eq(supportPlans.personId, persons.id))
      .where(
        and(
          eq(stays.regionId, regionId),
          isNull(stays.endedOn),
          isNull(supportPlans.id),
          providerOrganisationId ? eq(stays.organisationId, providerOrganisationId) : undefined,
        ),
      )
      .orderBy(asc(persons.id), desc(stays.startedOn));
  }

  /**
   * Who may coordinate this person's plan: active access officers of the region, and active
   * provider staff of an organisation with an open stay for the person.
   */
  async coordinatorOptions(tx: Db, regionId: string, personId: string) {
    const placing = sql`exists (select 1 from stays s where s.region_id = ${regionId}
      and s.person_id = ${personId} and s.ended_on is null and s.organisation_id = ${users.organisationId})`;
    return tx
      .selectDistinct({
        userId: users.id,
        name: users.displayName,
        organisationId: organisations.id,
        organisationName: organisations.name,
      })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(
        and(
          eq(users.regionId, regionId),
          eq(users.active, true),
          sql`(${userRoles.role} = 'access_officer' or (${userRoles.role} = 'provider_staff' and ${placing}))`,
        ),
      )
      .orderBy(asc(organisations.name), asc(users.displayName), asc(users.id));
  }

  /** Start a plan. */
  async insert(tx: Db, row: typeof supportPlans.$inferInsert): Promise<void> {
    await tx.insert(supportPlans).values(row);
  }

  /** Hand the plan to another coordinator. */
  async setCoordinator(tx: Db, planId: string, userId: string, organisationId: string): Promise<void> {
    await tx
      .update(supportPlans)
      .set({ coordinatorUserId: userId, coordinatorOrganisationId: organisationId, updatedAt: new Date() })
      .where(eq(supportPlans.id, planId));
  }

  /** The plan's goals, by life domain. */
  async goals(tx: Db, planId: string): Promise<GoalRow[]> {
    return tx
      .select()
      .from(supportPlanGoals)
      .where(eq(supportPlanGoals.planId, planId))
      .orderBy(asc(supportPlanGoals.lifeDomain), asc(supportPlanGoals.createdAt), asc(supportPlanGoals.id));
  }

  /** Add a goal. */
  async insertGoal(tx: Db, row: typeof supportPlanGoals.$inferInsert): Promise<void> {
    await tx.insert(supportPlanGoals).values(row);
  }

  /** Change a goal of this plan; returns whether it existed. */
  async updateGoal(
    tx: Db,
    planId: string,
    goalId: string,
    patch: Partial<Pick<GoalRow, 'status' | 'description' | 'targetOn'>>,
  ): Promise<boolean> {
    const rows = await tx
      .update(supportPlanGoals)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(supportPlanGoals.planId, planId), eq(supportPlanGoals.id, goalId)))
      .returning({ id: supportPlanGoals.id });
    return rows.length > 0;
  }

  /** The plan's reviews, newest first. */
  async reviews(tx: Db, planId: string) {
    return tx
      .select({
        id: supportPlanReviews.id,
        reviewedOn: supportPlanReviews.reviewedOn,
        summary: supportPlanReviews.summary,
        reviewedBy: users.displayName,
      })
      .from(supportPlanReviews)
      .leftJoin(users, eq(users.id, supportPlanReviews.reviewedByUserId))
      .where(eq(supportPlanReviews.planId, planId))
      .orderBy(desc(supportPlanReviews.reviewedOn), desc(supportPlanReviews.createdAt));
  }

  /** Add a review. */
  async insertReview(tx: Db, row: typeof supportPlanReviews.$inferInsert): Promise<void> {
    await tx.insert(supportPlanReviews).values(row);
  }
}
