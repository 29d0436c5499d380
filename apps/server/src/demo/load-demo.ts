import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { analyzeTables, publicTables } from '../db/maintenance';
import {
  locations,
  municipalities,
  organisationMunicipalities,
  organisations,
  regions,
  routingRules,
  userRoles,
  users,
} from '../db/schema';
import type { PasswordHasher } from '../modules/auth/password';
import type { AccessLogKeys } from '../modules/access-log/access-log.chain';
import { loadAccessDemo } from './demo-access';
import { loadCapacityDemo } from './demo-capacity';
import type { DemoContext } from './demo-context';
import { loadFlowDemo } from './demo-flow';
import { loadMonitorDemo } from './demo-monitor';
import { loadPlacementsDemo } from './demo-placements';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_REGION_SLUG, DEMO_USERS } from './demo-region';

/** The outcome of loading the demo. */
export type DemoLoadResult = 'loaded' | 'already-present';

/** True when the database holds no organisations and no users yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [orgs] = await db.select({ n: count() }).from(organisations);
  const [people] = await db.select({ n: count() }).from(users);
  return (orgs?.n ?? 0) === 0 && (people?.n ?? 0) === 0;
}

/**
 * Load the Midden-IJssel demo organisations, locations, users and history (once), then analyze
 * the tables so the first monitor query is planned on the loaded data (maintenance.ts).
 */
export async function loadDemo(
  db: Db,
  passwords: PasswordHasher,
  keys: AccessLogKeys,
  /** Runs the ANALYZE: on split roles only the tables' owner may (DATABASE_OWNER_URL). */
  statisticsDb: Db = db,
): Promise<DemoLoadResult> {
  const result = await loadDemoData(db, passwords, keys);
  // Every area writes its own tables; analyzing them all (empty ones cost nothing) keeps this
  // right when an area is added. After the commit: loadDemoData's transaction has ended here.
  if (result === 'loaded') await analyzeTables(statisticsDb, await publicTables(statisticsDb));
  return result;
}

/** The demo's rows, all in one transaction. */
async function loadDemoData(db: Db, passwords: PasswordHasher, keys: AccessLogKeys): Promise<DemoLoadResult> {
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [region] = await tx.select().from(regions).where(eq(regions.slug, DEMO_REGION_SLUG));
    if (!region) throw new Error(`reference region ${DEMO_REGION_SLUG} missing; run the migrations`);
    const [existing] = await tx.select({ n: count() }).from(organisations).where(eq(organisations.regionId, region.id));
    if ((existing?.n ?? 0) > 0) return 'already-present';

    const municipalityIds = new Map(
      (await tx.select().from(municipalities).where(eq(municipalities.regionId, region.id))).map((m) => [m.code, m.id]),
    );
    const idOfMunicipality = (code: string) => {
      const id = municipalityIds.get(code);
      if (!id) throw new Error(`unknown municipality ${code}`);
      return id;
    };
    const organisationIds = new Map<string, string>();
    const locationIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const [row] = await tx
        .insert(organisations)
        .values({ regionId: region.id, name: org.name, kind: org.kind })
        .returning({ id: organisations.id });
      if (!row) throw new Error('insert failed');
      organisationIds.set(org.key, row.id);
      await tx.insert(organisationMunicipalities).values(
        org.municipalities.map((code) => ({
          regionId: region.id,
          organisationId: row.id,
          municipalityId: idOfMunicipality(code),
        })),
      );
      for (const location of org.locations ?? []) {
        const [inserted] = await tx
          .insert(locations)
          .values({
            regionId: region.id,
            organisationId: row.id,
            municipalityId: idOfMunicipality(location.municipality),
            name: location.name,
            address: location.address,
          })
          .returning({ id: locations.id });
        if (!inserted) throw new Error('insert failed');
        locationIds.set(location.name, inserted.id);
      }
    }
    // Each bemoeizorgteam follows up reports from the municipalities it serves.
    for (const org of DEMO_ORGANISATIONS.filter((o) => o.kind === 'outreach_team')) {
      await tx.insert(routingRules).values(
        org.municipalities.map((code) => ({
          regionId: region.id,
          municipalityId: idOfMunicipality(code),
          teamId: organisationIds.get(org.key)!,
        })),
      );
    }
    for (const user of DEMO_USERS) {
      const organisationId = organisationIds.get(user.organisation);
      if (!organisationId) throw new Error(`unknown organisation ${user.organisation}`);
      const [row] = await tx
        .insert(users)
        .values({ regionId: region.id, organisationId, email: user.email, displayName: user.displayName, passwordHash })
        .returning({ id: users.id });
      if (!row) throw new Error('insert failed');
      userIds.set(user.email, row.id);
      await tx.insert(userRoles).values(user.roles.map((role) => ({ regionId: region.id, userId: row.id, role })));
    }
    const context: DemoContext = {
      tx,
      regionId: region.id,
      organisationIds,
      userIds,
      municipalityIds,
      locationIds,
      today: new Date().toISOString().slice(0, 10),
      accessLogKeys: keys,
    };
    await loadAreaDemos(context);
    return 'loaded';
  });
}

/** The access-and-flow and monitor records of the demo, area by area, in dependency order. */
async function loadAreaDemos(context: DemoContext): Promise<void> {
  await loadCapacityDemo(context);
  await loadAccessDemo(context);
  await loadPlacementsDemo(context);
  await loadFlowDemo(context);
  await loadMonitorDemo(context);
}

/** True when the demo accounts exist (so printing them on start is useful, not misleading). */
export async function demoAccountsPresent(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_USERS.map((u) => u.email),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/** The demo accounts as lines for the console. */
export function demoLoginLines(): string[] {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  return DEMO_USERS.map((u) => `  ${u.email.padEnd(width)}  ${u.roles.join(', ')}`);
}
