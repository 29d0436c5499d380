import type {
  AddConferenceActionRequest,
  AddConferenceItemRequest,
  ConferenceDetail,
  ConferenceList,
  ConferenceSuggestion,
  CreateConferenceRequest,
  UpdateConferenceItemRequest,
} from '@springplank/contract';
import { addDays, dutchDateOf, veldtafelSignals, type IsoDate, type VeldtafelFacts } from '@springplank/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { presentItem, presentSuggestion, UNKNOWN_NAME } from './veldtafel.presenter';
import type { SignalRecords, VeldtafelRepository } from './veldtafel.repository';

type CreateInput = z.output<typeof CreateConferenceRequest>;
type AddItemInput = z.output<typeof AddConferenceItemRequest>;
type UpdateItemInput = z.output<typeof UpdateConferenceItemRequest>;
type AddActionInput = z.output<typeof AddConferenceActionRequest>;

/** Three months are never fewer than 89 days: records younger than that cannot be a signal. */
const SHORTEST_THREE_MONTHS = 89;

const NO_FACTS: VeldtafelFacts = {
  openWaitlistSince: [],
  declinedOffers: 0,
  readyNotHousedSince: [],
  openShelterStaySince: [],
};

/** Group the raw records per person into the facts the domain rules judge. */
function factsPerPerson(records: SignalRecords): Map<string, VeldtafelFacts> {
  type Mutable = { waiting: IsoDate[]; declines: number; ready: IsoDate[]; shelter: IsoDate[] };
  const facts = new Map<string, Mutable>();
  const of = (personId: string): Mutable => {
    let entry = facts.get(personId);
    if (!entry) {
      entry = { waiting: [], declines: 0, ready: [], shelter: [] };
      facts.set(personId, entry);
    }
    return entry;
  };
  for (const row of records.waiting) of(row.personId).waiting.push(row.since);
  for (const row of records.declines) of(row.personId).declines = row.count;
  for (const row of records.readyNotHoused) of(row.personId).ready.push(row.since);
  for (const row of records.shelter) of(row.personId).shelter.push(row.since);
  return new Map(
    [...facts].map(([personId, f]) => [
      personId,
      {
        openWaitlistSince: f.waiting,
        declinedOffers: f.declines,
        readyNotHousedSince: f.ready,
        openShelterStaySince: f.shelter,
      },
    ]),
  );
}

/**
 * The veldtafel: meetings of the access team on stuck or complex cases. Cases are suggested
 * automatically (the domain's signals) or added by hand; decisions and follow-up actions are
 * recorded per case. Access officers only; every read and change is logged.
 */
