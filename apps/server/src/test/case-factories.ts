import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../db/client';
import { cases, municipalities, persons, reports } from '../db/schema';
import { newReference } from '../modules/reports/report-tokens';
import { referenceRegion } from './factories';

/** The columns of a report row a test may set. */
export type ReportOverrides = Partial<typeof reports.$inferInsert>;

async function deventer(db: Db) {
  const [municipality] = await db.select().from(municipalities).where(eq(municipalities.code, 'GM0150'));
  if (!municipality) throw new Error('municipality GM0150 missing');
  return municipality;
}

/** A report row in the reference region (Deventer, GM0150), inserted directly; override what a test needs. */
export async function createReportRow(db: Db, overrides: ReportOverrides = {}) {
  const municipality = await deventer(db);
  const [report] = await db
    .insert(reports)
    .values({
      regionId: municipality.regionId,
      reference: newReference('M'),
      statusTokenHash: randomBytes(32).toString('hex'),
      channel: 'public_form',
      urgency: 'normal',
      categories: ['confused_behaviour'],
      concern: 'Mijn buurman praat al dagen hardop tegen zichzelf en eet niet meer.',
      subjectName: 'Jan de Boer',
      subjectAddress: 'Brink 10, Deventer',
      municipalityId: municipality.id,
      locationAddress: 'Brink 10',
      reporterKind: 'neighbour',
      reporterName: 'Els Melder',
      reporterPhone: '0570 123 456',
      reporterEmail: `melder.${randomBytes(4).toString('hex')}@example.org`,
      wantsFeedback: false,
      triageDueOn: dutchDateOf(new Date()),
      ...overrides,
    })
    .returning();
  if (!report) throw new Error('insert failed');
  return report;
}

/** A person in the reference region, living in Deventer. */
export async function createPerson(db: Db, overrides: Partial<typeof persons.$inferInsert> = {}) {
  const municipality = await deventer(db);
  const [person] = await db
    .insert(persons)
    .values({
      regionId: municipality.regionId,
      givenName: 'Jan',
      familyName: 'de Boer',
      birthDate: '1971-03-02',
      address: 'Brink 10, Deventer',
      municipalityId: municipality.id,
      ...overrides,
    })
    .returning();
  if (!person) throw new Error('insert failed');
  return person;
}

/**
 * An open case of a team in the reference region, with its reports (one routed report unless
 * `reports` says otherwise; each entry overrides one report's columns).
 */
export async function createCase(
  db: Db,
  fields: {
    teamId: string;
    urgency?: 'acute' | 'high' | 'normal' | 'low';
    firstContactDueOn: string;
    personId?: string | null;
    assignedUserId?: string | null;
    firstContactAt?: Date | null;
    reports?: ReportOverrides[];
  },
) {
  const region = await referenceRegion(db);
  const urgency = fields.urgency ?? 'normal';
  const [row] = await db
    .insert(cases)
    .values({
      regionId: region.id,
      reference: newReference('C'),
      personId: fields.personId ?? null,
      teamId: fields.teamId,
      urgency,
      assignedUserId: fields.assignedUserId ?? null,
      firstContactDueOn: fields.firstContactDueOn,
      firstContactAt: fields.firstContactAt ?? null,
    })
    .returning();
  if (!row) throw new Error('insert failed');
  const caseReports = [];
  for (const overrides of fields.reports ?? [{}]) {
    caseReports.push(
      await createReportRow(db, {
        status: 'routed',
        urgency,
        routedAt: new Date(),
        personId: fields.personId ?? null,
        caseId: row.id,
        ...overrides,
      }),
    );
  }
  return { ...row, reports: caseReports };
}
