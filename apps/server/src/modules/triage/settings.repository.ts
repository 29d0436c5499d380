import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { deadlineRules, municipalities, organisations, routingRules } from '../../db/schema';

/** SQL for the meldpunt's configuration: routing rules and deadline rules. */
export class MeldpuntSettingsRepository {
  /** The routing rules of a region with names. */
  async routingRules(db: Db, regionId: string) {
    return db
      .select({
        id: routingRules.id,
        municipalityCode: municipalities.code,
        municipalityName: municipalities.name,
        district: routingRules.district,
        teamId: routingRules.teamId,
        teamName: organisations.name,
      })
      .from(routingRules)
      .innerJoin(municipalities, eq(municipalities.id, routingRules.municipalityId))
      .innerJoin(organisations, eq(organisations.id, routingRules.teamId))
      .where(eq(routingRules.regionId, regionId))
      .orderBy(asc(municipalities.name), asc(routingRules.district));
  }

  /** Replace all routing rules of a region. */
  async replaceRoutingRules(
    db: Db,
    regionId: string,
    rules: { municipalityId: string; district: string | null; teamId: string }[],
  ): Promise<void> {
    await db.delete(routingRules).where(eq(routingRules.regionId, regionId));
    if (rules.length) await db.insert(routingRules).values(rules.map((rule) => ({ ...rule, regionId })));
  }

  /** Replace the deadline rules of a region. */
  async replaceDeadlineRules(
    db: Db,
    regionId: string,
    rules: {
      urgency: 'acute' | 'high' | 'normal' | 'low';
      triageWorkingDays: number;
      firstContactWorkingDays: number;
    }[],
  ): Promise<void> {
    await db.delete(deadlineRules).where(eq(deadlineRules.regionId, regionId));
    if (rules.length) await db.insert(deadlineRules).values(rules.map((rule) => ({ ...rule, regionId })));
  }

  /** Active outreach teams of a region by id. */
  async outreachTeamIds(db: Db, regionId: string): Promise<Set<string>> {
    const rows = await db
      .select({ id: organisations.id, kind: organisations.kind, active: organisations.active })
      .from(organisations)
      .where(eq(organisations.regionId, regionId));
    return new Set(rows.filter((r) => r.kind === 'outreach_team' && r.active).map((r) => r.id));
  }
}
