import type { CounterState, RateLimitCounters } from './rate-limit.repository';

/** What this instance knows of one key: the shared count at its last sync, and hits not yet sent. */
interface LocalCounter {
  known: number;
  pending: number;
  expiresAt: number;
  windowMs: number;
}

/** How far below its limit a key must be for hits to be counted here first and sent a moment later. */
const LOCAL_SHARE = 0.25;

/**
 * Shared rate-limit counting without a database write per request on busy keys. A hit on a
 * key that is far below its limit (under a quarter of it, by the shared count at the last
 * sync) is counted in memory and sent to the database with the next flush (every
 * `flushMs`); every other hit — a key seen for the first time, an ended window, or one
 * nearing its limit — is counted in the database at once, together with what is pending.
 * So a limit is exact where it matters (near it), while one client sending many requests
 * far below the limit (the public intake behind a proxy, a bench) costs a few writes per
 * second instead of one per request. With k instances a limit can be exceeded by at most
 * k × a quarter of it within one flush interval.
 */
export class BatchedCounters {
  private readonly keys = new Map<string, LocalCounter>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly counters: RateLimitCounters,
    private readonly flushMs = 100,
  ) {}

  /** Count one hit for `key` with limit `max` in a window of `windowMs`. */
  async hit(key: string, windowMs: number, max: number): Promise<CounterState> {
    const now = Date.now();
    const local = this.keys.get(key);
    if (local && local.expiresAt > now && local.known + local.pending + 1 <= max * LOCAL_SHARE) {
      local.pending += 1;
      this.scheduleFlush();
      return { count: local.known + local.pending, ttlMs: local.expiresAt - now };
    }
    const delta = 1 + (local?.pending ?? 0);
    if (local) local.pending = 0;
    const state = await this.counters.hit(key, windowMs, delta);
    this.remember(key, windowMs, state);
    const counter = this.keys.get(key);
    return { count: state.count + (counter?.pending ?? 0), ttlMs: state.ttlMs };
  }

  /** Send every pending hit to the database now (on a timer, and when the app closes). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = Date.now();
    const work: Promise<void>[] = [];
    for (const [key, counter] of this.keys) {
      if (counter.pending === 0) {
        if (counter.expiresAt <= now) this.keys.delete(key);
        continue;
      }
      const delta = counter.pending;
      counter.pending = 0;
      work.push(
        this.counters.hit(key, counter.windowMs, delta).then(
          (state) => this.remember(key, counter.windowMs, state),
          () => {
            // The database is unreachable: keep the hits for the next flush rather than lose them.
            counter.pending += delta;
          },
        ),
      );
    }
    await Promise.all(work);
  }

  private remember(key: string, windowMs: number, state: CounterState): void {
    const counter = this.keys.get(key);
    const expiresAt = Date.now() + state.ttlMs;
    if (counter) Object.assign(counter, { known: state.count, expiresAt, windowMs });
    else this.keys.set(key, { known: state.count, pending: 0, expiresAt, windowMs });
  }

  private scheduleFlush(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.flushMs);
    this.timer.unref();
  }
}
