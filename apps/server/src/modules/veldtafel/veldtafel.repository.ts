import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { MO_SERVICES, type IsoDate } from '@springplank/domain';
import type { Db } from '../../db/client';
import {
  caseConferenceActions,
  caseConferenceItems,
  caseConferences,
  housingRecords,
  offers,
  organisations,
  persons,
  stays,
  waitlistEntries,
} from '../../db/schema';

const personName = sql<string>`trim(coalesce(${persons.givenName}, '') || ' ' || coalesce(${persons.familyName}, ''))`;

/** A stored meeting. */
export type ConferenceRow = typeof caseConferences.$inferSelect;
/** An agenda item with the person's name. */
export type ItemRow = Awaited<ReturnType<VeldtafelRepository['items']>>[number];
/** A follow-up action with its owner's name. */
export type ActionRow = Awaited<ReturnType<VeldtafelRepository['actions']>>[number];

/** The raw open records behind the veldtafel signals; the domain rules decide what counts. */
export interface SignalRecords {
  waiting: { personId: string; since: IsoDate }[];
  declines: { personId: string; count: number }[];
  readyNotHoused: { personId: string; since: IsoDate }[];
  shelter: { personId: string; since: IsoDate }[];
}

/** SQL for the veldtafel: meetings, agenda items, actions and the candidates for the agenda. */
export class VeldtafelRepository {
  /**
   * The region's meetings, newest first, with agenda size and open actions. The subqueries
   * name case_conferences.id in full: without a join, drizzle renders a bare "id".
   */
  async list(tx: Db, regionId: string) {
    return tx
      .select({
        id: caseConferences.id,
        title: caseConferences.title,
        heldOn: caseConferences.heldOn,
        itemCount: sql<number>`(select count(*) from case_conference_items i
          where i.conference_id = case_conferences.id)::int`,
        openActions: sql<number>`(select count(*) from case_conference_actions a
          join case_conference_items i on i.id = a.item_id
          where i.conference_id = case_conferences.id and a.done_on is null)::int`,
      })
      .from(caseConferences)
      .where(eq(caseConferences.regionId, regionId))
      .orderBy(sql`${caseConferences.heldOn} desc`, asc(caseConferences.id));
  }

