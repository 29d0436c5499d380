import type { DeadlineRulesBody, ReplaceRoutingRulesRequest, RoutingRule } from '@springplank/contract';
import { URGENCIES } from '@springplank/contract';
import { validateDeadlineRules, type DeadlineRules } from '@springplank/domain';
import type { Db } from '../../db/client';
import type { SettingsChanges } from '../../db/settings-changes';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { RegionsService } from '../regions/regions.service';
import { loadDeadlineRules } from '../reports/intake.service';
import type { ReportsRepository } from '../reports/reports.repository';
import type { MeldpuntSettingsRepository } from './settings.repository';

/** Functioneel beheer of the meldpunt: which team gets which area, and the deadlines. */
export class MeldpuntSettingsService {
  constructor(
    private readonly db: Db,
    private readonly repository: MeldpuntSettingsRepository,
    private readonly reports: ReportsRepository,
    private readonly regions: RegionsService,
    private readonly changes: SettingsChanges,
  ) {}

  /** The region's routing rules. */
  async routingRules(ctx: ActorContext): Promise<{ items: RoutingRule[] }> {
    return { items: await this.repository.routingRules(this.db, ctx.actor.regionId) };
  }

  /** Replace the region's routing rules (one team per municipality, or per district of it). */
  async replaceRoutingRules(ctx: ActorContext, input: ReplaceRoutingRulesRequest): Promise<{ items: RoutingRule[] }> {
    const regionId = ctx.actor.regionId;
    try {
      await this.db.transaction(async (tx) => {
        const teams = await this.repository.outreachTeamIds(tx, regionId);
        const rules = [];
        for (const [index, rule] of input.rules.entries()) {
          if (!teams.has(rule.teamId)) {
            throw new AppError('VALIDATION_FAILED', {}, [{ path: `rules.${index}.teamId`, code: 'not_in_region' }]);
          }
          const [municipalityId] = await this.regions.resolveMunicipalities(tx, regionId, [rule.municipalityCode]);
          rules.push({ municipalityId: municipalityId!, district: rule.district || null, teamId: rule.teamId });
        }
        await this.repository.replaceRoutingRules(tx, regionId, rules);
        await this.changes.announce(tx, `routing-rules:${regionId}`);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'rules', code: 'duplicate_rule' }]);
      }
      throw error;
    }
    return this.routingRules(ctx);
  }

  /** The region's deadline rules in working days. */
  async deadlineRules(ctx: ActorContext): Promise<DeadlineRulesBody> {
    return { rules: await loadDeadlineRules(this.db, this.reports, ctx.actor.regionId) };
  }

  /** Replace the region's deadline rules; every urgency must be given. */
  async replaceDeadlineRules(ctx: ActorContext, input: DeadlineRulesBody): Promise<DeadlineRulesBody> {
    const missing = URGENCIES.filter((u) => !input.rules[u]);
    if (missing.length) {
      throw new AppError('VALIDATION_FAILED', {}, [
        ...missing.map((urgency) => ({ path: `rules.${urgency}`, code: 'required' as const })),
      ]);
    }
    const rules = input.rules as DeadlineRules;
    const problems = validateDeadlineRules(rules);
    if (problems.length) {
      throw new AppError(
        'VALIDATION_FAILED',
        {},
        // The contract already bounds each number, so what is left is the order of the two deadlines.
        URGENCIES.filter((u) => rules[u].firstContactWorkingDays < rules[u].triageWorkingDays).map((u) => ({
          path: `rules.${u}.firstContactWorkingDays`,
          code: 'too_small' as const,
          params: { minimum: rules[u].triageWorkingDays },
        })),
      );
    }
    await this.db.transaction(async (tx) => {
      await this.repository.replaceDeadlineRules(
        tx,
        ctx.actor.regionId,
        URGENCIES.map((urgency) => ({ urgency, ...rules[urgency] })),
      );
      // Every instance's intake drops its cached deadlines of the region when this commits.
      await this.changes.announce(tx, `deadline-rules:${ctx.actor.regionId}`);
    });
    return this.deadlineRules(ctx);
  }
}
