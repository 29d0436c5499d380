import type { ChainCheckpointResult, ChainVerification } from '@springplank/contract';
import type { Db } from '../../db/client';
import type { ActorContext } from '../../shared/context';
import { ChainAudit } from './access-log.audit';
import type { AccessLogKeys } from './access-log.chain';
import type { Checkpoint, CheckpointStore } from './access-log.checkpoints';
import type { CheckpointRepository } from './access-log.checkpoints.repository';
import type { AccessLogRepository } from './access-log.repository';
import type { AccessLogService } from './access-log.service';

const VERIFY_BATCH = 5000;

function presentCheckpoint(checkpoint: Checkpoint | null) {
  return checkpoint
    ? { sequence: checkpoint.sequence, hash: checkpoint.hash, rows: checkpoint.rows, at: checkpoint.at }
    : null;
}

/** Anchors the access-log chains outside the database (signed checkpoints) and verifies them against it. */
export class ChainVerificationService {
  /** The tip last written per region by this process, so an idle region gets no new lines. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly db: Db,
    private readonly repository: AccessLogRepository,
    private readonly checkpointRepository: CheckpointRepository,
    private readonly store: CheckpointStore,
    private readonly keys: AccessLogKeys,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Write a checkpoint for every region whose chain moved since this process last wrote one (the job). */
  async writeCheckpoints(): Promise<Checkpoint[]> {
    const written: Checkpoint[] = [];
    for (const tip of await this.checkpointRepository.tips(this.db)) {
      const id = `${tip.sequence}:${tip.hash}`;
      if (this.written.get(tip.regionId) === id) continue;
      written.push(await this.store.append({ ...tip, at: this.now().toISOString() }));
      this.written.set(tip.regionId, id);
    }
    return written;
  }

  /** Write a checkpoint of the actor's region now (on demand); the request is logged. */
  async checkpointNow(ctx: ActorContext): Promise<ChainCheckpointResult> {
    const regionId = ctx.actor.regionId;
    await this.db.transaction((tx) =>
      this.accessLog.record(tx, ctx, { action: 'access_log.checkpoint', subjectType: 'access_log' }),
    );
    const tip = (await this.checkpointRepository.tips(this.db)).find((candidate) => candidate.regionId === regionId);
    if (!tip) return { checkpoint: null };
    const checkpoint = await this.store.append({ ...tip, at: this.now().toISOString() });
    this.written.set(regionId, `${tip.sequence}:${tip.hash}`);
    return { checkpoint: presentCheckpoint(checkpoint) };
  }

  /**
   * Recompute the actor's region's chain with the installation's keys, compare it with the
   * signed checkpoints and the head row, and say whether it is intact, shortened or rewritten.
   */
  async verify(ctx: ActorContext): Promise<ChainVerification> {
    const regionId = ctx.actor.regionId;
    const checkpoints = await this.store.read(regionId);
    const audit = new ChainAudit(this.keys, checkpoints.valid);
    let after = 0;
    for (;;) {
      const batch = await this.repository.batchAfter(this.db, regionId, after, VERIFY_BATCH);
      let stopped = false;
      for (const row of batch) {
        if (!audit.push(row)) {
          stopped = true;
          break;
        }
      }
      const last = batch.at(-1);
      if (stopped || !last || batch.length < VERIFY_BATCH) break;
      after = last.sequence;
    }
    const finding = audit.finish(await this.repository.head(this.db, regionId));
    const latest = checkpoints.valid.reduce<Checkpoint | null>(
      (found, checkpoint) => (!found || checkpoint.at > found.at ? checkpoint : found),
      null,
    );
    const result: ChainVerification = {
      valid: finding.status === 'intact',
      status: finding.status,
      checked: finding.checked,
      lastSequence: finding.lastSequence,
      firstBrokenSequence: finding.firstBrokenSequence,
      reason: finding.reason,
      affected: finding.affected,
      checkpoint: presentCheckpoint(finding.checkpoint),
      lastMatchingCheckpoint: presentCheckpoint(finding.lastMatchingCheckpoint),
      checkpoints: { count: checkpoints.valid.length, invalid: checkpoints.invalid, latestAt: latest?.at ?? null },
      verifiedAt: this.now().toISOString(),
    };
    await this.db.transaction((tx) =>
      this.accessLog.record(tx, ctx, {
        action: 'access_log.verify',
        subjectType: 'access_log',
        details: {
          status: result.status,
          checked: result.checked,
          firstBrokenSequence: result.firstBrokenSequence,
          reason: result.reason,
          affected: result.affected,
          invalidCheckpoints: checkpoints.invalid,
        },
      }),
    );
    return result;
  }
}