export class VeldtafelService {
  constructor(
    private readonly db: Db,
    private readonly repository: VeldtafelRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The region's meetings and today's automatic suggestions. */
  async list(ctx: ActorContext): Promise<ConferenceList> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      const items = await this.repository.list(tx, regionId);
      const suggestions = await this.suggestions(tx, regionId, new Set());
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'veldtafel.suggestions', subjectType: 'case_conference' },
        suggestions.map((s) => ({ personId: s.personId })),
      );
      return { items, suggestions };
    });
  }

  /** Plan a meeting. */
  async create(ctx: ActorContext, input: CreateInput): Promise<ConferenceDetail> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      const id = await this.repository.insert(tx, {
        regionId,
        title: input.title,
        heldOn: input.heldOn,
        agenda: input.agenda,
        createdByUserId: ctx.actor.userId,
      });
      await this.accessLog.record(tx, ctx, {
        action: 'veldtafel.create',
        subjectType: 'case_conference',
        subjectId: id,
      });
      return this.load(tx, regionId, id);
    });
  }

  /** One meeting with its agenda, decisions and actions. */
  async detail(ctx: ActorContext, id: string): Promise<ConferenceDetail> {
    return this.db.transaction(async (tx) => {
      const detail = await this.load(tx, ctx.actor.regionId, id);
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'veldtafel.read', subjectType: 'case_conference', subjectId: id },
        detail.items.map((item) => ({ personId: item.personId })),
      );
      return detail;
    });
  }

  /** Put a case on the agenda: an automatic reason must apply today; by hand ('manual') with a note. */
  async addItem(ctx: ActorContext, id: string, input: AddItemInput): Promise<ConferenceDetail> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      if (!(await this.repository.find(tx, regionId, id, true))) throw new AppError('NOT_FOUND');
      const [person] = await this.repository.personNames(tx, regionId, [input.personId]);
      if (!person) {
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'personId', code: 'not_in_region' }]);
      }
      if (input.reason !== 'manual') {
        const facts = factsPerPerson(await this.repository.signalRecords(tx, regionId, this.cutoff(), input.personId));
        const hits = veldtafelSignals(facts.get(input.personId) ?? NO_FACTS, this.today());
        if (!hits.some((hit) => hit.reason === input.reason)) throw new AppError('SIGNAL_NOT_APPLICABLE');
      }
      if (await this.repository.findItem(tx, id, { personId: input.personId })) throw new AppError('CONFLICT');
      const itemId = await this.repository.insertItem(tx, {
        regionId,
        conferenceId: id,
        personId: input.personId,
        reason: input.reason,
        note: input.note,
      });
      await this.accessLog.record(tx, ctx, {
        action: 'veldtafel.item.add',
        subjectType: 'case_conference_item',
        subjectId: itemId,
        personId: input.personId,
        details: { conferenceId: id, reason: input.reason },
      });
      return this.load(tx, regionId, id);
    });
  }

  /** Record (or clear) the decision on an agenda item. */
  async updateItem(ctx: ActorContext, id: string, itemId: string, input: UpdateItemInput): Promise<ConferenceDetail> {
    return this.changeItem(ctx, id, itemId, 'veldtafel.item.decision', async (tx) => {
      await this.repository.setDecision(tx, itemId, input.decision);
    });
  }

  /** Add a follow-up action (description, owner organisation, due date) to an agenda item. */
  async addAction(ctx: ActorContext, id: string, itemId: string, input: AddActionInput): Promise<ConferenceDetail> {
    const regionId = ctx.actor.regionId;
    return this.changeItem(ctx, id, itemId, 'veldtafel.action.add', async (tx) => {
      if (input.ownerOrganisationId !== null) {
        const owners = await this.repository.organisations(tx, regionId);
        if (!owners.some((owner) => owner.id === input.ownerOrganisationId)) {
          throw new AppError('VALIDATION_FAILED', {}, [{ path: 'ownerOrganisationId', code: 'not_in_region' }]);
        }
      }
      await this.repository.insertAction(tx, {
        regionId,
        itemId,
        description: input.description,
        ownerOrganisationId: input.ownerOrganisationId,
        dueOn: input.dueOn,
      });
    });
  }

  /** Mark a follow-up action done (today) or not done. */
  async updateAction(ctx: ActorContext, id: string, actionId: string, done: boolean): Promise<ConferenceDetail> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      if (!(await this.repository.find(tx, regionId, id, true))) throw new AppError('NOT_FOUND');
      const action = await this.repository.findAction(tx, id, actionId);
      if (!action) throw new AppError('NOT_FOUND');
      await this.repository.setDone(tx, actionId, done ? this.today() : null);
      await this.accessLog.record(tx, ctx, {
        action: 'veldtafel.action.update',
        subjectType: 'case_conference_action',
        subjectId: actionId,
        personId: action.personId,
        details: { conferenceId: id, done },
      });
      return this.load(tx, regionId, id);
    });
  }

  private async changeItem(
    ctx: ActorContext,
    id: string,
    itemId: string,
    action: string,
    apply: (tx: Db) => Promise<void>,
  ): Promise<ConferenceDetail> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      if (!(await this.repository.find(tx, regionId, id, true))) throw new AppError('NOT_FOUND');
      const item = await this.repository.findItem(tx, id, { itemId });
      if (!item) throw new AppError('NOT_FOUND');
      await apply(tx);
      await this.accessLog.record(tx, ctx, {
        action,
        subjectType: 'case_conference_item',
        subjectId: itemId,
        personId: item.personId,
        details: { conferenceId: id },
      });
      return this.load(tx, regionId, id);
    });
  }

  private today(): IsoDate {
    return dutchDateOf(this.now());
  }

  private cutoff(): IsoDate {
    return addDays(this.today(), -SHORTEST_THREE_MONTHS);
  }

  /** Persons for whom at least one signal applies today, except those in `exclude`. */
  private async suggestions(tx: Db, regionId: string, exclude: Set<string>): Promise<ConferenceSuggestion[]> {
    const facts = factsPerPerson(await this.repository.signalRecords(tx, regionId, this.cutoff()));
    const today = this.today();
    const hits = [...facts]
      .filter(([personId]) => !exclude.has(personId))
      .map(([personId, personFacts]) => ({ personId, signals: veldtafelSignals(personFacts, today) }))
      .filter((candidate) => candidate.signals.length > 0);
    const names = new Map(
      (
        await this.repository.personNames(
          tx,
          regionId,
          hits.map((hit) => hit.personId),
        )
      ).map((row) => [row.personId, row.personName]),
    );
    return hits
      .map((hit) => presentSuggestion(hit.personId, names.get(hit.personId) ?? UNKNOWN_NAME, hit.signals))
      .sort((a, b) => b.signals.length - a.signals.length || a.personName.localeCompare(b.personName, 'nl'));
  }

  /** The meeting with agenda and what the forms choose from; NOT_FOUND outside the region. */
  private async load(tx: Db, regionId: string, id: string): Promise<ConferenceDetail> {
    const conference = await this.repository.find(tx, regionId, id);
    if (!conference) throw new AppError('NOT_FOUND');
    const items = await this.repository.items(tx, id);
    const actions = await this.repository.actions(
      tx,
      items.map((item) => item.id),
    );
    const onAgenda = new Set(items.map((item) => item.personId));
    const people = (await this.repository.flowPersons(tx, regionId))
      .filter((person) => !onAgenda.has(person.personId))
      .map((person) => ({ personId: person.personId, personName: person.personName || UNKNOWN_NAME }));
    return {
      id: conference.id,
      title: conference.title,
      heldOn: conference.heldOn,
      agenda: conference.agenda,
      items: items.map((item) => presentItem(item, actions)),
      suggestions: await this.suggestions(tx, regionId, onAgenda),
      people,
      organisations: await this.repository.organisations(tx, regionId),
    };
  }
}
