import type { ApplicationDetail, DecideApplicationRequest, RecordZrmRequest } from '@springplank/contract';
import { defaultIwmoCategory, dutchDateOf, isWaitlistService } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { PersonsRepository } from '../triage/persons.repository';
import { applicationScope, localAccessOrganisation } from './access.policy';
import type { ApplicationsRepository } from './applications.repository';
import type { ApplicationsService } from './applications.service';
import type { WaitlistRepository } from './waitlist.repository';
import type { ZrmRepository } from './zrm.repository';

function notInFuture(date: string, today: string, path: string): void {
  if (date > today) throw new AppError('VALIDATION_FAILED', {}, [{ path, code: 'date_in_future' }]);
}

/** The access officer's work on an application: the ZRM assessment and the decision. */
export class DecisionsService {
  constructor(
    private readonly db: Db,
    private readonly repository: ApplicationsRepository,
    private readonly zrm: ZrmRepository,
    private readonly waitlist: WaitlistRepository,
    private readonly persons: PersonsRepository,
    private readonly applications: ApplicationsService,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** Record a ZRM assessment (13 domains, scores 1–5) with the application; logged. */
  async recordZrm(ctx: ActorContext, applicationId: string, request: RecordZrmRequest): Promise<ApplicationDetail> {
    const regionId = ctx.actor.regionId;
    const today = dutchDateOf(this.now());
    const assessedOn = request.assessedOn ?? today;
    notInFuture(assessedOn, today, 'assessedOn');
    return this.db.transaction(async (tx) => {
      // A local access team prepares only applications of its own municipalities' persons.
      if (localAccessOrganisation(ctx)) await this.applications.load(tx, applicationScope(ctx), applicationId, false);
      const application = await this.repository.lockStatus(tx, regionId, applicationId);
      if (!application) throw new AppError('NOT_FOUND');
      const { id } = await this.zrm.insertAssessment(tx, {
        regionId,
        personId: application.personId,
        applicationId,
        assessedOn,
        assessedByUserId: ctx.actor.userId,
        scores: request.scores,
      });
      await this.accessLog.record(tx, ctx, {
        action: 'zrm.create',
        subjectType: 'zrm_assessment',
        subjectId: id,
        personId: application.personId,
        details: { applicationId },
      });
      return this.applications.load(tx, applicationScope(ctx), applicationId, true);
    });
  }

  /**
   * Grant or refuse a submitted application, once. A grant of a waiting-list service puts the
   * person on the list (listed on the decision date, with the priority and the application's
   * expertise needs). Everything in one transaction; logged as `application.decide`.
   */
  async decide(
    ctx: ActorContext,
    applicationId: string,
    request: DecideApplicationRequest,
  ): Promise<ApplicationDetail> {
    const regionId = ctx.actor.regionId;
    const today = dutchDateOf(this.now());
    const decidedOn = request.decidedOn ?? today;
    notInFuture(decidedOn, today, 'decidedOn');
    return this.db.transaction(async (tx) => {
      const application = await this.repository.lockStatus(tx, regionId, applicationId);
      if (!application) throw new AppError('NOT_FOUND');
      if (application.status === 'granted' || application.status === 'refused') throw new AppError('DECISION_EXISTS');
      if (application.status !== 'submitted') throw new AppError('INVALID_STATE');
      const granted = request.outcome === 'granted';
      const service = granted ? (request.service ?? application.requestedService) : application.requestedService;
      const decisionId = await this.repository.insertDecision(tx, {
        regionId,
        applicationId,
        granted,
        service: granted ? service : null,
        validFrom: granted ? (request.validFrom ?? null) : null,
        validUntil: granted ? (request.validUntil ?? null) : null,
        priority: granted ? (request.priority ?? null) : null,
        priorityReason: granted ? request.priorityReason || null : null,
        refusalReason: granted ? null : (request.refusalReason ?? null),
        iwmoCategory: request.iwmoCategory ?? defaultIwmoCategory(service),
        decidedOn,
        decidedByUserId: ctx.actor.userId,
      });
      let waitlistEntryId: string | null = null;
      if (granted && isWaitlistService(service)) {
        if (await this.waitlist.hasOpenEntry(tx, regionId, application.personId, service)) {
          throw new AppError('WAITLIST_ALREADY_LISTED');
        }
        const person = await this.persons.find(tx, regionId, application.personId);
        waitlistEntryId = await this.waitlist.insert(tx, {
          regionId,
          personId: application.personId,
          service,
          listedOn: decidedOn,
          priority: request.priority ?? 'normal',
          priorityReason: request.priorityReason || null,
          expertiseNeeds: application.expertiseNeeds,
          preferredMunicipalityId: person?.municipalityId ?? null,
          decisionId,
        });
      }
      await this.repository.setStatus(tx, regionId, applicationId, granted ? 'granted' : 'refused');
      await this.accessLog.record(tx, ctx, {
        action: 'application.decide',
        subjectType: 'application',
        subjectId: applicationId,
        personId: application.personId,
        details: { granted, service: granted ? service : null, decisionId, waitlistEntryId },
      });
      return this.applications.load(tx, applicationScope(ctx), applicationId, true);
    });
  }
}
