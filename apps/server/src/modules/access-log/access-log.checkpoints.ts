import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';
import { appendFile, mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson, type AccessLogKeys } from './access-log.chain';

/**
 * A signed statement, kept outside the database, that a region's chain had `rows` entries
 * ending at `sequence` with `hash` at time `at`. A superuser can rewrite the database but not
 * this file's past lines (append-only, on another host or volume) nor sign new ones (no key).
 */
export interface Checkpoint {
  regionId: string;
  sequence: number;
  hash: string;
  rows: number;
  at: string;
  keyId: string;
}

/** What the checkpoint file holds for one region. */
export interface RegionCheckpoints {
  /** Checkpoints with a valid signature, in file order (oldest first). */
  valid: Checkpoint[];
  /** Lines for this region (or unreadable lines) whose signature does not verify: forged or damaged. */
  invalid: number;
}

/** The file all instances append to, one JSON line per checkpoint. */
export const CHECKPOINT_FILE = 'access-log-checkpoints.jsonl';

function signature(checkpoint: Checkpoint, secret: KeyObject): string {
  const { regionId, sequence, hash, rows, at, keyId } = checkpoint;
  return createHmac('sha256', secret)
    .update(canonicalJson(['springplank-access-log-checkpoint-v1', regionId, sequence, hash, rows, at, keyId]))
    .digest('hex');
}

function isCheckpoint(value: unknown): value is Checkpoint & { mac: string } {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.regionId === 'string' &&
    typeof v.sequence === 'number' &&
    typeof v.hash === 'string' &&
    typeof v.rows === 'number' &&
    typeof v.at === 'string' &&
    typeof v.keyId === 'string' &&
    typeof v.mac === 'string'
  );
}

/** Signs, appends and reads the checkpoints in a directory shared by all instances. */
export class CheckpointStore {
  constructor(
    private readonly directory: string,
    private readonly keys: AccessLogKeys,
  ) {}

  /** The checkpoint file's path. */
  get path(): string {
    return join(this.directory, CHECKPOINT_FILE);
  }

  /**
   * Sign a checkpoint with the current key and append it as one line. `appendFile` opens with
   * O_APPEND and writes the line in one call, so lines of several writers never interleave.
   */
  async append(checkpoint: Omit<Checkpoint, 'keyId'>): Promise<Checkpoint> {
    const keyId = this.keys.currentKeyId;
    const secret = this.keys.secrets.get(keyId);
    if (!secret) throw new Error(`access log key ${keyId} has no secret`);
    const signed: Checkpoint = { ...checkpoint, keyId };
    const line = `${JSON.stringify({ ...signed, mac: signature(signed, secret) })}\n`;
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    await appendFile(this.path, line, { flag: 'a', mode: 0o600 });
    return signed;
  }

  /** Every checkpoint of a region, each signature checked with the key it names. */
  async read(regionId: string): Promise<RegionCheckpoints> {
    const result: RegionCheckpoints = { valid: [], invalid: 0 };
    let handle: FileHandle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
      throw error;
    }
    try {
      for await (const line of handle.readLines({ encoding: 'utf8' })) this.take(line, regionId, result);
    } finally {
      await handle.close().catch(() => undefined);
    }
    return result;
  }

  /** Count one line of the file into `result` when it is about `regionId`. */
  private take(line: string, regionId: string, result: RegionCheckpoints): void {
    if (line.trim() === '') return;
    // Cheap filter first: most lines belong to other regions.
    if (!line.includes(regionId)) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      result.invalid += 1;
      return;
    }
    if (!isCheckpoint(parsed)) {
      result.invalid += 1;
      return;
    }
    if (parsed.regionId !== regionId) return;
    const { mac, ...checkpoint } = parsed;
    const secret = this.keys.secrets.get(checkpoint.keyId);
    const expected = secret ? Buffer.from(signature(checkpoint, secret), 'hex') : null;
    const given = Buffer.from(mac, 'hex');
    if (expected && given.length === expected.length && timingSafeEqual(given, expected)) {
      result.valid.push(checkpoint);
    } else {
      result.invalid += 1;
    }
  }
}
