import { sql } from 'drizzle-orm';
import type { Db, DatabaseHandle } from './client';

/** The NOTIFY channel on which every instance hears that cached settings changed. */
export const SETTINGS_CHANNEL = 'springplank_settings';

/** What changed, as sent on the channel: `<kind>:<region id>`. */
export type SettingsChange = `${'deadline-rules' | 'routing-rules'}:${string}`;

/**
 * Cross-instance invalidation of in-process settings caches. A service that changes settings
 * announces it inside its transaction (`pg_notify`, delivered at commit, so never for a
 * rolled-back change); every instance listens and drops its cache entries. When the listening
 * connection is re-established (notifications may have been lost, e.g. after a failover) every
 * cache is dropped. The caches keep a short lifetime as well, as a last resort.
 */
export class SettingsChanges {
  private readonly handlers = new Set<(change: string | null) => void>();

  /** Announce a change inside the transaction that makes it. */
  async announce(tx: Db, change: SettingsChange): Promise<void> {
    await tx.execute(sql`select pg_notify(${SETTINGS_CHANNEL}, ${change})`);
  }

  /** Call `handler` with each change heard, or with null when everything must be dropped. */
  subscribe(handler: (change: string | null) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** Start listening on the database; resolves to a function that stops. */
  listen(database: DatabaseHandle): Promise<() => Promise<void>> {
    return database.listen(
      SETTINGS_CHANNEL,
      (payload) => this.deliver(payload),
      () => this.deliver(null),
    );
  }

  private deliver(change: string | null): void {
    for (const handler of this.handlers) handler(change);
  }
}
