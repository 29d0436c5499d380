import type { Db } from '../db/client';
import type { AccessLogKeys } from '../modules/access-log/access-log.chain';

/**
 * What the demo loader hands each area's demo function (demo-<area>.ts): the open
 * transaction and the ids of what the base demo created, so areas can add their records
 * without looking anything up by name.
 */
export interface DemoContext {
  /** The demo loader's transaction; everything commits or nothing does. */
  tx: Db;
  regionId: string;
  /** Organisation ids by DEMO_ORGANISATIONS key (e.g. 'toegang', 'debrug', 'onderdak', 'ijsselhuis'). */
  organisationIds: ReadonlyMap<string, string>;
  /** User ids by demo e-mail address (e.g. 'toegang@deventer.demo.test'). */
  userIds: ReadonlyMap<string, string>;
  /** Municipality ids by CBS code (e.g. 'GM0150'). */
  municipalityIds: ReadonlyMap<string, string>;
  /** Location ids by location name, per DEMO_ORGANISATIONS. */
  locationIds: ReadonlyMap<string, string>;
  /** The demo's "today" (YYYY-MM-DD), so the records look current whenever it is loaded. */
  today: string;
  /** The installation's access-log chain keys, for the entries the demo's import writes. */
  accessLogKeys: AccessLogKeys;
}
