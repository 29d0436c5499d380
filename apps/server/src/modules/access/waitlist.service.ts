import type {
  AddInterimSupportRequest,
  EndInterimSupportRequest,
  InterimProviderList,
  RemoveFromWaitlistRequest,
  Waitlist,
  WaitlistEntry,
  WaitlistQuery,
} from '@springplank/contract';
import type { IssueCode, IssueParams } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { presentWaitlistEntry } from './waitlist.presenter';
import { localAccessOrganisation } from './access.policy';
import type { WaitlistRepository, WaitlistScope } from './waitlist.repository';

function invalid(path: string, code: IssueCode, params?: IssueParams): AppError {
  return new AppError('VALIDATION_FAILED', {}, [{ path, code, params }]);
}

/** The waiting list of the region: reading it, support while waiting, and removal with a reason. */
export class WaitlistService {
  constructor(
    private readonly db: Db,
    private readonly repository: WaitlistRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** The list, most urgent and longest waiting first; the persons shown are logged. */
  async list(ctx: ActorContext, query: WaitlistQuery): Promise<Waitlist> {
    const regionId = ctx.actor.regionId;
    const today = dutchDateOf(this.now());
    return this.db.transaction(async (tx) => {
      const scope = { regionId, municipalitiesOfOrganisationId: localAccessOrganisation(ctx) };
      const rows = await this.repository.list(tx, scope, query);
      const support = await this.repository.interimSupportOf(
        tx,
        regionId,
        rows.map((row) => row.id),
      );
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'waitlist.list', subjectType: 'waitlist_entry', details: { ...query } },
        rows.map((row) => ({ personId: row.personId, subjectId: row.id })),
      );
      const items = rows.map((row) => presentWaitlistEntry(row, support, today));
      return { items, total: items.length, longerThan3Months: items.filter((item) => item.longerThan3Months).length };
    });
  }

  /** The providers that can give support while waiting (no personal data, so not logged). */
  async providers(ctx: ActorContext): Promise<InterimProviderList> {
    return this.db.transaction(async (tx) => ({ items: await this.repository.providers(tx, ctx.actor.regionId) }));
  }

  /** One entry with its support while waiting; logged. */
  async detail(ctx: ActorContext, id: string): Promise<WaitlistEntry> {
    return this.db.transaction(async (tx) => {
      const scope = { regionId: ctx.actor.regionId, municipalitiesOfOrganisationId: localAccessOrganisation(ctx) };
      const entry = await this.load(tx, scope, id);
      await this.accessLog.record(tx, ctx, {
        action: 'waitlist.read',
        subjectType: 'waitlist_entry',
        subjectId: id,
        personId: entry.person.id,
      });
      return entry;
    });
  }

  /** Record support while waiting for someone still on the list; logged. */
  async addInterimSupport(ctx: ActorContext, id: string, request: AddInterimSupportRequest): Promise<WaitlistEntry> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      const entry = await this.repository.lock(tx, regionId, id);
      if (!entry) throw new AppError('NOT_FOUND');
      if (entry.removedOn) throw new AppError('WAITLIST_ENTRY_CLOSED');
      const providerId = request.providerOrganisationId ?? null;
      if (providerId && !(await this.repository.isProvider(tx, regionId, providerId))) {
        throw new AppError('INTERIM_PROVIDER_UNKNOWN');
      }
      const supportId = await this.repository.insertInterimSupport(tx, {
        regionId,
        waitlistEntryId: id,
        description: request.description,
        providerOrganisationId: providerId,
        startedOn: request.startedOn,
        endedOn: request.endedOn ?? null,
      });
      const loaded = await this.load(tx, regionId, id);
      await this.accessLog.record(tx, ctx, {
        action: 'waitlist.interim_support.create',
        subjectType: 'interim_support',
        subjectId: supportId,
        personId: loaded.person.id,
        details: { waitlistEntryId: id },
      });
      return loaded;
    });
  }

  /** End support while waiting (once, not before it started); logged. */
  async endInterimSupport(
    ctx: ActorContext,
    id: string,
    supportId: string,
    request: EndInterimSupportRequest,
  ): Promise<WaitlistEntry> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      const support = await this.repository.findInterimSupport(tx, regionId, id, supportId);
      if (!support) throw new AppError('NOT_FOUND');
      if (support.endedOn) throw new AppError('INTERIM_SUPPORT_ENDED');
      if (request.endedOn < support.startedOn) throw invalid('endedOn', 'end_before_start');
      await this.repository.endInterimSupport(tx, regionId, supportId, request.endedOn);
      const loaded = await this.load(tx, regionId, id);
      await this.accessLog.record(tx, ctx, {
        action: 'waitlist.interim_support.end',
        subjectType: 'interim_support',
        subjectId: supportId,
        personId: loaded.person.id,
        details: { waitlistEntryId: id, endedOn: request.endedOn },
      });
      return loaded;
    });
  }

  /**
   * Take someone off the list with a reason. 'placed' is refused here: only the placement flow
   * (an accepted offer that starts a stay) may record it, so the realized waiting time of the
   * indicators always ends in a real stay.
   */
  async remove(ctx: ActorContext, id: string, request: RemoveFromWaitlistRequest): Promise<WaitlistEntry> {
    if (request.reason === 'placed') throw new AppError('WAITLIST_PLACED_VIA_PLACEMENT');
    const regionId = ctx.actor.regionId;
    const today = dutchDateOf(this.now());
    const removedOn = request.removedOn ?? today;
    if (removedOn > today) throw invalid('removedOn', 'date_in_future');
    return this.db.transaction(async (tx) => {
      const entry = await this.repository.lock(tx, regionId, id);
      if (!entry) throw new AppError('NOT_FOUND');
      if (entry.removedOn) throw new AppError('WAITLIST_ENTRY_CLOSED');
      if (removedOn < entry.listedOn) {
        throw invalid('removedOn', 'too_early', { minimum: entry.listedOn });
      }
      await this.repository.remove(tx, regionId, id, { removedOn, reason: request.reason, note: request.note || null });
      const loaded = await this.load(tx, regionId, id);
      await this.accessLog.record(tx, ctx, {
        action: 'waitlist.remove',
        subjectType: 'waitlist_entry',
        subjectId: id,
        personId: loaded.person.id,
        details: { reason: request.reason, removedOn },
      });
      return loaded;
    });
  }

  /** Load one entry of the region (NOT_FOUND otherwise); not logged. */
  private async load(tx: Db, scope: WaitlistScope | string, id: string): Promise<WaitlistEntry> {
    const row = await this.repository.find(tx, scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    const regionId = typeof scope === 'string' ? scope : scope.regionId;
    const support = await this.repository.interimSupportOf(tx, regionId, [id]);
    return presentWaitlistEntry(row, support, dutchDateOf(this.now()));
  }
}
