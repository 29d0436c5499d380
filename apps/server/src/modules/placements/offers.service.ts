import type { CreateOfferRequest, Offer, OfferList, OfferListQuery } from '@springplank/contract';
import { addDays, dutchDateOf } from '@springplank/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { PersonAccessRepository } from '../person-access/person-access.repository';
import { requireFreePlace } from './free-place';
import type { OfferRow, OfferScope, OffersRepository } from './offers.repository';
import { offerScope } from './placements.policy';
import { presentOffer } from './placements.presenter';
import type { PlacementsRepository } from './placements.repository';

/** The list query as the route hands it over, after the contract's defaults. */
export type OfferListInput = z.output<typeof OfferListQuery>;

/** How far ahead a proposed or chosen start date may lie. */
export const MAX_DAYS_AHEAD = 365;

/**
 * Offers for access officers (make, withdraw, read the region's) and the reading side for
 * providers (own organisation's). Every read and change is logged with the person.
 */
export class OffersService {
  constructor(
    private readonly db: Db,
    private readonly offers: OffersRepository,
    private readonly placements: PlacementsRepository,
    private readonly personAccess: PersonAccessRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** One page of offers: the region's for access, the own organisation's for a provider. */
  async list(ctx: ActorContext, query: OfferListInput): Promise<OfferList> {
    const scope = offerScope(ctx);
    const { page, pageSize } = query;
    return this.db.transaction(async (tx) => {
      const { rows, total } = await this.offers.list(tx, scope, query.status, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      const items: Offer[] = [];
      for (const row of rows) items.push(await this.present(tx, ctx, scope, row));
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'offer.list', subjectType: 'offer', details: { status: query.status, total } },
        items.map((item) => ({ personId: item.person?.id ?? null, subjectId: item.id })),
      );
      return { items, total };
    });
  }

  /** One offer (404 outside the reader's scope, so its existence is not revealed). */
  async detail(ctx: ActorContext, id: string): Promise<Offer> {
    const scope = offerScope(ctx);
    return this.db.transaction(async (tx) => {
      const offer = await this.load(tx, ctx, scope, id);
      await this.accessLog.record(tx, ctx, {
        action: 'offer.read',
        subjectType: 'offer',
        subjectId: id,
        personId: offer.person?.id ?? null,
      });
      return offer;
    });
  }

  /**
   * Offer a free place at a location to a person on the waiting list. The location is locked
   * first and the free places counted after, so of two officers offering its last place at
   * once exactly one succeeds; the other gets NO_FREE_PLACE (409).
   */
  async create(ctx: ActorContext, input: CreateOfferRequest): Promise<Offer> {
    const scope = offerScope(ctx);
    const regionId = scope.regionId;
    const today = dutchDateOf(this.now());
    if (input.proposedStartOn < today || input.proposedStartOn > addDays(today, MAX_DAYS_AHEAD)) {
      throw new AppError('VALIDATION_FAILED', {}, [
        {
          path: 'proposedStartOn',
          code: 'date_out_of_range',
          params: { minimum: today, maximum: addDays(today, MAX_DAYS_AHEAD) },
        },
      ]);
    }
    return this.db.transaction(async (tx) => {
      const location = await this.placements.lockLocation(tx, regionId, input.locationId);
      if (!location) throw new AppError('NOT_FOUND');
      if (!location.active) throw new AppError('LOCATION_INACTIVE');
      const entry = await this.placements.lockEntry(tx, regionId, input.waitlistEntryId);
      if (!entry) throw new AppError('NOT_FOUND');
      if (entry.removedOn !== null) throw new AppError('WAITLIST_ENTRY_CLOSED');
      await requireFreePlace(this.placements, tx, regionId, {
        locationId: location.id,
        service: entry.service,
        day: input.proposedStartOn,
        ownHold: 0,
      });
      let id: string;
      try {
        id = await this.offers.insert(tx, {
          regionId,
          waitlistEntryId: entry.id,
          personId: entry.personId,
          organisationId: location.organisationId,
          locationId: location.id,
          service: entry.service,
          proposedStartOn: input.proposedStartOn,
          note: input.note || null,
          offeredByUserId: ctx.actor.userId,
          offeredAt: this.now(),
        });
      } catch (error) {
        // The partial unique index allows one pending offer per waiting-list entry.
        if (isUniqueViolation(error)) throw new AppError('OFFER_ALREADY_PENDING');
        throw error;
      }
      await this.accessLog.record(tx, ctx, {
        action: 'offer.create',
        subjectType: 'offer',
        subjectId: id,
        personId: entry.personId,
        details: {
          waitlistEntryId: entry.id,
          locationId: location.id,
          organisationId: location.organisationId,
          service: entry.service,
          proposedStartOn: input.proposedStartOn,
        },
      });
      return this.load(tx, ctx, scope, id);
    });
  }

  /** Withdraw a pending offer (access): the place is free again, the person stays on the list. */
  async withdraw(ctx: ActorContext, id: string): Promise<Offer> {
    const scope = offerScope(ctx);
    return this.db.transaction(async (tx) => {
      const offer = await this.offers.lock(tx, scope, id);
      if (!offer) throw new AppError('NOT_FOUND');
      if (offer.status !== 'pending') throw new AppError('OFFER_NOT_PENDING');
      // responded_* record who closed the offer and when: here the officer who withdrew it.
      await this.offers.respond(tx, id, {
        status: 'withdrawn',
        respondedByUserId: ctx.actor.userId,
        respondedAt: this.now(),
      });
      await this.accessLog.record(tx, ctx, {
        action: 'offer.withdraw',
        subjectType: 'offer',
        subjectId: id,
        personId: offer.personId,
      });
      return this.load(tx, ctx, scope, id);
    });
  }

  /** Load an offer within the scope as the reader may see it; not logged. */
  async load(tx: Db, ctx: ActorContext, scope: OfferScope, id: string): Promise<Offer> {
    const row = await this.offers.find(tx, scope, id);
    if (!row) throw AppError.refusedRead('offer.read', 'offer', id);
    return this.present(tx, ctx, scope, row);
  }

  /**
   * An offer for its reader: access officers see the person; a provider only while it may
   * (ACCESS.md: offered to it and not declined, or placed with it).
   */
  private async present(tx: Db, ctx: ActorContext, scope: OfferScope, row: OfferRow): Promise<Offer> {
    const today = dutchDateOf(this.now());
    if (scope.organisationId === null) return presentOffer(row, today, { showPerson: true, showDeclines: true });
    const showPerson = await this.personAccess.providerMaySee(tx, scope.regionId, scope.organisationId, row.personId);
    return presentOffer(row, today, { showPerson, showDeclines: false });
  }
}
