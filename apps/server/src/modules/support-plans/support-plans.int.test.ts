import type { SupportPlanDetail, SupportPlanList } from '@springplank/contract';
import { addDays, dutchDateOf, ZRM_DOMAINS } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, supportPlans } from '../../db/schema';
import { createPerson } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { createFlowStay, createSupportPlan } from '../../test/flow-factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());
const allScores = (score: number) => Object.fromEntries(ZRM_DOMAINS.map((domain) => [domain, score]));

describe('support plans', () => {
  const ctx = useTestApp();

  /** A provider with a signed-in staff member and a person placed with it. */
  async function placedPerson(givenName = 'Piet') {
    const { db, signIn } = ctx();
    const provider = await createOrganisation(db, { kind: 'provider' });
    const staff = await createUser(db, { role: 'provider_staff', organisationId: provider.id });
    const person = await createPerson(db, { givenName, familyName: 'Plan' });
    await createFlowStay(db, { personId: person.id, organisationId: provider.id });
    return { provider, staff, person, client: await signIn(staff.email) };
  }

  async function accessOfficer() {
    const user = await createUser(ctx().db, { role: 'access_officer' });
    return { user, client: await ctx().signIn(user.email) };
  }

  it('lets the placing provider start the one plan of a person, with itself as coordinator', async () => {
    const { staff, person, client } = await placedPerson();
    const before = (await client.get('/api/v1/support-plans')).json<SupportPlanList>();
    expect(before.candidates.map((c) => c.personId)).toContain(person.id);
    const created = await client.post('/api/v1/support-plans', { personId: person.id });
    expect(created.statusCode).toBe(200);
    expect(created.json<SupportPlanDetail>().coordinator).toMatchObject({ userId: staff.id, name: staff.displayName });
    const again = await client.post('/api/v1/support-plans', { personId: person.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PLAN_EXISTS');
    const after = (await client.get('/api/v1/support-plans')).json<SupportPlanList>();
    expect(after.items.map((item) => item.personId)).toEqual([person.id]);
    expect(after.candidates.map((c) => c.personId)).not.toContain(person.id);
  });

  it('refuses a provider the plan of a person not placed with it, on every route (404)', async () => {
    const { db } = ctx();
    const own = await placedPerson();
    const other = await placedPerson('Other');
    await createSupportPlan(db, {
      personId: other.person.id,
      coordinatorUserId: other.staff.id,
      coordinatorOrganisationId: other.provider.id,
    });
    const base = `/api/v1/support-plans/${other.person.id}`;
    const attempts = [
      own.client.get(base),
      own.client.post('/api/v1/support-plans', { personId: other.person.id }),
      own.client.put(`${base}/coordinator`, { coordinatorUserId: own.staff.id }),
      own.client.post(`${base}/goals`, { lifeDomain: 'housing', description: 'Zelfstandig wonen' }),
      own.client.post(`${base}/reviews`, { reviewedOn: today(), summary: 'Gaat goed' }),
      own.client.post(`${base}/zrm-assessments`, { assessedOn: today(), scores: allScores(3) }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(404);
    }
    const list = (await own.client.get('/api/v1/support-plans')).json<SupportPlanList>();
    expect(list.items.map((item) => item.personId)).not.toContain(other.person.id);
    expect(JSON.stringify(list)).not.toContain(other.person.id);
  });

  it('records goals per life domain, their status, reviews and ZRM assessments, each logged', async () => {
    const { db } = ctx();
    const { person, client, staff } = await placedPerson();
    await client.post('/api/v1/support-plans', { personId: person.id });
    const base = `/api/v1/support-plans/${person.id}`;
    const goal = await client.post(`${base}/goals`, {
      lifeDomain: 'finances',
      description: 'Schulden op een rij',
      targetOn: addDays(today(), 90),
    });
    expect(goal.statusCode).toBe(200);
    const goalId = goal.json<SupportPlanDetail>().goals[0]?.id;
    const achieved = await client.patch(`${base}/goals/${goalId}`, { status: 'achieved' });
    expect(achieved.json<SupportPlanDetail>().goals[0]).toMatchObject({ lifeDomain: 'finances', status: 'achieved' });
    await client.post(`${base}/reviews`, { reviewedOn: today(), summary: 'Budgetbeheer loopt.' });
    await client.post(`${base}/zrm-assessments`, { assessedOn: addDays(today(), -90), scores: allScores(2) });
    const detail = (
      await client.post(`${base}/zrm-assessments`, { assessedOn: today(), scores: { ...allScores(3), housing: 4 } })
    ).json<SupportPlanDetail>();
    expect(detail.reviews).toEqual([
      expect.objectContaining({ summary: 'Budgetbeheer loopt.', reviewedBy: staff.displayName }),
    ]);
    expect(detail.assessments.map((a) => a.assessedOn)).toEqual([addDays(today(), -90), today()]);
    expect(detail.assessments[1]?.scores.housing).toBe(4);
    expect(Object.keys(detail.assessments[0]?.scores ?? {})).toHaveLength(13);
    const read = await client.get(base);
    expect(read.json<SupportPlanDetail>().goals).toHaveLength(1);
    const actions = (await db.select().from(accessLog).where(eq(accessLog.personId, person.id))).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'support_plan.create',
        'support_plan.goal.add',
        'support_plan.goal.update',
        'support_plan.review.add',
        'zrm.assessment.add',
        'support_plan.read',
      ]),
    );
  });

  it('refuses an incomplete or out-of-range ZRM, a future review and an unknown goal in Dutch', async () => {
    const { person, client } = await placedPerson();
    await client.post('/api/v1/support-plans', { personId: person.id });
    const base = `/api/v1/support-plans/${person.id}`;
    const { housing: _left, ...twelve } = allScores(3);
    const incomplete = await client.post(`${base}/zrm-assessments`, { assessedOn: today(), scores: twelve });
    expect(incomplete.statusCode).toBe(400);
    const outOfRange = await client.post(`${base}/zrm-assessments`, { assessedOn: today(), scores: allScores(6) });
    expect(outOfRange.statusCode).toBe(400);
    const descriptions = await client.post(`${base}/zrm-assessments`, {
      assessedOn: today(),
      scores: { ...allScores(3), housing: 'Dakloos of in crisisopvang' },
    });
    expect(descriptions.statusCode).toBe(400);
    const future = await client.post(`${base}/reviews`, { reviewedOn: addDays(today(), 2), summary: 'Te vroeg' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toMatch(/[a-z]/);
    const unknownGoal = await client.patch(`${base}/goals/00000000-0000-4000-8000-000000000000`, { status: 'stopped' });
    expect(unknownGoal.statusCode).toBe(404);
  });

  it('lets only the access team or the placing provider coordinate', async () => {
    const { db } = ctx();
    const { person, client } = await placedPerson();
    const officer = await accessOfficer();
    const outsider = await createUser(db, { role: 'provider_staff' });
    await client.post('/api/v1/support-plans', { personId: person.id });
    const base = `/api/v1/support-plans/${person.id}`;
    const refused = await client.put(`${base}/coordinator`, { coordinatorUserId: outsider.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues[0].path).toBe('coordinatorUserId');
    const handed = await client.put(`${base}/coordinator`, { coordinatorUserId: officer.user.id });
    expect(handed.json<SupportPlanDetail>().coordinator.userId).toBe(officer.user.id);
    const [plan] = await db.select().from(supportPlans).where(eq(supportPlans.personId, person.id));
    expect(plan?.coordinatorOrganisationId).toBe(officer.user.organisationId);
  });

  it('shows the access officer every plan of the region, and logs the read', async () => {
    const { db } = ctx();
    const { person, client } = await placedPerson();
    await client.post('/api/v1/support-plans', { personId: person.id });
    const officer = await accessOfficer();
    const list = (await officer.client.get('/api/v1/support-plans')).json<SupportPlanList>();
    expect(list.items.map((item) => item.personId)).toContain(person.id);
    const detail = await officer.client.get(`/api/v1/support-plans/${person.id}`);
    expect(detail.statusCode).toBe(200);
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, officer.user.id), eq(accessLog.action, 'support_plan.read')));
    expect(logged.map((entry) => entry.personId)).toEqual([person.id]);
  });
});
