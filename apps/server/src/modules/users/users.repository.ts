import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@springplank/domain';
import type { Db } from '../../db/client';
import { organisations, regions, userRoles, users } from '../../db/schema';

/** A user with organisation name and roles, never with the password hash. */
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: (typeof organisations.$inferSelect)['kind'];
  locale: 'nl' | 'en';
  active: boolean;
  hasPassword: boolean;
  oidcLinked: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  roles: Role[];
}

/** Filters for the user list. */
export interface UserFilter {
  q?: string;
  organisationId?: string;
  role?: Role;
}

const columns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  organisationKind: organisations.kind,
  locale: users.locale,
  active: users.active,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  oidcLinked: sql<boolean>`${users.oidcSubject} is not null`,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  roles: sql<Role[]>`array(select ur.role::text from user_roles ur where ur.user_id = "users"."id" order by 1)`,
};

/** SQL for user accounts. */
export class UsersRepository {
  /** One page of a region's users matching the filter, by name, and the total. */
  async list(
    db: Db,
    regionId: string,
    filter: UserFilter,
    page: { offset: number; limit: number },
  ): Promise<{ rows: UserRow[]; total: number }> {
    const where = and(...filterConditions(regionId, filter));
    const rows = await db
      .select(columns)
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(where)
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(users).where(where);
    return { rows, total: totals?.total ?? 0 };
  }

  /** One user of a region. */
  async find(db: Db, regionId: string, id: string): Promise<UserRow | null> {
    const [row] = await db
      .select(columns)
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(eq(users.regionId, regionId), eq(users.id, id)));
    return row ?? null;
  }

  /** Insert a user; returns the id. */
  async insert(db: Db, row: typeof users.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(users).values(row).returning({ id: users.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** Change profile fields. */
  async update(
    db: Db,
    regionId: string,
    id: string,
    patch: Partial<Pick<typeof users.$inferInsert, 'displayName' | 'organisationId' | 'active' | 'passwordHash'>>,
  ): Promise<void> {
    await db
      .update(users)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(users.regionId, regionId), eq(users.id, id)));
  }

  /** Replace a user's roles. */
  async setRoles(db: Db, regionId: string, userId: string, roles: Role[]): Promise<void> {
    await db.delete(userRoles).where(eq(userRoles.userId, userId));
    if (roles.length === 0) return;
    await db.insert(userRoles).values([...new Set(roles)].map((role) => ({ regionId, userId, role })));
  }

  /**
   * The region's active administrators. Call `lockRegionAdministration` first, so that two
   * administrators demoting each other at once cannot both succeed and leave none.
   */
  async activeAdministrators(db: Db, regionId: string): Promise<string[]> {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'administrator')))
      .where(and(eq(users.regionId, regionId), eq(users.active, true)));
    return rows.map((row) => row.id);
  }

  /** Serialise changes that take administrators away in one region (row lock on the region). */
  async lockRegionAdministration(db: Db, regionId: string): Promise<void> {
    await db.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId)).for('update');
  }

  /** An organisation's kind, if it belongs to the region. */
  async organisationKind(db: Db, regionId: string, organisationId: string) {
    const [row] = await db
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(and(eq(organisations.regionId, regionId), eq(organisations.id, organisationId)));
    return row?.kind ?? null;
  }
}

function filterConditions(regionId: string, filter: UserFilter): SQL[] {
  const list: SQL[] = [eq(users.regionId, regionId)];
  if (filter.organisationId) list.push(eq(users.organisationId, filter.organisationId));
  if (filter.role) {
    list.push(
      sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${filter.role})`,
    );
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.displayName, pattern), ilike(users.email, pattern));
    if (match) list.push(match);
  }
  return list;
}
