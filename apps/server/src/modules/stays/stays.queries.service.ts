import type { StayDetail, StayList, StayListParams } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { lastLongStayStart, presentStay, presentStayDetail } from './stays.presenter';
import { stayScope, type StayScope } from './stays.policy';
import type { StaysRepository } from './stays.repository';

/** Reading stays: the list and one stay. Every read is logged (stays are personal data). */
export class StayQueriesService {
  constructor(
    private readonly db: Db,
    private readonly repository: StaysRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** One page of stays in the actor's scope (a provider: its own), logged with what was shown. */
  async list(ctx: ActorContext, query: StayListParams): Promise<StayList> {
    const scope = stayScope(ctx);
    const today = dutchDateOf(this.now());
    const { page, pageSize } = query;
    return this.db.transaction(async (tx) => {
      const { rows, total } = await this.repository.list(
        tx,
        scope,
        {
          status: query.longOnly ? 'current' : query.status,
          service: query.service,
          locationId: query.locationId,
          startedOnOrBefore: query.longOnly ? lastLongStayStart(today) : undefined,
        },
        today,
        { offset: (page - 1) * pageSize, limit: pageSize },
      );
      await this.accessLog.recordShown(
        tx,
        ctx,
        {
          action: 'stay.list',
          subjectType: 'stay',
          details: { total, status: query.status, longOnly: query.longOnly },
        },
        rows.map((row) => ({ personId: row.personId, subjectId: row.id })),
      );
      return { items: rows.map((row) => presentStay(row, today)), total };
    });
  }

  /** One stay (404 outside the scope, so its existence is not revealed), logged as `stay.read`. */
  async detail(ctx: ActorContext, id: string): Promise<StayDetail> {
    const scope = stayScope(ctx);
    return this.db.transaction(async (tx) => {
      const detail = await this.load(tx, scope, id);
      await this.accessLog.record(tx, ctx, {
        action: 'stay.read',
        subjectType: 'stay',
        subjectId: id,
        personId: detail.person.id,
      });
      return detail;
    });
  }

  /** Load a stay within the scope; not logged (callers log what they did). */
  async load(db: Db, scope: StayScope, id: string): Promise<StayDetail> {
    const row = await this.repository.find(db, scope, id);
    if (!row) throw AppError.refusedRead('stay.read', 'stay', id);
    return presentStayDetail(row, dutchDateOf(this.now()));
  }
}