  /** Plan a meeting; returns its id. */
  async insert(tx: Db, row: typeof caseConferences.$inferInsert): Promise<string> {
    const [inserted] = await tx.insert(caseConferences).values(row).returning({ id: caseConferences.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** One meeting of the region (locked when `lock`), or null. */
  async find(tx: Db, regionId: string, id: string, lock = false): Promise<ConferenceRow | null> {
    const query = tx
      .select()
      .from(caseConferences)
      .where(and(eq(caseConferences.regionId, regionId), eq(caseConferences.id, id)));
    const [row] = lock ? await query.for('update') : await query;
    return row ?? null;
  }

  /** The agenda of a meeting, in order. */
  async items(tx: Db, conferenceId: string) {
    return tx
      .select({
        id: caseConferenceItems.id,
        personId: caseConferenceItems.personId,
        personName,
        reason: caseConferenceItems.reason,
        note: caseConferenceItems.note,
        decision: caseConferenceItems.decision,
        position: caseConferenceItems.position,
      })
      .from(caseConferenceItems)
      .innerJoin(persons, eq(persons.id, caseConferenceItems.personId))
      .where(eq(caseConferenceItems.conferenceId, conferenceId))
      .orderBy(asc(caseConferenceItems.position), asc(caseConferenceItems.createdAt));
  }

  /** The follow-up actions of these agenda items. */
  async actions(tx: Db, itemIds: string[]) {
    if (itemIds.length === 0) return [];
    return tx
      .select({
        id: caseConferenceActions.id,
        itemId: caseConferenceActions.itemId,
        description: caseConferenceActions.description,
        ownerOrganisationId: caseConferenceActions.ownerOrganisationId,
        ownerOrganisationName: organisations.name,
        dueOn: caseConferenceActions.dueOn,
        doneOn: caseConferenceActions.doneOn,
      })
      .from(caseConferenceActions)
      .leftJoin(organisations, eq(organisations.id, caseConferenceActions.ownerOrganisationId))
      .where(inArray(caseConferenceActions.itemId, itemIds))
      .orderBy(asc(caseConferenceActions.createdAt), asc(caseConferenceActions.id));
  }

  /** Put a case on the agenda, after the last item. */
  async insertItem(tx: Db, row: Omit<typeof caseConferenceItems.$inferInsert, 'position'>): Promise<string> {
    const [last] = await tx
      .select({ position: max(caseConferenceItems.position) })
      .from(caseConferenceItems)
      .where(eq(caseConferenceItems.conferenceId, row.conferenceId));
    const [inserted] = await tx
      .insert(caseConferenceItems)
      .values({ ...row, position: (last?.position ?? -1) + 1 })
      .returning({ id: caseConferenceItems.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** The agenda item of this meeting for a person, or for an item id. */
  async findItem(tx: Db, conferenceId: string, match: { personId?: string; itemId?: string }) {
    const [row] = await tx
      .select()
      .from(caseConferenceItems)
      .where(
        and(
          eq(caseConferenceItems.conferenceId, conferenceId),
          match.personId ? eq(caseConferenceItems.personId, match.personId) : undefined,
          match.itemId ? eq(caseConferenceItems.id, match.itemId) : undefined,
        ),
      );
    return row ?? null;
  }

  /** Record the decision on an agenda item. */
  async setDecision(tx: Db, itemId: string, decision: string | null): Promise<void> {
    await tx
      .update(caseConferenceItems)
      .set({ decision, updatedAt: new Date() })
      .where(eq(caseConferenceItems.id, itemId));
  }

  /** Add a follow-up action to an agenda item. */
  async insertAction(tx: Db, row: typeof caseConferenceActions.$inferInsert): Promise<void> {
    await tx.insert(caseConferenceActions).values(row);
  }

  /** A follow-up action of this meeting, with the person it concerns. */
  async findAction(tx: Db, conferenceId: string, actionId: string) {
    const [row] = await tx
      .select({ id: caseConferenceActions.id, personId: caseConferenceItems.personId })
      .from(caseConferenceActions)
      .innerJoin(caseConferenceItems, eq(caseConferenceItems.id, caseConferenceActions.itemId))
      .where(and(eq(caseConferenceItems.conferenceId, conferenceId), eq(caseConferenceActions.id, actionId)));
    return row ?? null;
  }

  /** Mark an action done on a day, or not done (null). */
  async setDone(tx: Db, actionId: string, doneOn: IsoDate | null): Promise<void> {
    await tx.update(caseConferenceActions).set({ doneOn }).where(eq(caseConferenceActions.id, actionId));
  }

  /** The region's active organisations (owners of actions). */
  async organisations(tx: Db, regionId: string) {
    return tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.regionId, regionId), eq(organisations.active, true)))
      .orderBy(asc(organisations.name));
  }

  /** Names of persons of the region. */
  async personNames(tx: Db, regionId: string, personIds: string[]) {
    if (personIds.length === 0) return [];
    return tx
      .select({ personId: persons.id, personName })
      .from(persons)
      .where(and(eq(persons.regionId, regionId), inArray(persons.id, personIds)));
  }

  /** Persons in the flow: an open waiting-list entry, an open stay or a housing record without a home. */
  async flowPersons(tx: Db, regionId: string) {
    return tx
      .select({ personId: persons.id, personName })
      .from(persons)
      .where(
        and(
          eq(persons.regionId, regionId),
          // Written out in full: without a join, drizzle would render the outer column as a bare "id".
          sql`(exists (select 1 from waitlist_entries w where w.person_id = persons.id and w.removed_on is null)
            or exists (select 1 from stays s where s.person_id = persons.id and s.ended_on is null)
            or exists (select 1 from housing_records h where h.person_id = persons.id and h.housed_on is null))`,
        ),
      )
      .orderBy(asc(personName), asc(persons.id));
  }

  /**
   * The open records that may be signals on `today`, optionally for one person. Dates are
   * pre-filtered loosely (three months are at least 89 days); veldtafelSignals decides exactly.
   */
  async signalRecords(tx: Db, regionId: string, cutoff: IsoDate, personId?: string): Promise<SignalRecords> {
    const waiting = await tx
      .select({ personId: waitlistEntries.personId, since: waitlistEntries.listedOn })
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.regionId, regionId),
          isNull(waitlistEntries.removedOn),
          sql`${waitlistEntries.listedOn} <= ${cutoff}`,
          personId ? eq(waitlistEntries.personId, personId) : undefined,
        ),
      );
    const declines = await tx
      .select({ personId: offers.personId, count: sql<number>`count(*)::int` })
      .from(offers)
      .where(
        and(
          eq(offers.regionId, regionId),
          eq(offers.status, 'declined'),
          personId ? eq(offers.personId, personId) : undefined,
        ),
      )
      .groupBy(offers.personId);
    const readyNotHoused = await tx
      .select({ personId: housingRecords.personId, since: housingRecords.readyOn })
      .from(housingRecords)
      .where(
        and(
          eq(housingRecords.regionId, regionId),
          isNull(housingRecords.housedOn),
          sql`${housingRecords.readyOn} <= ${cutoff}`,
          personId ? eq(housingRecords.personId, personId) : undefined,
        ),
      );
    const shelter = await tx
      .select({ personId: stays.personId, since: stays.startedOn })
      .from(stays)
      .where(
        and(
          eq(stays.regionId, regionId),
          isNull(stays.endedOn),
          inArray(stays.service, [...MO_SERVICES]),
          sql`${stays.startedOn} <= ${cutoff}`,
          personId ? eq(stays.personId, personId) : undefined,
        ),
      );
    return { waiting, declines, readyNotHoused, shelter };
  }
}
