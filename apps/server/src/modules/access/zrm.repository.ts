import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ZrmDomain } from '@springplank/domain';
import type { Db } from '../../db/client';
import { zrmAssessments, zrmScores } from '../../db/schema';

/** What a new ZRM assessment records: domain names and scores only (never the licensed texts). */
export interface NewZrmAssessment {
  regionId: string;
  personId: string;
  applicationId: string | null;
  assessedOn: string;
  assessedByUserId: string | null;
  scores: Partial<Record<ZrmDomain, number>>;
}

/** A stored ZRM assessment with its scores per domain. */
export interface ZrmAssessmentRow {
  id: string;
  personId: string;
  applicationId: string | null;
  assessedOn: string;
  assessedByUserId: string | null;
  createdAt: Date;
  scores: Partial<Record<ZrmDomain, number>>;
}

/** SQL for self-sufficiency assessments (zrm_assessments + zrm_scores). */
export class ZrmRepository {
  /** Insert an assessment and its scores in the caller's transaction; returns the id. */
  async insertAssessment(tx: Db, assessment: NewZrmAssessment): Promise<{ id: string }> {
    const [row] = await tx
      .insert(zrmAssessments)
      .values({
        regionId: assessment.regionId,
        personId: assessment.personId,
        applicationId: assessment.applicationId,
        assessedOn: assessment.assessedOn,
        assessedByUserId: assessment.assessedByUserId,
      })
      .returning({ id: zrmAssessments.id });
    if (!row) throw new Error('insert returned nothing');
    const scores = Object.entries(assessment.scores)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([domain, score]) => ({ assessmentId: row.id, domain, score }));
    if (scores.length > 0) await tx.insert(zrmScores).values(scores);
    return { id: row.id };
  }

  /** A person's assessments in the region, oldest first, each with its scores. */
  async listForPerson(tx: Db, regionId: string, personId: string): Promise<ZrmAssessmentRow[]> {
    const assessments = await tx
      .select({
        id: zrmAssessments.id,
        personId: zrmAssessments.personId,
        applicationId: zrmAssessments.applicationId,
        assessedOn: zrmAssessments.assessedOn,
        assessedByUserId: zrmAssessments.assessedByUserId,
        createdAt: zrmAssessments.createdAt,
      })
      .from(zrmAssessments)
      .where(and(eq(zrmAssessments.regionId, regionId), eq(zrmAssessments.personId, personId)))
      .orderBy(asc(zrmAssessments.assessedOn), asc(zrmAssessments.createdAt));
    return this.withScores(tx, assessments);
  }

  /** The assessments recorded with one application, oldest first. */
  async listForApplication(tx: Db, regionId: string, applicationId: string): Promise<ZrmAssessmentRow[]> {
    const assessments = await tx
      .select({
        id: zrmAssessments.id,
        personId: zrmAssessments.personId,
        applicationId: zrmAssessments.applicationId,
        assessedOn: zrmAssessments.assessedOn,
        assessedByUserId: zrmAssessments.assessedByUserId,
        createdAt: zrmAssessments.createdAt,
      })
      .from(zrmAssessments)
      .where(and(eq(zrmAssessments.regionId, regionId), eq(zrmAssessments.applicationId, applicationId)))
      .orderBy(asc(zrmAssessments.assessedOn), asc(zrmAssessments.createdAt));
    return this.withScores(tx, assessments);
  }

  private async withScores(tx: Db, assessments: Omit<ZrmAssessmentRow, 'scores'>[]): Promise<ZrmAssessmentRow[]> {
    if (assessments.length === 0) return [];
    const scores = await tx
      .select()
      .from(zrmScores)
      .where(
        inArray(
          zrmScores.assessmentId,
          assessments.map((a) => a.id),
        ),
      );
    return assessments.map((assessment) => ({
      ...assessment,
      scores: Object.fromEntries(
        scores.filter((s) => s.assessmentId === assessment.id).map((s) => [s.domain, s.score]),
      ),
    }));
  }
}
