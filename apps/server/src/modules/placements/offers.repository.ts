import { aliasedTable, and, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { locations, offers, organisations, persons, stays, users, waitlistEntries } from '../../db/schema';
import { declinesOf } from './placements.repository';

/** Which offers a reader may see: the region's (access), or one organisation's (provider). */
export interface OfferScope {
  regionId: string;
  /** Null: every organisation of the region. */
  organisationId: string | null;
}

/** A stored offer row. */
export type OfferRecord = typeof offers.$inferSelect;

const offeredBy = aliasedTable(users, 'offered_by');
const respondedBy = aliasedTable(users, 'responded_by');

/**
 * The motivation of the application behind the waiting-list entry: through the entry's
 * decision, or else the person's latest application for the same service.
 */
const motivation = sql<string | null>`coalesce(
  (select a.motivation from decisions d join applications a on a.id = d.application_id
    where d.id = ${waitlistEntries.decisionId}),
  (select a.motivation from applications a where a.person_id = ${offers.personId}
    and a.region_id = ${offers.regionId} and a.requested_service = ${offers.service}
    order by a.received_on desc, a.created_at desc limit 1))`;

const columns = {
  id: offers.id,
  status: offers.status,
  service: offers.service,
  waitlistEntryId: offers.waitlistEntryId,
  organisationId: offers.organisationId,
  organisationName: organisations.name,
  locationId: offers.locationId,
  locationName: locations.name,
  proposedStartOn: offers.proposedStartOn,
  note: offers.note,
  offeredAt: offers.offeredAt,
  offeredBy: offeredBy.displayName,
  respondedAt: offers.respondedAt,
  respondedBy: respondedBy.displayName,
  declineReason: offers.declineReason,
  stayId: offers.stayId,
  startedOn: stays.startedOn,
  personId: offers.personId,
  givenName: persons.givenName,
  familyName: persons.familyName,
  birthDate: persons.birthDate,
  priority: waitlistEntries.priority,
  waitingSince: waitlistEntries.listedOn,
  expertiseNeeds: waitlistEntries.expertiseNeeds,
  motivation,
  declines: declinesOf(offers.personId),
};

/** An offer with the names and person details its readers see. */
export type OfferRow = Awaited<ReturnType<OffersRepository['list']>>['rows'][number];

function scoped(scope: OfferScope): SQL[] {
  const list: SQL[] = [eq(offers.regionId, scope.regionId)];
  if (scope.organisationId) list.push(eq(offers.organisationId, scope.organisationId));
  return list;
}

/** SQL for offers and the writes of a placement (the stay, the waiting-list removal). */
export class OffersRepository {
  private select(db: Db) {
    return db
      .select(columns)
      .from(offers)
      .innerJoin(organisations, eq(organisations.id, offers.organisationId))
      .innerJoin(locations, eq(locations.id, offers.locationId))
      .innerJoin(persons, eq(persons.id, offers.personId))
      .innerJoin(waitlistEntries, eq(waitlistEntries.id, offers.waitlistEntryId))
      .leftJoin(stays, eq(stays.id, offers.stayId))
      .leftJoin(offeredBy, eq(offeredBy.id, offers.offeredByUserId))
      .leftJoin(respondedBy, eq(respondedBy.id, offers.respondedByUserId))
      .$dynamic();
  }

  /** One page of offers within the scope: open (pending) or answered ones, newest first. */
  async list(db: Db, scope: OfferScope, status: 'open' | 'answered' | 'all', page: { offset: number; limit: number }) {
    const conditions = [...scoped(scope)];
    if (status === 'open') conditions.push(eq(offers.status, 'pending'));
    if (status === 'answered') conditions.push(ne(offers.status, 'pending'));
    const where = and(...conditions);
    const rows = await this.select(db)
      .where(where)
      .orderBy(desc(offers.offeredAt), desc(offers.id))
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(offers).where(where);
    return { rows: rows.map((row) => ({ ...row, declines: Number(row.declines) })), total: totals?.total ?? 0 };
  }

  /** One offer within the scope, with names and person details. */
  async find(db: Db, scope: OfferScope, id: string): Promise<OfferRow | null> {
    const [row] = await this.select(db).where(and(...scoped(scope), eq(offers.id, id)));
    return row ? { ...row, declines: Number(row.declines) } : null;
  }

  /** Lock an offer within the scope for a change in this transaction. */
  async lock(db: Db, scope: OfferScope, id: string): Promise<OfferRecord | null> {
    const [row] = await db
      .select()
      .from(offers)
      .where(and(...scoped(scope), eq(offers.id, id)))
      .for('update');
    return row ?? null;
  }

  /** Store a new pending offer; returns its id. */
  async insert(db: Db, row: typeof offers.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(offers).values(row).returning({ id: offers.id });
    if (!inserted) throw new Error('offer insert returned nothing');
    return inserted.id;
  }

  /** Set the answer (or withdrawal) of a pending offer; false when it was no longer pending. */
  async respond(db: Db, id: string, patch: Partial<typeof offers.$inferInsert>): Promise<boolean> {
    const updated = await db
      .update(offers)
      .set(patch)
      .where(and(eq(offers.id, id), eq(offers.status, 'pending')))
      .returning({ id: offers.id });
    return updated.length === 1;
  }

  /** Take an open entry off the waiting list because the person was placed; false when it was not open. */
  async removePlaced(db: Db, entryId: string, removedOn: string): Promise<boolean> {
    const updated = await db
      .update(waitlistEntries)
      .set({ removedOn, removalReason: 'placed', updatedAt: new Date() })
      .where(and(eq(waitlistEntries.id, entryId), sql`${waitlistEntries.removedOn} is null`))
      .returning({ id: waitlistEntries.id });
    return updated.length === 1;
  }

  /** Start a stay; returns its id. */
  async insertStay(db: Db, row: typeof stays.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(stays).values(row).returning({ id: stays.id });
    if (!inserted) throw new Error('stay insert returned nothing');
    return inserted.id;
  }

  /** Declined offers per person (for the waiting list and the veldtafel). */
  async declineCounts(db: Db, regionId: string, personIds: string[]): Promise<Map<string, number>> {
    if (personIds.length === 0) return new Map();
    const rows = await db
      .select({ personId: offers.personId, n: count() })
      .from(offers)
      .where(and(eq(offers.regionId, regionId), eq(offers.status, 'declined'), inArray(offers.personId, personIds)))
      .groupBy(offers.personId);
    return new Map(rows.map((row) => [row.personId, Number(row.n)]));
  }
}
