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
  receivedAt: reports.receivedAt,
  routedAt: reports.routedAt,
  closedAt: reports.closedAt,
  caseId: reports.caseId,
};

/** A report's phase-relevant fields. */
export type ReportPhaseRow = { [K in keyof typeof phaseColumns]: (typeof reports.$inferSelect)[K] };

/** The unique index that makes an idempotency key usable once per region (0003_meldpunt.sql). */
const IDEMPOTENCY_INDEX = 'reports_idempotency_key';

/**
 * The intake insert with a placeholder per column. Built once, it costs no query building per
 * request, and the name makes postgres.js use a named server-side statement: parsed once per
 * connection and then one round trip (Bind/Execute) per report, where an unnamed statement with
 * parameters takes two (Parse/Describe, then Bind/Execute). PGlite runs the same text as usual.
 */
function plainIntakeInsert(db: Db) {
  const values = Object.fromEntries(INTAKE_COLUMNS.map((column) => [column, sql.placeholder(column)]));
  return db.insert(reports).values(values as unknown as typeof reports.$inferInsert);
}

/** The plain intake insert, prepared: for a report stored by this one statement. */
function aloneInsert(db: Db) {
  return plainIntakeInsert(db).prepare('reports_intake_insert');
}

/** The intake insert that skips a used idempotency key instead of failing: for use inside a transaction. */
function skippingInsert(db: Db) {
  return plainIntakeInsert(db)
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
    .prepare('reports_intake_insert_skipping');
}

/** The constraint a database error (possibly wrapped by Drizzle) violated, on postgres.js and PGlite. */
function violatedConstraint(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth += 1) {
    const { constraint_name: postgresJs, constraint: pglite } = current as Record<string, unknown>;
    if (typeof postgresJs === 'string') return postgresJs;
    if (typeof pglite === 'string') return pglite;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** SQL for the intake side of reports. */
export class ReportsRepository {
  /** The prepared intake inserts per database handle (a transaction is a handle of its own). */
  private readonly aloneInserts = new WeakMap<Db, ReturnType<typeof aloneInsert>>();
  private readonly skippingInserts = new WeakMap<Db, ReturnType<typeof skippingInsert>>();

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
   * Store a report with one autocommit statement, unless its idempotency key was used; null when it
   * was. A plain INSERT is cheaper for the database than ON CONFLICT … RETURNING, and what a receipt
   * needs is what was sent; a used key fails the statement on the idempotency index, which changes
   * nothing outside a transaction (a concurrent insert with the same key is waited for first).
   * Not for use inside a transaction: the failed statement would abort it (use `insert`).
   */
  async insertAlone(db: Db, row: NewReport): Promise<InsertedReport | null> {
    let statement = this.aloneInserts.get(db);
    if (!statement) {
      statement = aloneInsert(db);
      this.aloneInserts.set(db, statement);
    }
    try {
      await statement.execute(row);
    } catch (error) {
      if (violatedConstraint(error) === IDEMPOTENCY_INDEX) return null;
      throw error;
    }
    return { id: row.id, reference: row.reference, receivedAt: row.receivedAt, acute: row.acute };
  }

  /** Insert a report unless its idempotency key was used; null when it was. Safe inside a transaction. */
  async insert(db: Db, row: NewReport): Promise<InsertedReport | null> {
    let statement = this.skippingInserts.get(db);
    if (!statement) {
      statement = skippingInsert(db);
      this.skippingInserts.set(db, statement);
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
