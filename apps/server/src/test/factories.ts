import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { DEFAULT_MONITOR_TARGETS, SERVICE_CODES, type OrganisationKind, type Role } from '@springplank/domain';
import type { Db } from '../db/client';
import {
  monitorTargets,
  municipalities,
  organisationMunicipalities,
  organisations,
  regionServices,
  regions,
  userRoles,
  users,
} from '../db/schema';
import { PasswordHasher } from '../modules/auth/password';

/** The password of every user a factory creates. */
export const TEST_PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | null = null;
const hashOnce = () => (passwordHash ??= new PasswordHasher().hash(TEST_PASSWORD));

/** The Midden-IJssel reference region every migrated database has. */
export async function referenceRegion(db: Db) {
  const [region] = await db.select().from(regions).where(eq(regions.slug, 'midden-ijssel'));
  if (!region) throw new Error('reference region missing');
  return region;
}

// Test municipalities get codes GM9000–GM9999, handed out in turn from a random start: a random
// code per region collided now and then when a file made a few dozen regions.
let nextTestMunicipality = Math.floor(Math.random() * 1000);

/** A second region with one municipality, to prove that nothing crosses regions. */
export async function createRegion(db: Db, overrides: { slug?: string; name?: string } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const [region] = await db
    .insert(regions)
    .values({ slug: overrides.slug ?? `test-${suffix}`, name: overrides.name ?? `Testregio ${suffix}` })
    .returning();
  if (!region) throw new Error('insert failed');
  await db.insert(municipalities).values({
    regionId: region.id,
    code: `GM9${String(nextTestMunicipality++ % 1000).padStart(3, '0')}`,
    name: `Testgemeente ${suffix}`,
  });
  // Like the migration does for existing regions: a new region offers every service.
  await db.insert(regionServices).values(SERVICE_CODES.map((service) => ({ regionId: region.id, service })));
  // Like 0005_monitor.sql does for existing regions: the regiovisie's default targets.
  await db.insert(monitorTargets).values(DEFAULT_MONITOR_TARGETS.map((target) => ({ regionId: region.id, ...target })));
  return region;
}

/** An organisation in a region (the reference region unless given). */
export async function createOrganisation(
  db: Db,
  fields: { kind: OrganisationKind; name?: string; regionId?: string; municipalityCodes?: string[] },
) {
  const regionId = fields.regionId ?? (await referenceRegion(db)).id;
  const [organisation] = await db
    .insert(organisations)
    .values({ regionId, kind: fields.kind, name: fields.name ?? `Organisatie ${randomUUID().slice(0, 8)}` })
    .returning();
  if (!organisation) throw new Error('insert failed');
  for (const code of fields.municipalityCodes ?? []) {
    const [municipality] = await db.select().from(municipalities).where(eq(municipalities.code, code));
    if (!municipality) throw new Error(`unknown municipality ${code}`);
    await db
      .insert(organisationMunicipalities)
      .values({ regionId, organisationId: organisation.id, municipalityId: municipality.id });
  }
  return organisation;
}

/** The kind of organisation a user with this role typically works for. */
const KIND_FOR_ROLE: Record<Role, OrganisationKind> = {
  professional_reporter: 'police',
  meldpunt_operator: 'meldpunt',
  outreach_worker: 'outreach_team',
  access_officer: 'regional_access',
  provider_staff: 'provider',
  housing_officer: 'housing_corporation',
  policy_analyst: 'municipality',
  administrator: 'municipality',
  privacy_officer: 'municipality',
};

/** A user with a role (and, unless given, a fitting new organisation), password TEST_PASSWORD. */
export async function createUser(
  db: Db,
  fields: {
    role: Role;
    roles?: Role[];
    organisationId?: string;
    regionId?: string;
    email?: string;
    displayName?: string;
    active?: boolean;
  },
) {
  const organisation = fields.organisationId
    ? (await db.select().from(organisations).where(eq(organisations.id, fields.organisationId)))[0]
    : await createOrganisation(db, { kind: KIND_FOR_ROLE[fields.role], regionId: fields.regionId });
  if (!organisation) throw new Error('organisation not found');
  const suffix = randomUUID().slice(0, 8);
  const [user] = await db
    .insert(users)
    .values({
      regionId: organisation.regionId,
      organisationId: organisation.id,
      email: fields.email ?? `${fields.role}.${suffix}@test.springplank.test`,
      displayName: fields.displayName ?? `Test ${fields.role} ${suffix}`,
      passwordHash: await hashOnce(),
      active: fields.active ?? true,
    })
    .returning();
  if (!user) throw new Error('insert failed');
  const roles = fields.roles ?? [fields.role];
  await db.insert(userRoles).values(roles.map((role) => ({ regionId: organisation.regionId, userId: user.id, role })));
  return { ...user, roles, organisation };
}

/**
 * An access officer of a local access team (wijkteam) whose organisation covers the given
 * municipalities of the reference region (default: Deventer, GM0150).
 */
export async function createLocalAccessOfficer(db: Db, fields: { municipalityCodes?: string[] } = {}) {
  const team = await createOrganisation(db, {
    kind: 'local_access',
    municipalityCodes: fields.municipalityCodes ?? ['GM0150'],
  });
  return createUser(db, { role: 'access_officer', organisationId: team.id });
}
