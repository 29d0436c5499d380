import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';

/** A person found by the privacy officer. */
export interface LoggedPersonRow {
  id: string;
  given_name: string | null;
  family_name: string | null;
  birth_date: string | null;
  source_ref: string | null;
}

const MAX_PERSONS = 50;

/** SQL to find the person an inzageverzoek is about, within one region. */
export class AccessLogPersonsRepository {
  /**
   * Persons by BSN or reference (exact: the person's own reference, or a report's or case's
   * reference) or by a part of the name, case-insensitive; at most 50, by name.
   */
  async find(db: Db, regionId: string, q: string): Promise<LoggedPersonRow[]> {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const reference = q.toUpperCase();
    return rowsOf<LoggedPersonRow>(
      db,
      sql`select p.id, p.given_name, p.family_name, p.birth_date::text as birth_date, p.source_ref
          from persons p
          where p.region_id = ${regionId}
            and (p.bsn = ${q}
              or p.source_ref = ${q}
              or concat_ws(' ', p.given_name, p.family_name) ilike ${pattern}
              or exists (select 1 from reports r
                         where r.region_id = p.region_id and r.person_id = p.id and r.reference = ${reference})
              or exists (select 1 from cases c
                         where c.region_id = p.region_id and c.person_id = p.id and c.reference = ${reference}))
          order by p.family_name nulls last, p.given_name nulls last, p.id
          limit ${MAX_PERSONS}`,
    );
  }

  /** One person of the region, or null. */
  async person(db: Db, regionId: string, id: string): Promise<LoggedPersonRow | null> {
    const [row] = await rowsOf<LoggedPersonRow>(
      db,
      sql`select id, given_name, family_name, birth_date::text as birth_date, source_ref
          from persons where region_id = ${regionId} and id = ${id}::uuid`,
    );
    return row ?? null;
  }
}
