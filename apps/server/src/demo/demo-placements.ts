import {
  addDays,
  addMonths,
  defaultIwmoCategory,
  type ExpertiseTag,
  type ServiceCode,
  type WaitlistPriority,
} from '@springplank/domain';
import { and, eq, sql } from 'drizzle-orm';
import {
  applications,
  capacityChanges,
  decisions,
  locations,
  offers,
  persons,
  stays,
  waitlistEntries,
} from '../db/schema';
import { newReference } from '../modules/reports/report-tokens';
import type { DemoContext } from './demo-context';

const KEIZERSTRAAT = 'De Brug – Keizerstraat';
const WIJHE = 'De Brug – Wijhe';
const SPITTAAL = 'Herstelhuis – Spittaal';

/** What the demo's locations are good at, where the capacity demo did not say so already. */
const EXPERTISE: Record<string, ExpertiseTag[]> = {
  [KEIZERSTRAAT]: ['addiction', 'pets_allowed'],
  [WIJHE]: ['young_adults'],
  [SPITTAAL]: ['psychiatric_nursing'],
};

/** Beschermd-wonen places, added only where the capacity demo recorded none. */
const PLACES: Record<string, number> = { [KEIZERSTRAAT]: 6, [WIJHE]: 4, [SPITTAAL]: 5 };

/**
 * Demo records for matching and placement: beschermd-wonen places at De Brug and Herstelhuis,
 * four people on the waiting list (with an application's motivation), one pending offer to De
 * Brug (Ahmed Yilmaz), and one finished placement at De Brug – Wijhe (Lotte Bakker) after an
 * earlier decline by Herstelhuis. Ruud Hendriks and Fatima Ouali wait for a free place.
 */
