import { Uuid } from '@springplank/contract';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import type { RefusedRead } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from './access-log.service';

/** Where each kind of record a row-level rule can hide lives, and the column naming its person. */
const SUBJECT_TABLES: Record<string, { table: string; personColumn: string }> = {
  person: { table: 'persons', personColumn: 'id' },
  report: { table: 'reports', personColumn: 'person_id' },
  case: { table: 'cases', personColumn: 'person_id' },
  application: { table: 'applications', personColumn: 'person_id' },
  waitlist_entry: { table: 'waitlist_entries', personColumn: 'person_id' },
  stay: { table: 'stays', personColumn: 'person_id' },
  offer: { table: 'offers', personColumn: 'person_id' },
  housing_record: { table: 'housing_records', personColumn: 'person_id' },
  // A support plan is addressed by its person's id.
  support_plan: { table: 'persons', personColumn: 'id' },
};

/**
 * Logs reads that a row-level rule refused with 404 (another provider's stay, another
 * corporation's request, another team's case …) as `denied`, naming the person. Ids that do
 * not exist in the actor's region are not logged: they concern nobody, and a fuzzer would
 * otherwise fill the log.
 */
export class DeniedReadsLogger {
  constructor(
    private readonly db: Db,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Write the denied entry in its own transaction (the refused one was rolled back). */
  async record(ctx: ActorContext, refused: RefusedRead): Promise<void> {
    const source = SUBJECT_TABLES[refused.subjectType];
    if (!source || !Uuid.safeParse(refused.subjectId).success) return;
    await this.db.transaction(async (tx) => {
      const [row] = await rowsOf<{ person_id: string | null }>(
        tx,
        sql`select ${sql.raw(source.personColumn)}::text as person_id from ${sql.raw(source.table)}
            where region_id = ${ctx.actor.regionId} and id = ${refused.subjectId}::uuid`,
      );
      if (!row) return;
      await this.accessLog.record(tx, ctx, {
        action: refused.action,
        subjectType: refused.subjectType,
        subjectId: refused.subjectId,
        personId: row.person_id,
        outcome: 'denied',
      });
    });
  }
}
