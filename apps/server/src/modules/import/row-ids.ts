import { v7 } from 'uuid';

/**
 * A new id for an imported row (persons, waitlist, stays, housing), given in Node before the
 * COPY. Time-ordered (UUIDv7) rather than random: the ids of one load follow each other, so
 * every btree keyed on them (primary keys, the (id, region_id) keys of the composite foreign
 * keys, the person indexes of the other tables) grows at its right edge instead of touching a
 * random page per row, which with a big load means cache misses and full-page images in the
 * WAL. PostgreSQL 15 has no uuidv7(), hence Node.
 */
export function newRowId(): string {
  return v7();
}
