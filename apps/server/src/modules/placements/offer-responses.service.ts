import type { AcceptOfferRequest, DeclineOfferRequest, Offer } from '@springplank/contract';
import { addDays, dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { requireFreePlace } from './free-place';
import type { OffersRepository } from './offers.repository';
import { MAX_DAYS_AHEAD, type OffersService } from './offers.service';
import { offerScope } from './placements.policy';
import type { PlacementsRepository } from './placements.repository';

/**
 * The provider's answer to an offer addressed to its own organisation. Accepting is the
 * placement: the stay starts, the waiting-list entry is removed as 'placed' and the offer is
 * marked accepted with the stay, all in one transaction, so a failure leaves none of them.
 */
export class OfferResponsesService {
  constructor(
    private readonly db: Db,
    private readonly offers: OffersRepository,
    private readonly placements: PlacementsRepository,
    private readonly queries: OffersService,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** Accept a pending offer: the stay starts on `startOn` (default: the proposed start date). */
  async accept(ctx: ActorContext, id: string, input: AcceptOfferRequest): Promise<Offer> {
    const scope = offerScope(ctx);
    const today = dutchDateOf(this.now());
    return this.db.transaction(async (tx) => {
      const current = await this.offers.find(tx, scope, id);
      if (!current) throw AppError.refusedRead('offer.accept', 'offer', id);
      // Same lock order as making an offer (location, then the rest): no deadlock between them.
      await this.placements.lockLocation(tx, scope.regionId, current.locationId);
      const offer = await this.offers.lock(tx, scope, id);
      if (!offer) throw new AppError('NOT_FOUND');
      if (offer.status !== 'pending') throw new AppError('OFFER_NOT_PENDING');
      const entry = await this.placements.lockEntry(tx, scope.regionId, offer.waitlistEntryId);
      if (!entry) throw new AppError('NOT_FOUND');
      if (entry.removedOn !== null) throw new AppError('WAITLIST_ENTRY_CLOSED');
      const startOn = input.startOn ?? offer.proposedStartOn;
      if (startOn < entry.listedOn || startOn > addDays(today, MAX_DAYS_AHEAD)) {
        throw new AppError('VALIDATION_FAILED', {}, [
          {
            path: 'startOn',
            code: 'date_out_of_range',
            params: { minimum: entry.listedOn, maximum: addDays(today, MAX_DAYS_AHEAD) },
          },
        ]);
      }
      // The held place becomes occupied: check that nothing else took it meanwhile.
      await requireFreePlace(this.placements, tx, scope.regionId, {
        locationId: offer.locationId,
        service: offer.service,
        day: startOn,
        ownHold: 1,
      });
      if (!(await this.offers.removePlaced(tx, entry.id, startOn))) throw new AppError('WAITLIST_ENTRY_CLOSED');
      let stayId: string;
      try {
        stayId = await this.offers.insertStay(tx, {
          regionId: scope.regionId,
          personId: offer.personId,
          service: offer.service,
          organisationId: offer.organisationId,
          locationId: offer.locationId,
          startedOn: startOn,
          createdByUserId: ctx.actor.userId,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('STAY_ALREADY_EXISTS');
        throw error;
      }
      const accepted = await this.offers.respond(tx, id, {
        status: 'accepted',
        stayId,
        respondedByUserId: ctx.actor.userId,
        respondedAt: this.now(),
      });
      if (!accepted) throw new AppError('OFFER_NOT_PENDING');
      await this.accessLog.record(tx, ctx, {
        action: 'offer.accept',
        subjectType: 'offer',
        subjectId: id,
        personId: offer.personId,
        details: { stayId, startedOn: startOn, waitlistEntryId: entry.id, locationId: offer.locationId },
      });
      return this.queries.load(tx, ctx, scope, id);
    });
  }

  /** Decline a pending offer with a reason: the place is free again, the person stays on the list. */
  async decline(ctx: ActorContext, id: string, input: DeclineOfferRequest): Promise<Offer> {
    const scope = offerScope(ctx);
    return this.db.transaction(async (tx) => {
      const offer = await this.offers.lock(tx, scope, id);
      if (!offer) throw AppError.refusedRead('offer.decline', 'offer', id);
      if (offer.status !== 'pending') throw new AppError('OFFER_NOT_PENDING');
      await this.offers.respond(tx, id, {
        status: 'declined',
        declineReason: input.reason,
        respondedByUserId: ctx.actor.userId,
        respondedAt: this.now(),
      });
      // The reason is free text about the person: it stays in the offer, not in the log.
      await this.accessLog.record(tx, ctx, {
        action: 'offer.decline',
        subjectType: 'offer',
        subjectId: id,
        personId: offer.personId,
      });
      return this.queries.load(tx, ctx, scope, id);
    });
  }
}
