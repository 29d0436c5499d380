import { addDays, addMonths, type ExpertiseTag, type ServiceCode, type StayEndReason } from '@springplank/domain';
import { eq } from 'drizzle-orm';
import { capacityChanges, locations, persons, stays } from '../db/schema';
import type { DemoContext } from './demo-context';

/** Places of one service at one demo location over time (months relative to the demo's today). */
interface PlacesHistory {
  service: ServiceCode;
  changes: { monthsAgo: number; places: number; note?: string }[];
}

/** Current stays at a location: how many, and how many of them started more than three months ago. */
interface CurrentStays {
  service: ServiceCode;
  count: number;
  long: number;
}

interface DemoLocation {
  name: string;
  expertise: ExpertiseTag[];
  places: PlacesHistory[];
  current: CurrentStays[];
  ended?: { service: ServiceCode; reason: StayEndReason; note?: string }[];
  recordedBy: string;
}

const PROVIDER = 'aanbieder@debrug.demo.test';
const OFFICER = 'toegang@deventer.demo.test';

/**
 * The demo's capacity and occupancy. De Brug – Keizerstraat has 12 BW places; with the
 * flow demo's four BW stays there and the placements demo's pending offer, 10 are occupied,
 * 1 is held and 1 is free. The shelter (Onderdak Salland) has 27 current stays, 10 of them
 * longer than three months (37 %, above the regiovisie's one in three), and a future
 * change of beds at Het Baken.
 */
const LOCATIONS: DemoLocation[] = [
  {
    name: 'De Brug – Keizerstraat',
    expertise: ['addiction', 'pets_allowed'],
    places: [
      {
        service: 'beschermd_wonen',
        changes: [
          { monthsAgo: 24, places: 10, note: 'Start registratie' },
          { monthsAgo: 9, places: 12, note: 'Twee appartementen erbij na verbouwing' },
        ],
      },
    ],
    current: [{ service: 'beschermd_wonen', count: 6, long: 5 }],
    ended: [{ service: 'beschermd_wonen', reason: 'independent_housing', note: 'Eigen woning via IJsselhuis' }],
    recordedBy: PROVIDER,
  },
  {
    name: 'De Brug – Wijhe',
    expertise: ['young_adults'],
    places: [
      { service: 'beschermd_wonen', changes: [{ monthsAgo: 18, places: 4 }] },
      { service: 'beschut_wonen', changes: [{ monthsAgo: 18, places: 6 }] },
    ],
    current: [
      { service: 'beschermd_wonen', count: 2, long: 1 },
      { service: 'beschut_wonen', count: 4, long: 3 },
    ],
    recordedBy: PROVIDER,
  },
  {
    name: 'Herstelhuis – Spittaal',
    expertise: ['psychiatric_nursing', 'autism'],
    places: [{ service: 'beschermd_wonen', changes: [{ monthsAgo: 20, places: 8 }] }],
    current: [{ service: 'beschermd_wonen', count: 6, long: 5 }],
    recordedBy: OFFICER,
  },
  {
    name: 'Herstelhuis – Lochem',
    expertise: ['mild_intellectual_disability'],
    places: [{ service: 'beschut_wonen', changes: [{ monthsAgo: 20, places: 5 }] }],
    current: [{ service: 'beschut_wonen', count: 3, long: 2 }],
    recordedBy: OFFICER,
  },
  {
    name: 'Nachtopvang Het Baken',
    expertise: ['addiction', 'pets_allowed'],
    places: [
      {
        service: 'nachtopvang',
        changes: [
          { monthsAgo: 24, places: 18 },
          { monthsAgo: 6, places: 20, note: 'Winterregeling structureel gemaakt' },
          { monthsAgo: -1, places: 22, note: 'Extra kamer na verbouwing' },
        ],
      },
      { service: '24uursopvang', changes: [{ monthsAgo: 24, places: 8 }] },
    ],
    current: [
      { service: 'nachtopvang', count: 14, long: 5 },
      { service: '24uursopvang', count: 6, long: 2 },
    ],
    ended: [
      { service: 'nachtopvang', reason: 'moved_on', note: 'Naar beschermd wonen De Brug' },
      { service: 'nachtopvang', reason: 'dropped_out' },
      { service: '24uursopvang', reason: 'independent_housing' },
      { service: 'nachtopvang', reason: 'moved_away', note: 'Terug naar familie in Groningen' },
    ],
    recordedBy: OFFICER,
  },
  {
    name: 'Crisisopvang Raalte',
    expertise: ['women_only', 'couples'],
    places: [
      { service: 'crisisopvang', changes: [{ monthsAgo: 24, places: 6 }] },
      { service: 'ambulante_crisisopvang', changes: [{ monthsAgo: 12, places: 10 }] },
    ],
    current: [
      { service: 'crisisopvang', count: 3, long: 1 },
      { service: 'ambulante_crisisopvang', count: 4, long: 2 },
    ],
    ended: [{ service: 'crisisopvang', reason: 'moved_on' }],
    recordedBy: OFFICER,
  },
];

