import type {
  AccessLogEntry,
  AccessLogPerson,
  AccessLogPersonList,
  AccessLogPersonReport,
} from '@springplank/contract';
import {
  accessLogActionLabel,
  accessLogOutcomeLabel,
  accessLogRoleLabel,
  accessLogSubjectLabel,
  spreadsheetSafeRow,
} from '@springplank/domain';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../db/client';
import type { ActorContext } from '../../shared/context';
import { presentAccessLogEntry } from './access-log.presenter';
import type { AccessLogPersonsRepository, LoggedPersonRow } from './access-log.persons.repository';
import type { AccessLogRepository } from './access-log.repository';
import type { AccessLogService } from './access-log.service';

/** At most this many entries in one report or export (a person's log is far smaller in practice). */
const MAX_ENTRIES = 10_000;

/** The CSV's columns, in Dutch, in order (docs/ACCESS.md). */
export const PERSON_LOG_CSV_COLUMNS = [
  'Volgnummer',
  'Tijdstip',
  'Gebruiker',
  'Organisatie',
  'Rol',
  'Handeling',
  'Uitkomst',
  'Soort gegeven',
  'Gegeven',
  'Namens',
  'Verzoek',
] as const;

/**
 * The privacy officer's side of an inzageverzoek: find the person by name, BSN or reference,
 * show their whole log with readable actions, export it as CSV. Each of these is itself logged,
 * with the person, so the person's log also says who looked at it.
 */
export class AccessLogPersonsService {
  constructor(
    private readonly db: Db,
    private readonly persons: AccessLogPersonsRepository,
    private readonly entries: AccessLogRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Persons matching a name, BSN or reference; each person shown is logged. */
  async search(ctx: ActorContext, q: string): Promise<AccessLogPersonList> {
    return this.db.transaction(async (tx) => {
      const rows = await this.persons.find(tx, ctx.actor.regionId, q);
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'access_log.person_search', subjectType: 'person', details: { byBsn: /^\d{9}$/.test(q) } },
        rows.map((row) => ({ personId: row.id, subjectId: row.id })),
      );
      return { items: rows.map(presentPerson) };
    });
  }

  /** The person's whole log, oldest first, for the screen and the printable page; logged. */
  async report(ctx: ActorContext, personId: string): Promise<AccessLogPersonReport> {
    return this.db.transaction(async (tx) => {
      const { person, items, truncated } = await this.load(tx, ctx, personId);
      await this.accessLog.record(tx, ctx, {
        action: 'access_log.person_report',
        subjectType: 'access_log',
        personId,
        details: { entries: items.length },
      });
      return {
        person,
        items: items.map((entry) => ({ ...entry, actionLabel: accessLogActionLabel(entry.action) })),
        truncated,
        generatedAt: this.now().toISOString(),
      };
    });
  }

  /** The person's log as a Dutch CSV (semicolons, UTF-8 BOM, formulas neutralised); logged. */
  async exportCsv(ctx: ActorContext, personId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const { items } = await this.load(tx, ctx, personId);
      await this.accessLog.record(tx, ctx, {
        action: 'access_log.export',
        subjectType: 'access_log',
        personId,
        details: { format: 'csv', entries: items.length },
      });
      return personLogCsv(items);
    });
  }

  private async load(tx: Db, ctx: ActorContext, personId: string) {
    const row = await this.persons.person(tx, ctx.actor.regionId, personId);
    const { rows, total } = await this.entries.search(
      tx,
      { regionId: ctx.actor.regionId, personId },
      { offset: 0, limit: MAX_ENTRIES, order: 'asc' },
    );
    // The log outlives the person's record (retention): then only the id is known.
    const person = row ? presentPerson(row) : { id: personId, name: null, birthDate: null, reference: null };
    return { person, items: rows.map(presentAccessLogEntry), truncated: total > rows.length };
  }
}

/** A person's log entries as CSV text; every text cell is neutralised against formulas. */
export function personLogCsv(items: readonly AccessLogEntry[]): string {
  const lines = items.map((entry) =>
    spreadsheetSafeRow([
      entry.sequence,
      new Date(entry.occurredAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' }),
      entry.userName,
      entry.organisationName,
      accessLogRoleLabel(entry.role),
      accessLogActionLabel(entry.action),
      accessLogOutcomeLabel(entry.outcome),
      accessLogSubjectLabel(entry.subjectType),
      entry.subjectId,
      entry.onBehalfOf,
      entry.requestId,
    ]),
  );
  return `\uFEFF${stringify([[...PERSON_LOG_CSV_COLUMNS], ...lines], { delimiter: ';', record_delimiter: '\r\n' })}`;
}

function presentPerson(row: LoggedPersonRow): AccessLogPerson {
  return {
    id: row.id,
    name: [row.given_name, row.family_name].filter(Boolean).join(' ') || null,
    birthDate: row.birth_date,
    reference: row.source_ref,
  };
}
