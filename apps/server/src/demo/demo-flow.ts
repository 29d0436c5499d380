import { addDays, addMonths, ZRM_DOMAINS, type ZrmDomain } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import {
  caseConferenceActions,
  caseConferenceItems,
  caseConferences,
  housingRecords,
  locations,
  persons,
  stays,
  supportPlanGoals,
  supportPlanReviews,
  supportPlans,
} from '../db/schema';
import { ZrmRepository } from '../modules/access/zrm.repository';
import type { DemoContext } from './demo-context';

/** ZRM scores in domain order (13 values, 1–5). */
function zrm(values: number[]): Record<ZrmDomain, number> {
  return Object.fromEntries(ZRM_DOMAINS.map((domain, i) => [domain, values[i] ?? 3])) as Record<ZrmDomain, number>;
}

/**
 * Demo records for plans, outflow and the veldtafel: a plan with two ZRM assessments at De
 * Brug, three people ready to move on (one waiting over three months, with a request at
 * IJsselhuis; one at another provider), one person De Brug can still mark ready, and one
 * veldtafel meeting with a decision and an action.
 */
export async function loadFlowDemo(context: DemoContext): Promise<void> {
  const { tx, regionId, today } = context;
  const id = (map: ReadonlyMap<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`demo key missing: ${key}`);
    return value;
  };
  const debrug = id(context.organisationIds, 'debrug');
  const herstelhuis = id(context.organisationIds, 'herstelhuis');
  const ijsselhuis = id(context.organisationIds, 'ijsselhuis');
  const berkelstroom = id(context.organisationIds, 'berkelstroom');
  const provider = id(context.userIds, 'aanbieder@debrug.demo.test');
  const officer = id(context.userIds, 'toegang@deventer.demo.test');
  const deventer = id(context.municipalityIds, 'GM0150');

  const firstLocation = async (organisationId: string) => {
    const [row] = await tx
      .select({ id: locations.id })
      .from(locations)
      .where(and(eq(locations.regionId, regionId), eq(locations.organisationId, organisationId)))
      .limit(1);
    return row?.id ?? null;
  };
  const placed = async (
    givenName: string,
    familyName: string,
    birthDate: string,
    organisationId: string,
    startedOn: string,
  ) => {
    const [person] = await tx
      .insert(persons)
      .values({ regionId, givenName, familyName, birthDate, municipalityId: deventer })
      .returning({ id: persons.id });
    if (!person) throw new Error('insert failed');
    const [stay] = await tx
      .insert(stays)
      .values({
        regionId,
        personId: person.id,
        service: 'beschermd_wonen',
        organisationId,
        locationId: await firstLocation(organisationId),
        startedOn,
      })
      .returning({ id: stays.id });
    if (!stay) throw new Error('insert failed');
    return { personId: person.id, stayId: stay.id };
  };

  // A plan coordinated by De Brug, with goals, a review and two ZRM assessments.
  const sanne = await placed('Sanne', 'de Vries', '1994-04-12', debrug, addMonths(today, -8));
  const [plan] = await tx
    .insert(supportPlans)
    .values({ regionId, personId: sanne.personId, coordinatorUserId: provider, coordinatorOrganisationId: debrug })
    .returning({ id: supportPlans.id });
  if (!plan) throw new Error('insert failed');
  await tx.insert(supportPlanGoals).values([
    {
      regionId,
      planId: plan.id,
      lifeDomain: 'finances',
      description: 'Schulden in beeld en een budgetplan',
      status: 'achieved',
      targetOn: addMonths(today, -1),
    },
    {
      regionId,
      planId: plan.id,
      lifeDomain: 'housing',
      description: 'Zelfstandig wonen met ambulante begeleiding',
      targetOn: addMonths(today, 4),
    },
    {
      regionId,
      planId: plan.id,
      lifeDomain: 'time_use',
      description: 'Drie dagdelen vrijwilligerswerk',
      targetOn: addMonths(today, 2),
    },
  ]);
  await tx.insert(supportPlanReviews).values({
    regionId,
    planId: plan.id,
    reviewedOn: addMonths(today, -1),
    summary: 'Budgetplan loopt; volgende stap is zoeken naar een eigen woning.',
    reviewedByUserId: provider,
  });
  const zrmRepository = new ZrmRepository();
  await zrmRepository.insertAssessment(tx, {
    regionId,
    personId: sanne.personId,
    applicationId: null,
    assessedOn: addMonths(today, -7),
    assessedByUserId: provider,
    scores: zrm([1, 2, 2, 1, 3, 2, 3, 2, 4, 2, 2, 2, 4]),
  });
  await zrmRepository.insertAssessment(tx, {
    regionId,
    personId: sanne.personId,
    applicationId: null,
    assessedOn: addMonths(today, -1),
    assessedByUserId: provider,
    scores: zrm([3, 3, 3, 2, 4, 3, 4, 3, 5, 4, 3, 3, 5]),
  });

  // Ready to move on for over three months, request at IJsselhuis: past the promise.
  const mohamed = await placed('Mohamed', 'El Amrani', '1988-09-30', debrug, addMonths(today, -14));
  const [late] = await tx
    .insert(housingRecords)
    .values({
      regionId,
      personId: mohamed.personId,
      stayId: mohamed.stayId,
      readyOn: addDays(addMonths(today, -4), -3),
      corporationId: ijsselhuis,
      requestedAt: new Date(`${addMonths(today, -4)}T10:00:00Z`),
      contactName: 'Mohamed El Amrani',
      contactPhone: '06 12 34 56 78',
      householdSize: 1,
      urgent: true,
      housingNeeds: 'Gelijkvloers of met lift; dicht bij het station (werk in Apeldoorn).',
      recordedByUserId: provider,
    })
    .returning({ id: housingRecords.id });
  if (!late) throw new Error('insert failed');

  // Ready three weeks ago, no request sent yet.
  const kim = await placed('Kim', 'Jansen', '1999-01-21', debrug, addMonths(today, -6));
  await tx.insert(housingRecords).values({
    regionId,
    personId: kim.personId,
    stayId: kim.stayId,
    readyOn: addDays(today, -21),
    recordedByUserId: provider,
  });

  // Still in the stay: De Brug can mark this person ready (the outflow walk-through).
  await placed('Thomas', 'Bakker', '1991-07-05', debrug, addMonths(today, -10));

  // At another provider, request at Berkelstroom: invisible to De Brug and IJsselhuis.
  const ilse = await placed('Ilse', 'Mulder', '1985-11-02', herstelhuis, addMonths(today, -12));
  await tx.insert(housingRecords).values({
    regionId,
    personId: ilse.personId,
    stayId: ilse.stayId,
    readyOn: addMonths(today, -5),
    corporationId: berkelstroom,
    requestedAt: new Date(`${addMonths(today, -5)}T09:00:00Z`),
    contactName: 'Ilse Mulder',
    contactEmail: 'ilse.mulder@example.org',
    householdSize: 2,
    housingNeeds: 'Twee kamers; zoon komt om het weekend.',
  });

  // One veldtafel meeting next week, with Mohamed on the agenda.
  const [meeting] = await tx
    .insert(caseConferences)
    .values({
      regionId,
      title: 'Veldtafel Midden-IJssel',
      heldOn: addDays(today, 7),
      agenda: 'Mensen die langer dan drie maanden klaar zijn zonder woning; lange verblijven in de opvang.',
      createdByUserId: officer,
    })
    .returning({ id: caseConferences.id });
  if (!meeting) throw new Error('insert failed');
  const [item] = await tx
    .insert(caseConferenceItems)
    .values({
      regionId,
      conferenceId: meeting.id,
      personId: mohamed.personId,
      reason: 'ready_not_housed_over_3_months',
      decision: 'Urgentie aanvragen; IJsselhuis zoekt actief naar een gelijkvloerse woning.',
    })
    .returning({ id: caseConferenceItems.id });
  if (!item) throw new Error('insert failed');
  await tx.insert(caseConferenceActions).values({
    regionId,
    itemId: item.id,
    description: 'Twee passende woningen voorstellen',
    ownerOrganisationId: ijsselhuis,
    dueOn: addDays(today, 21),
  });
}
