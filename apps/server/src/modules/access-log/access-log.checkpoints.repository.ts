import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';

/** The last entry of a region's chain and how many entries it has, read in one snapshot. */
export interface ChainTip {
  regionId: string;
  sequence: number;
  hash: string;
  rows: number;
}

/** SQL for writing checkpoints of the access-log chains. */
export class CheckpointRepository {
  /** The tip of every region's chain that has entries (one statement, so tip and count agree). */
  async tips(db: Db): Promise<ChainTip[]> {
    const rows = await rowsOf<{ regionId: string; sequence: string | number; hash: string; rows: string | number }>(
      db,
      sql`SELECT h.region_id AS "regionId", t.sequence, t.hash,
                 (SELECT count(*) FROM access_log c WHERE c.region_id = h.region_id) AS rows
            FROM access_log_heads h
            CROSS JOIN LATERAL (
              SELECT l.sequence, l.hash FROM access_log l
               WHERE l.region_id = h.region_id ORDER BY l.sequence DESC LIMIT 1
            ) t
           ORDER BY h.region_id`,
    );
    return rows.map((row) => ({
      regionId: row.regionId,
      sequence: Number(row.sequence),
      hash: row.hash,
      rows: Number(row.rows),
    }));
  }
}