export async function loadPlacementsDemo(context: DemoContext): Promise<void> {
  const { tx, regionId, today } = context;
  const id = (map: ReadonlyMap<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`demo key missing: ${key}`);
    return value;
  };
  const officer = id(context.userIds, 'toegang@deventer.demo.test');
  const provider = id(context.userIds, 'aanbieder@debrug.demo.test');
  const deventer = id(context.municipalityIds, 'GM0150');
  const location = async (name: string) => {
    const [row] = await tx
      .select()
      .from(locations)
      .where(and(eq(locations.regionId, regionId), eq(locations.id, id(context.locationIds, name))));
    if (!row) throw new Error(`demo location missing: ${name}`);
    return row;
  };

  for (const name of [KEIZERSTRAAT, WIJHE, SPITTAAL]) {
    const row = await location(name);
    if (row.expertiseTags.length === 0) {
      await tx.update(locations).set({ expertiseTags: EXPERTISE[name] }).where(eq(locations.id, row.id));
    }
    const [known] = await tx
      .select({ id: capacityChanges.id })
      .from(capacityChanges)
      .where(and(eq(capacityChanges.locationId, row.id), eq(capacityChanges.service, 'beschermd_wonen')))
      .limit(1);
    if (!known) {
      await tx.insert(capacityChanges).values({
        regionId,
        locationId: row.id,
        service: 'beschermd_wonen',
        places: PLACES[name] ?? 4,
        validFrom: addMonths(today, -12),
        recordedByUserId: officer,
      });
    }
  }

  const waiting = async (fields: {
    givenName: string;
    familyName: string;
    birthDate: string;
    listedOn: string;
    priority: WaitlistPriority;
    needs: ExpertiseTag[];
    motivation: string;
    service?: ServiceCode;
  }) => {
    const service = fields.service ?? 'beschermd_wonen';
    const [person] = await tx
      .insert(persons)
      .values({
        regionId,
        givenName: fields.givenName,
        familyName: fields.familyName,
        birthDate: fields.birthDate,
        municipalityId: deventer,
      })
      .returning({ id: persons.id });
    if (!person) throw new Error('insert failed');
    const [application] = await tx
      .insert(applications)
      .values({
        regionId,
        reference: newReference('A'),
        personId: person.id,
        source: 'local_access',
        requestedService: service,
        motivation: fields.motivation,
        expertiseNeeds: fields.needs,
        status: 'granted',
        receivedOn: addDays(fields.listedOn, -14),
        submittedByUserId: officer,
      })
      .returning({ id: applications.id });
    if (!application) throw new Error('insert failed');
    const [decision] = await tx
      .insert(decisions)
      .values({
        regionId,
        applicationId: application.id,
        granted: true,
        service,
        validFrom: fields.listedOn,
        priority: fields.priority,
        iwmoCategory: defaultIwmoCategory(service),
        decidedOn: fields.listedOn,
        decidedByUserId: officer,
      })
      .returning({ id: decisions.id });
    if (!decision) throw new Error('insert failed');
    const [entry] = await tx
      .insert(waitlistEntries)
      .values({
        regionId,
        personId: person.id,
        service,
        listedOn: fields.listedOn,
        priority: fields.priority,
        expertiseNeeds: fields.needs,
        preferredMunicipalityId: deventer,
        decisionId: decision.id,
      })
      .returning();
    if (!entry) throw new Error('insert failed');
    return entry;
  };

  // A pending offer to De Brug – Keizerstraat, waiting for the provider's answer.
  const ahmed = await waiting({
    givenName: 'Ahmed',
    familyName: 'Yilmaz',
    birthDate: '1985-09-30',
    listedOn: addMonths(today, -5),
    priority: 'urgent',
    needs: ['addiction'],
    motivation:
      'Slaapt sinds maanden bij wisselende kennissen; wil van zijn verslaving af en heeft 24-uurs begeleiding nodig.',
  });
  const keizerstraat = await location(KEIZERSTRAAT);
  await tx.insert(offers).values({
    regionId,
    waitlistEntryId: ahmed.id,
    personId: ahmed.personId,
    organisationId: keizerstraat.organisationId,
    locationId: keizerstraat.id,
    service: 'beschermd_wonen',
    proposedStartOn: addDays(today, 7),
    note: 'Kan na een kennismakingsgesprek starten.',
    offeredByUserId: officer,
    offeredAt: sql`now() - interval '2 days'`,
  });

  // A finished placement: declined by Herstelhuis first, then accepted at De Brug – Wijhe.
  const lotte = await waiting({
    givenName: 'Lotte',
    familyName: 'Bakker',
    birthDate: '2003-02-14',
    listedOn: addMonths(today, -7),
    priority: 'high',
    needs: ['young_adults'],
    motivation:
      'Jongvolwassene uit de jeugdzorg zonder woonplek; heeft structuur en begeleiding bij dagbesteding nodig.',
  });
  const spittaal = await location(SPITTAAL);
  await tx.insert(offers).values({
    regionId,
    waitlistEntryId: lotte.id,
    personId: lotte.personId,
    organisationId: spittaal.organisationId,
    locationId: spittaal.id,
    service: 'beschermd_wonen',
    status: 'declined',
    proposedStartOn: addMonths(today, -2),
    offeredByUserId: officer,
    offeredAt: sql`now() - interval '70 days'`,
    respondedAt: sql`now() - interval '66 days'`,
    declineReason: 'Onze groep is op dit moment niet geschikt voor jongvolwassenen.',
  });
  const wijhe = await location(WIJHE);
  const startedOn = addMonths(today, -1);
  const [stay] = await tx
    .insert(stays)
    .values({
      regionId,
      personId: lotte.personId,
      service: 'beschermd_wonen',
      organisationId: wijhe.organisationId,
      locationId: wijhe.id,
      startedOn,
      createdByUserId: provider,
    })
    .returning({ id: stays.id });
  if (!stay) throw new Error('insert failed');
  await tx
    .update(waitlistEntries)
    .set({ removedOn: startedOn, removalReason: 'placed' })
    .where(eq(waitlistEntries.id, lotte.id));
  await tx.insert(offers).values({
    regionId,
    waitlistEntryId: lotte.id,
    personId: lotte.personId,
    organisationId: wijhe.organisationId,
    locationId: wijhe.id,
    service: 'beschermd_wonen',
    status: 'accepted',
    proposedStartOn: startedOn,
    offeredByUserId: officer,
    offeredAt: sql`now() - interval '40 days'`,
    respondedByUserId: provider,
    respondedAt: sql`now() - interval '35 days'`,
    stayId: stay.id,
  });

  // Still waiting: candidates for the free places.
  await waiting({
    givenName: 'Ruud',
    familyName: 'Hendriks',
    birthDate: '1969-11-03',
    listedOn: addMonths(today, -4),
    priority: 'high',
    needs: ['pets_allowed'],
    motivation: 'Dakloos na een huisuitzetting; wil zijn hond houden en heeft hulp nodig bij geld en gezondheid.',
  });
  await waiting({
    givenName: 'Fatima',
    familyName: 'Ouali',
    birthDate: '2004-06-21',
    listedOn: addMonths(today, -2),
    priority: 'normal',
    needs: ['young_adults'],
    motivation: 'Verblijft in de crisisopvang; heeft begeleiding nodig om zelfstandig te leren wonen.',
  });
}
