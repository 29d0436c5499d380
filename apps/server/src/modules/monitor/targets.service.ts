import type { MonitorTarget, MonitorTargetList, ReplaceMonitorTargetsRequest } from '@springplank/contract';
import {
  DEFAULT_MONITOR_TARGETS,
  MONITOR_TARGET_KEYS,
  MONITOR_TARGET_SHAPES,
  validateMonitorTarget,
  type MonitorTargetSetting,
} from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { MonitorTargetRow, MonitorTargetsRepository } from './targets.repository';

/** A target setting with when it was last changed (null: the regiovisie default, never changed). */
export interface LoadedTarget extends MonitorTargetSetting {
  updatedAt: Date | null;
}

/** The regiovisie's targets per region: read by the dashboard, set by the administrator. */
export class MonitorTargetsService {
  constructor(
    private readonly db: Db,
    private readonly repository: MonitorTargetsRepository,
  ) {}

  /** The region's targets in the regiovisie's order. */
  async list(ctx: ActorContext): Promise<MonitorTargetList> {
    const targets = await this.db.transaction((tx) => this.load(tx, ctx.actor.regionId));
    return { items: targets.map(presentTarget) };
  }

  /**
   * The region's targets inside the caller's transaction. A region without a stored row (one
   * created after 0005 by a path that did not insert them) falls back to the default.
   */
  async load(db: Db, regionId: string): Promise<LoadedTarget[]> {
    const rows = new Map((await this.repository.list(db, regionId)).map((row) => [row.key, row]));
    return MONITOR_TARGET_KEYS.map((key) => {
      const row = rows.get(key);
      return row ? fromRow(row) : { ...DEFAULT_MONITOR_TARGETS.find((t) => t.key === key)!, updatedAt: null };
    });
  }

  /** Replace all targets of the region in one transaction (the contract validated them already). */
  async replace(ctx: ActorContext, input: ReplaceMonitorTargetsRequest): Promise<MonitorTargetList> {
    // Checked again here, so a caller that skips the HTTP schema cannot store a nonsensical target.
    const issues = input.targets.flatMap((target, index) =>
      validateMonitorTarget(target).map(({ path, code, ...params }) => ({
        path: `targets.${index}.${path}`,
        code,
        params,
      })),
    );
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
    return this.db.transaction(async (tx) => {
      for (const target of input.targets) {
        await this.repository.upsert(tx, ctx.actor.regionId, normalise(target), ctx.actor.userId);
      }
      return { items: (await this.load(tx, ctx.actor.regionId)).map(presentTarget) };
    });
  }
}

/** Keep only the moments that belong to the target's period (dates or years). */
function normalise(target: MonitorTargetSetting): MonitorTargetSetting {
  const byYear = MONITOR_TARGET_SHAPES[target.key].period === 'year';
  return {
    key: target.key,
    baselineDate: byYear ? null : target.baselineDate,
    targetDate: byYear ? null : target.targetDate,
    baselineYear: byYear ? target.baselineYear : null,
    targetYear: byYear ? target.targetYear : null,
    value: target.value,
  };
}

function fromRow(row: MonitorTargetRow): LoadedTarget {
  return {
    key: row.key,
    baselineDate: row.baselineDate,
    targetDate: row.targetDate,
    baselineYear: row.baselineYear,
    targetYear: row.targetYear,
    value: row.value,
    updatedAt: row.updatedAt,
  };
}

/** A target as the API shows it, with its fixed kind, period and unit. */
export function presentTarget(target: LoadedTarget): MonitorTarget {
  const { updatedAt, ...setting } = target;
  return { ...setting, ...MONITOR_TARGET_SHAPES[target.key], updatedAt: updatedAt?.toISOString() ?? null };
}
