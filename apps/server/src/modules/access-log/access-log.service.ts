import type { AccessLogPage, AccessLogQuery } from '@springplank/contract';
import type { Role } from '@springplank/domain';
import type { Db } from '../../db/client';
import type { ActorContext } from '../../shared/context';
import { startOfDutchDay } from '../../shared/dates';
import { sealEntry, type AccessLogKeys } from './access-log.chain';
import { presentAccessLogEntry } from './access-log.presenter';
import type { AccessLogRepository, AccessLogRow } from './access-log.repository';

/** What happened to which record; the who comes from the actor. */
export interface AccessEvent {
  /** Dotted verb, e.g. `user.read`, `user.update`, `auth.login`. */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** The resident concerned, when the record is about one. */
  personId?: string | null;
  onBehalfOf?: string | null;
  details?: Record<string, unknown>;
  /** `denied` when a row-level rule refused the access; allowed otherwise. */
  outcome?: 'allowed' | 'denied';
}

/** A list or search view: what was done; who was shown is given separately. */
export type ListEvent = Omit<AccessEvent, 'personId'>;

/** One displayed row: the resident it is about (when known) and the record's own id. */
export interface ShownRecord {
  personId: string | null | undefined;
  subjectId?: string | null;
}

/** The entries for a list view: one per distinct person, plus one for rows without a person. */
export function entriesForShown(event: ListEvent, shown: readonly ShownRecord[]): AccessEvent[] {
  const byPerson = new Map<string, string[]>();
  const withoutPerson: string[] = [];
  for (const record of shown) {
    if (record.personId) {
      const subjects = byPerson.get(record.personId) ?? [];
      if (record.subjectId) subjects.push(record.subjectId);
      byPerson.set(record.personId, subjects);
    } else if (record.subjectId) {
      withoutPerson.push(record.subjectId);
    }
  }
  const details = event.details ?? {};
  const entries: AccessEvent[] = [...byPerson].map(([personId, subjects]) => ({
    ...event,
    personId,
    subjectId: subjects[0] ?? event.subjectId ?? null,
    details: subjects.length > 1 ? { ...details, records: subjects } : details,
  }));
  if (withoutPerson.length > 0 || entries.length === 0) {
    entries.push({ ...event, details: withoutPerson.length > 0 ? { ...details, shown: withoutPerson } : details });
  }
  return entries;
}

/** Who an entry is attributed to; for events before sign-in only the region is known. */
export interface AccessLogAuthor {
  regionId: string;
  userId: string | null;
  userName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  role: Role | null;
  requestId: string | null;
}

/** The author of entries written on behalf of a signed-in actor. */
export function authorOf(ctx: ActorContext): AccessLogAuthor {
  return {
    regionId: ctx.actor.regionId,
    userId: ctx.actor.userId,
    userName: ctx.actor.displayName,
    organisationId: ctx.actor.organisationId,
    organisationName: ctx.actor.organisationName,
    role: ctx.role ?? ctx.actor.roles[0] ?? null,
    requestId: ctx.requestId,
  };
}

/** The account fields an author needs. */
export interface AccountForLog {
  id: string;
  regionId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
}

/** The author of entries about an account that is not signed in (yet): sign-in attempts. */
export function authorOfAccount(account: AccountForLog, requestId: string | null): AccessLogAuthor {
  return {
    regionId: account.regionId,
    userId: account.id,
    userName: account.displayName,
    organisationId: account.organisationId,
    organisationName: account.organisationName,
    role: null,
    requestId,
  };
}

/** Writes, searches and verifies the NEN 7513 access log. */
export class AccessLogService {
  constructor(
    private readonly db: Db,
    private readonly repository: AccessLogRepository,
    private readonly keys: AccessLogKeys,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Append an entry inside the caller's transaction, so the entry exists exactly when the
   * read or change it describes does.
   */
  async record(tx: Db, ctx: ActorContext, event: AccessEvent): Promise<void> {
    await this.append(tx, authorOf(ctx), event);
  }

  /**
   * Append one entry per person a list or search displayed (same action, request and
   * details), with one INSERT in the caller's transaction, so each person's own log shows
   * the display. Records without a known person are listed in one further entry, which is
   * also written when nothing was shown, so the search itself is traceable.
   */
  async recordShown(tx: Db, ctx: ActorContext, event: ListEvent, shown: readonly ShownRecord[]): Promise<void> {
    await this.appendMany(tx, authorOf(ctx), entriesForShown(event, shown));
  }

  /** Append an entry for an author that is not (yet) a signed-in actor. */
  async append(tx: Db, author: AccessLogAuthor, event: AccessEvent): Promise<void> {
    await this.appendMany(tx, author, [event]);
  }

  /** Append entries of one author in order: one head lock, one INSERT, one head update. */
  async appendMany(tx: Db, author: AccessLogAuthor, events: readonly AccessEvent[]): Promise<void> {
    if (events.length === 0) return;
    const head = await this.repository.lockHead(tx, author.regionId);
    const occurredAt = this.now();
    let sequence = head.lastSequence;
    let prevHash = head.lastHash;
    const rows: AccessLogRow[] = [];
    for (const event of events) {
      sequence += 1;
      const row = sealEntry(
        {
          ...author,
          sequence,
          occurredAt,
          action: event.action,
          subjectType: event.subjectType,
          subjectId: event.subjectId ?? null,
          personId: event.personId ?? null,
          onBehalfOf: event.onBehalfOf ?? null,
          details: event.details ?? {},
          outcome: event.outcome ?? 'allowed',
          prevHash,
        },
        this.keys,
      );
      rows.push(row);
      prevHash = row.hash;
    }
    await this.repository.append(tx, rows);
  }

  /** Search the actor's region's log; the search itself is logged. */
  async search(ctx: ActorContext, query: AccessLogQuery): Promise<AccessLogPage> {
    const { page, pageSize } = query;
    return this.db.transaction(async (tx) => {
      const { rows, total } = await this.repository.search(
        tx,
        {
          regionId: ctx.actor.regionId,
          userId: query.userId,
          personId: query.personId,
          subjectType: query.subjectType,
          subjectId: query.subjectId,
          action: query.action,
          outcome: query.outcome,
          fromInclusive: query.from ? startOfDutchDay(query.from) : undefined,
          toExclusive: query.to ? startOfDutchDay(query.to, 1) : undefined,
        },
        { offset: (page - 1) * pageSize, limit: pageSize, order: query.order },
      );
      await this.record(tx, ctx, {
        action: 'access_log.search',
        subjectType: 'access_log',
        personId: query.personId ?? null,
        details: { filters: withoutPaging(query), results: total },
      });
      return { items: rows.map(presentAccessLogEntry), total };
    });
  }
}

function withoutPaging(query: AccessLogQuery): Record<string, unknown> {
  const { page: _page, pageSize: _pageSize, order: _order, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
}