const GIVEN = [
  'Bram',
  'Noor',
  'Youssef',
  'Eva',
  'Dirk',
  'Samira',
  'Jeroen',
  'Fenna',
  'Kevin',
  'Leila',
  'Henk',
  'Iris',
  'Tim',
  'Mila',
];
const FAMILY = [
  'Hoekstra',
  'Visser',
  'Benali',
  'Smit',
  'Kok',
  'de Groot',
  'Meijer',
  'Bos',
  'Vos',
  'Peters',
  'Dekker',
  'Brouwer',
];
const MUNICIPALITIES = ['GM0150', 'GM0150', 'GM0301', 'GM0177', 'GM1773', 'GM0262'];

/**
 * Insert the demo's capacity: expertise tags, places per service with their history, and
 * current and ended stays of demo persons (with birth dates, some young adults, and
 * municipalities across the region). Runs inside the demo loader's transaction, before the
 * placements demo (which adds places only where none are recorded).
 */
export async function loadCapacityDemo(context: DemoContext): Promise<void> {
  const { tx, regionId, today } = context;
  const required = (map: ReadonlyMap<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`demo key missing: ${key}`);
    return value;
  };
  let serial = 0;
  const newPerson = async () => {
    const n = serial++;
    // Every fifth person is a young adult (18–27); the others are 28 to 60.
    const age = n % 5 === 0 ? 19 + (n % 8) : 28 + ((n * 7) % 33);
    const [person] = await tx
      .insert(persons)
      .values({
        regionId,
        givenName: GIVEN[n % GIVEN.length],
        familyName: FAMILY[(n * 5) % FAMILY.length],
        birthDate: addDays(addMonths(today, -12 * age), -((n * 37) % 300)),
        municipalityId: required(context.municipalityIds, MUNICIPALITIES[n % MUNICIPALITIES.length]!),
      })
      .returning({ id: persons.id });
    if (!person) throw new Error('insert failed');
    return person.id;
  };

  for (const demo of LOCATIONS) {
    const locationId = required(context.locationIds, demo.name);
    const [location] = await tx.select().from(locations).where(eq(locations.id, locationId));
    if (!location) throw new Error(`demo location missing: ${demo.name}`);
    const recordedByUserId = required(context.userIds, demo.recordedBy);
    await tx.update(locations).set({ expertiseTags: demo.expertise }).where(eq(locations.id, locationId));
    for (const history of demo.places) {
      await tx.insert(capacityChanges).values(
        history.changes.map((change) => ({
          regionId,
          locationId,
          service: history.service,
          places: change.places,
          validFrom: addMonths(today, -change.monthsAgo),
          note: change.note ?? null,
          recordedByUserId,
        })),
      );
    }
    const stay = (service: ServiceCode, personId: string, startedOn: string) => ({
      regionId,
      personId,
      service,
      organisationId: location.organisationId,
      locationId,
      startedOn,
      createdByUserId: recordedByUserId,
    });
    for (const current of demo.current) {
      for (let i = 0; i < current.count; i++) {
        // Long stays started 4 to 16 months ago, the others 1 to 80 days ago.
        const startedOn =
          i < current.long
            ? addDays(addMonths(today, -4 - ((i * 5) % 13)), -i)
            : addDays(today, -(1 + ((i * 11) % 80)));
        await tx.insert(stays).values(stay(current.service, await newPerson(), startedOn));
      }
    }
    for (const [i, ended] of (demo.ended ?? []).entries()) {
      const startedOn = addMonths(today, -(5 + i * 2));
      await tx.insert(stays).values({
        ...stay(ended.service, await newPerson(), startedOn),
        endedOn: addMonths(startedOn, 2 + i),
        endReason: ended.reason,
        endNote: ended.note ?? null,
      });
    }
  }
}
