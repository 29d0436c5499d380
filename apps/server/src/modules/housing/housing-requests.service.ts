import type { HousingRequest, HousingRequestList, OfferHomeRequest, RecordHousedRequest } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { corporationScope } from './housing.policy';
import { presentHousingRequest } from './housing.presenter';
import type { HousingRepository } from './housing.repository';

/**
 * The housing corporation's side: only requests addressed to its own corporation, only the
 * fields it may see; it offers a home and records the move-in date.
 */
export class HousingRequestsService {
  constructor(
    private readonly db: Db,
    private readonly repository: HousingRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The corporation's requests: waiting (urgent first) before housed. */
  async list(ctx: ActorContext): Promise<HousingRequestList> {
    const scope = corporationScope(ctx);
    return this.db.transaction(async (tx) => {
      const rows = await this.repository.requestsOf(tx, scope.regionId, scope.corporationId);
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'housing_request.list', subjectType: 'housing_record' },
        rows.map((row) => ({ personId: row.personId, subjectId: row.id })),
      );
      return { items: rows.map(presentHousingRequest) };
    });
  }

  /** One request addressed to the corporation; NOT_FOUND for any other. */
  async detail(ctx: ActorContext, id: string): Promise<HousingRequest> {
    const scope = corporationScope(ctx);
    return this.db.transaction(async (tx) => {
      const [row] = await this.repository.requestsOf(tx, scope.regionId, scope.corporationId, id);
      if (!row) throw AppError.refusedRead('housing_request.read', 'housing_record', id);
      await this.accessLog.record(tx, ctx, {
        action: 'housing_request.read',
        subjectType: 'housing_record',
        subjectId: id,
        personId: row.personId,
      });
      return presentHousingRequest(row);
    });
  }

  /** Offer a home (address); may replace an earlier offer until the person has moved in. */
  async offer(ctx: ActorContext, id: string, input: OfferHomeRequest): Promise<HousingRequest> {
    return this.change(ctx, id, 'housing_request.offer', async (tx, record) => {
      if (record.housedOn !== null) throw new AppError('INVALID_STATE');
      await this.repository.update(tx, id, { offeredAddress: input.offeredAddress, offeredAt: this.now() });
      return { offeredAddress: input.offeredAddress };
    });
  }

  /** Record the move-in date: after a home was offered, not before ready_on, not in the future. */
  async housed(ctx: ActorContext, id: string, input: RecordHousedRequest): Promise<HousingRequest> {
    const today = dutchDateOf(this.now());
    return this.change(ctx, id, 'housing_request.housed', async (tx, record) => {
      if (record.housedOn !== null || record.offeredAddress === null) throw new AppError('INVALID_STATE');
      if (input.housedOn < record.readyOn) throw new AppError('HOUSED_BEFORE_READY');
      if (input.housedOn > today) {
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'housedOn', code: 'date_in_future' }]);
      }
      await this.repository.update(tx, id, { housedOn: input.housedOn });
      return { housedOn: input.housedOn };
    });
  }

  private async change(
    ctx: ActorContext,
    id: string,
    action: string,
    apply: (
      tx: Db,
      record: NonNullable<Awaited<ReturnType<HousingRepository['lockRequest']>>>,
    ) => Promise<Record<string, unknown>>,
  ): Promise<HousingRequest> {
    const scope = corporationScope(ctx);
    return this.db.transaction(async (tx) => {
      const record = await this.repository.lockRequest(tx, scope.regionId, scope.corporationId, id);
      if (!record) throw AppError.refusedRead(action, 'housing_record', id);
      const details = await apply(tx, record);
      await this.accessLog.record(tx, ctx, {
        action,
        subjectType: 'housing_record',
        subjectId: id,
        personId: record.personId,
        details,
      });
      const [row] = await this.repository.requestsOf(tx, scope.regionId, scope.corporationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return presentHousingRequest(row);
    });
  }
}
