import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appSecrets, deadlineRules, municipalities, reportAttachments, reports } from '../../db/schema';

/** A stored report row. */
export type ReportRow = typeof reports.$inferSelect;
/** The fields of a stored report that its receipt needs. */
export type InsertedReport = Pick<ReportRow, 'id' | 'reference' | 'receivedAt' | 'acute'>;
/** A municipality row. */
export type MunicipalityRow = typeof municipalities.$inferSelect;
/** The columns intake sets on a new report; the others keep their defaults (status `new`, no person or case). */
const INTAKE_COLUMNS = [
  'id',
  'regionId',
  'reference',
  'statusTokenHash',
  'channel',
  'idempotencyKey',
  'idempotencyFingerprint',
  'urgency',
  'acute',
  'categories',
  'concern',
  'subjectName',
  'subjectAddress',
  'subjectAge',
  'subjectDescription',
  'municipalityId',
  'locationAddress',
  'district',
  'reporterKind',
  'reporterName',
  'reporterPhone',
  'reporterEmail',
  'wantsFeedback',
  'reporterOrganisationId',
  'reporterUserId',
  'receivedAt',
  'triageDueOn',
] as const satisfies readonly (keyof typeof reports.$inferInsert)[];

/** A new report as intake stores it: every intake column given, null where unknown. */
export type NewReport = {
  [K in (typeof INTAKE_COLUMNS)[number]]-?: Exclude<(typeof reports.$inferInsert)[K], undefined>;
};

/** Columns the reporter-facing views may read: phase and dates, never content. */
const phaseColumns = {
  id: reports.id,
  reference: reports.reference,
  status: reports.status,
  categories: reports.categories,
  receivedAt: reports.receivedAt,
  routedAt: reports.routedAt,
  closedAt: reports.closedAt,
  caseId: reports.caseId,
};

/** A report's phase-relevant fields. */
export type ReportPhaseRow = { [K in keyof typeof phaseColumns]: (typeof reports.$inferSelect)[K] };

/**
 * The intake insert with a placeholder per column. Built once, it costs no query building per
 * request, and the name makes postgres.js use a named server-side statement: parsed once per
 * connection and then one round trip (Bind/Execute) per report, where an unnamed statement with
 * parameters takes two (Parse/Describe, then Bind/Execute). PGlite runs the same text as usual.
 */
function intakeInsert(db: Db) {
  const values = Object.fromEntries(INTAKE_COLUMNS.map((column) => [column, sql.placeholder(column)]));
  return db
    .insert(reports)
    .values(values as unknown as typeof reports.$inferInsert)
    .onConflictDoNothing({
      target: [reports.regionId, reports.idempotencyKey],
      where: sql`${reports.idempotencyKey} is not null`,
    })
    .returning({
      id: reports.id,
      reference: reports.reference,
      receivedAt: reports.receivedAt,
      acute: reports.acute,
    })
    .prepare('reports_intake_insert');
}

/** SQL for the intake side of reports. */
export class ReportsRepository {
  /** The prepared intake insert per database handle (a transaction is a handle of its own). */
  private readonly intakeInserts = new WeakMap<Db, ReturnType<typeof intakeInsert>>();

  /** A municipality and its region by CBS code. */
  async municipalityByCode(db: Db, code: string) {
    const [row] = await db.select().from(municipalities).where(eq(municipalities.code, code));
    return row ?? null;
  }

  /** All municipalities (for the public form), by name. */
  async allMunicipalities(db: Db) {
    return db
      .select({ code: municipalities.code, name: municipalities.name })
      .from(municipalities)
      .orderBy(municipalities.name);
  }

  /** The region's deadline rule rows. */
  async deadlineRules(db: Db, regionId: string) {
    return db.select().from(deadlineRules).where(eq(deadlineRules.regionId, regionId));
  }

  /**
   * Insert a report unless its idempotency key was used; null when it was. Returns what a receipt needs.
   * The statement is built once per database handle and prepared on the server (see `intakeInsert`).
   */
  async insert(db: Db, row: NewReport): Promise<InsertedReport | null> {
    let statement = this.intakeInserts.get(db);
    if (!statement) {
      statement = intakeInsert(db);
      this.intakeInserts.set(db, statement);
    }
    const inserted = await statement.execute(row);
    return inserted[0] ?? null;
  }

  /** The report stored earlier under this idempotency key. */
  async findByIdempotencyKey(db: Db, regionId: string, key: string): Promise<ReportRow | null> {
    const [row] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.regionId, regionId), eq(reports.idempotencyKey, key)));
    return row ?? null;
  }

  /** Phase and dates of the report with this status-token hash. */
  async findPhaseByTokenHash(db: Db, tokenHash: string): Promise<ReportPhaseRow | null> {
    const [row] = await db.select(phaseColumns).from(reports).where(eq(reports.statusTokenHash, tokenHash));
    return row ?? null;
  }

  /** One page of an organisation's reports, newest first, phase fields only. */
  async listOfOrganisation(db: Db, regionId: string, organisationId: string, page: { offset: number; limit: number }) {
    const where = and(eq(reports.regionId, regionId), eq(reports.reporterOrganisationId, organisationId));
    const rows = await db
      .select(phaseColumns)
      .from(reports)
      .where(where)
      .orderBy(desc(reports.receivedAt))
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(reports).where(where);
    return { rows, total: totals?.total ?? 0 };
  }

  /** Store an uploaded file that is not yet part of a report. */
  async insertAttachment(db: Db, row: typeof reportAttachments.$inferInsert) {
    const [inserted] = await db.insert(reportAttachments).values(row).returning({ id: reportAttachments.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** Attach unclaimed uploads of the region to a report; returns how many were claimed. */
  async claimAttachments(db: Db, regionId: string, reportId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const claimed = await db
      .update(reportAttachments)
      .set({ reportId, regionId })
      .where(and(inArray(reportAttachments.id, ids), isNull(reportAttachments.reportId)))
      .returning({ id: reportAttachments.id });
    return claimed.length;
  }

  /** A server secret by name (created by a migration). */
  async secret(db: Db, name: string): Promise<string> {
    const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name));
    if (!row) throw new Error(`secret ${name} missing; run the migrations`);
    return row.value;
  }
}
