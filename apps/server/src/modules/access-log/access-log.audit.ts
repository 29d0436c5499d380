import { ChainVerifier, type AccessLogKeys, type ChainBreakReason, type SealedEntry } from './access-log.chain';
import type { Checkpoint } from './access-log.checkpoints';

/** Why the chain does not fit: a break inside it, or a disagreement with a checkpoint or the head row. */
export type AuditReason = ChainBreakReason | 'checkpoint_mismatch' | 'missing_tail' | 'head_mismatch';

/**
 * What happened to a region's chain. `shortened`: entries after some point are gone but what
 * remains is intact (a restore from backup, an asynchronous failover — or a cut tail);
 * `rewritten`: an entry that was once there, or its place in the chain, was changed.
 */
export interface ChainFinding {
  status: 'intact' | 'shortened' | 'rewritten';
  reason: AuditReason | null;
  /** The first entry that does not fit, when one entry can be named. */
  firstBrokenSequence: number | null;
  /** Shortened: the missing entries; rewritten via a checkpoint: where the changed entries lie. */
  affected: { fromSequence: number; toSequence: number } | null;
  /** The checkpoint that shows it. */
  checkpoint: Checkpoint | null;
  /** The latest checkpoint the chain still matches. */
  lastMatchingCheckpoint: Checkpoint | null;
  /** The entries read, and the last sequence of the intact part. */
  checked: number;
  lastSequence: number;
}

/**
 * Streams a region's entries through the keyed chain check and compares them with the
 * region's signed checkpoints and its head row, then says what happened (ChainFinding).
 */
export class ChainAudit {
  private readonly verifier: ChainVerifier;
  private readonly bySequence = new Map<number, Checkpoint[]>();
  private readonly furthest: Checkpoint | null;
  private lastMatching: Checkpoint | null = null;
  private mismatch: { checkpoint: Checkpoint; occurredAt: Date } | null = null;

  constructor(keys: AccessLogKeys, checkpoints: readonly Checkpoint[]) {
    this.verifier = new ChainVerifier(keys);
    let furthest: Checkpoint | null = null;
    for (const checkpoint of checkpoints) {
      const list = this.bySequence.get(checkpoint.sequence) ?? [];
      list.push(checkpoint);
      this.bySequence.set(checkpoint.sequence, list);
      if (!furthest || checkpoint.sequence > furthest.sequence) furthest = checkpoint;
    }
    this.furthest = furthest;
  }

  /** Feed the next entry in sequence order; false once something does not fit. */
  push(entry: SealedEntry): boolean {
    if (this.mismatch || !this.verifier.push(entry)) return false;
    for (const checkpoint of this.bySequence.get(entry.sequence) ?? []) {
      if (checkpoint.hash !== entry.hash) {
        this.mismatch = { checkpoint, occurredAt: entry.occurredAt };
        return false;
      }
      this.lastMatching = checkpoint;
    }
    return true;
  }

  /** The finding, given the region's head row (null when it has none). */
  finish(head: { lastSequence: number; lastHash: string } | null): ChainFinding {
    const last = this.verifier.last;
    const base = {
      checked: this.verifier.checked,
      lastSequence: last.sequence,
      lastMatchingCheckpoint: this.lastMatching,
      checkpoint: null,
      affected: null,
      firstBrokenSequence: null,
    };
    const broken = this.verifier.broken;
    if (broken) {
      // A gap or a bad entry inside the chain: no restore leaves one behind.
      return { ...base, status: 'rewritten', reason: broken.reason, firstBrokenSequence: broken.sequence };
    }
    if (this.mismatch) {
      const { checkpoint, occurredAt } = this.mismatch;
      const affected = { fromSequence: (this.lastMatching?.sequence ?? 0) + 1, toSequence: checkpoint.sequence };
      // The entry now at the checkpointed place was written after the checkpoint: the entries the
      // checkpoint saw were lost (restore, failover) and the chain went on from an earlier point.
      const diverged = occurredAt.getTime() > Date.parse(checkpoint.at);
      return {
        ...base,
        status: diverged ? 'shortened' : 'rewritten',
        reason: 'checkpoint_mismatch',
        checkpoint,
        affected,
      };
    }
    if (this.furthest && this.furthest.sequence > last.sequence) {
      return {
        ...base,
        status: 'shortened',
        reason: 'missing_tail',
        checkpoint: this.furthest,
        affected: { fromSequence: last.sequence + 1, toSequence: this.furthest.sequence },
      };
    }
    if (head && head.lastSequence > last.sequence) {
      return {
        ...base,
        status: 'shortened',
        reason: 'missing_tail',
        affected: { fromSequence: last.sequence + 1, toSequence: head.lastSequence },
      };
    }
    if (head && (head.lastSequence < last.sequence || (last.sequence > 0 && head.lastHash !== last.hash))) {
      return {
        ...base,
        status: 'rewritten',
        reason: 'head_mismatch',
        firstBrokenSequence: Math.min(head.lastSequence + 1, last.sequence),
      };
    }
    return { ...base, status: 'intact', reason: null };
  }
}
