import type {
  ApplicationDetail,
  ApplicationPrefill,
  ApplicationQueue,
  ApplicationQueueQuery,
  ApplicationSource,
  CreateApplicationRequest,
} from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { PersonAccessRepository } from '../person-access/person-access.repository';
import { newReference } from '../reports/report-tokens';
import type { PersonsRepository } from '../triage/persons.repository';
import { applicationScope, localAccessOrganisation } from './access.policy';
import type { AccessPersonsRepository } from './access-persons.repository';
import type { AccessPersonsService } from './access-persons.service';
import {
  presentApplicationDetail,
  presentApplicationSummary,
  presentDecision,
  presentPerson,
} from './applications.presenter';
import type { ApplicationScope, ApplicationsRepository, CaseForApplication } from './applications.repository';
import type { ZrmRepository } from './zrm.repository';

const URGENCY_NL: Record<string, string> = { acute: 'acuut', high: 'hoog', normal: 'normaal', low: 'laag' };

/** Whether an application may start from this case: open, or closed as "application for a service". */
function caseAllowsApplication(row: CaseForApplication): boolean {
  return row.status === 'open' || row.outcome === 'service_application';
}

/** The queue, one application, the prefill from a case and starting an application. */
export class ApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly repository: ApplicationsRepository,
    private readonly zrm: ZrmRepository,
    private readonly persons: PersonsRepository,
    private readonly places: AccessPersonsRepository,
    private readonly accessPersons: AccessPersonsService,
    private readonly personAccess: PersonAccessRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** One page of the queue (submitted first); what was shown is logged. */
  async queue(ctx: ActorContext, query: ApplicationQueueQuery): Promise<ApplicationQueue> {
    const scope = applicationScope(ctx);
    const { page, pageSize, status } = query;
    return this.db.transaction(async (tx) => {
      const { rows, total } = await this.repository.queue(tx, scope, status, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'application.list', subjectType: 'application', details: { total, status } },
        rows.map((row) => ({ personId: row.personId, subjectId: row.id })),
      );
      return { items: rows.map(presentApplicationSummary), total };
    });
  }

  /** One application within the reader's scope; logged as `application.read`. */
  async detail(ctx: ActorContext, id: string): Promise<ApplicationDetail> {
    const scope = applicationScope(ctx);
    return this.db.transaction(async (tx) => {
      const detail = await this.load(tx, scope, id, ctx.role === 'access_officer');
      await this.accessLog.record(tx, ctx, {
        action: 'application.read',
        subjectType: 'application',
        subjectId: id,
        personId: detail.person.id,
      });
      return detail;
    });
  }

  /** Load an application (NOT_FOUND outside the scope); not logged. */
  async load(tx: Db, scope: ApplicationScope, id: string, full: boolean): Promise<ApplicationDetail> {
    const row = await this.repository.find(tx, scope, id);
    if (!row) throw AppError.refusedRead('application.read', 'application', id);
    const zrm = full ? await this.zrm.listForApplication(tx, scope.regionId, id) : [];
    const decision = full ? await this.repository.decisionOf(tx, scope.regionId, id) : null;
    return presentApplicationDetail(row, {
      zrm,
      decision: decision ? presentDecision(decision) : null,
      full,
      today: dutchDateOf(this.now()),
    });
  }

  /** What a case offers to start an application with: person, team and a short summary; logged. */
  async prefill(ctx: ActorContext, caseId: string): Promise<ApplicationPrefill> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      const row = await this.caseOf(tx, ctx, caseId);
      const person = row.personId ? await this.persons.find(tx, regionId, row.personId) : null;
      const names = await this.places.municipalityNames(tx, regionId, [person?.municipalityId ?? null]);
      await this.accessLog.record(tx, ctx, {
        action: 'application.prefill',
        subjectType: 'case',
        subjectId: row.id,
        personId: row.personId,
      });
      const summary = [
        `Casus ${row.reference} van ${row.teamName}, urgentie ${URGENCY_NL[row.urgency] ?? row.urgency}.`,
        row.outcomeDetail ?? '',
      ]
        .filter(Boolean)
        .join(' ');
      return {
        caseId: row.id,
        caseReference: row.reference,
        teamName: row.teamName,
        person: person
          ? presentPerson(person, names.get(person.municipalityId ?? '') ?? null, dutchDateOf(this.now()))
          : null,
        summary,
      };
    });
  }

  /**
   * Start an application. Access officers choose the person and source; outreach workers start
   * from a case of their own team (its person, or one they name now); providers submit for a
   * person they may see. Logged as `application.create`.
   */
  async create(ctx: ActorContext, request: CreateApplicationRequest): Promise<ApplicationDetail> {
    const regionId = ctx.actor.regionId;
    const today = dutchDateOf(this.now());
    const receivedOn = request.receivedOn ?? today;
    if (receivedOn > today) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'receivedOn', code: 'date_in_future' }]);
    }
    return this.db.transaction(async (tx) => {
      if (!(await this.places.serviceOffered(tx, regionId, request.requestedService))) {
        throw new AppError('SERVICE_NOT_OFFERED');
      }
      const { personId, caseId, source } = await this.subjectOf(tx, ctx, request);
      let reference = newReference('A');
      while (await this.repository.referenceTaken(tx, regionId, reference)) reference = newReference('A');
      const id = await this.repository.insert(tx, {
        regionId,
        reference,
        personId,
        source,
        caseId,
        requestedService: request.requestedService,
        motivation: request.motivation,
        expertiseNeeds: [...new Set(request.expertiseNeeds)],
        receivedOn,
        submittedByUserId: ctx.actor.userId,
        submittedByOrganisationId: ctx.actor.organisationId,
      });
      await this.accessLog.record(tx, ctx, {
        action: 'application.create',
        subjectType: 'application',
        subjectId: id,
        personId,
        details: { source, caseId, requestedService: request.requestedService },
      });
      return this.load(tx, applicationScope(ctx), id, ctx.role === 'access_officer');
    });
  }

  /** Who the application is about, from which case and source, per the actor's role. */
  private async subjectOf(
    tx: Db,
    ctx: ActorContext,
    request: CreateApplicationRequest,
  ): Promise<{ personId: string; caseId: string | null; source: ApplicationSource }> {
    const regionId = ctx.actor.regionId;
    if (ctx.role === 'provider_staff') {
      if (request.caseId || request.newPerson) throw new AppError('FORBIDDEN');
      const personId = request.personId as string;
      const known = await this.persons.find(tx, regionId, personId);
      const maySee =
        known !== null && (await this.personAccess.providerMaySee(tx, regionId, ctx.actor.organisationId, personId));
      if (!maySee) throw AppError.refusedRead('application.create', 'person', personId);
      return { personId, caseId: null, source: 'provider' };
    }
    if (ctx.role === 'outreach_worker') {
      if (!request.caseId) {
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'caseId', code: 'case_not_in_team' }]);
      }
      const row = await this.caseOf(tx, ctx, request.caseId);
      if (row.personId) {
        if (request.newPerson || (request.personId && request.personId !== row.personId)) {
          throw new AppError('FORBIDDEN');
        }
        return { personId: row.personId, caseId: row.id, source: 'meldpunt_case' };
      }
      // Without a person on the case, an outreach worker may name one, not pick any of the region.
      if (request.personId) throw new AppError('FORBIDDEN');
      if (!request.newPerson) throw new AppError('PERSON_REQUIRED');
      const created = await this.accessPersons.createIn(tx, ctx, request.newPerson);
      await this.repository.linkCasePerson(tx, regionId, row.id, created.id);
      return { personId: created.id, caseId: row.id, source: 'meldpunt_case' };
    }
    if (ctx.role !== 'access_officer') throw new AppError('FORBIDDEN');
    const local = localAccessOrganisation(ctx);
    // A local team submits for persons of its own municipalities; cases are the region's business.
    if (local && request.caseId) throw new AppError('FORBIDDEN');
    const caseRow = request.caseId ? await this.caseOf(tx, ctx, request.caseId) : null;
    let personId = request.personId ?? (request.newPerson ? null : (caseRow?.personId ?? null));
    if (personId && !(await this.persons.find(tx, regionId, personId))) throw new AppError('NOT_FOUND');
    if (personId && local && !(await this.places.livesInMunicipalitiesOf(tx, local, personId))) {
      throw new AppError('NOT_FOUND');
    }
    if (!personId && request.newPerson) personId = (await this.accessPersons.createIn(tx, ctx, request.newPerson)).id;
    if (!personId && caseRow) throw new AppError('PERSON_REQUIRED');
    if (!personId) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'personId', code: 'person_choice_required' }]);
    }
    const source = request.source ?? (caseRow ? 'meldpunt_case' : 'local_access');
    return { personId, caseId: caseRow?.id ?? null, source };
  }

  /** A case the actor may start an application from (own team for outreach workers). */
  private async caseOf(tx: Db, ctx: ActorContext, caseId: string): Promise<CaseForApplication> {
    const teamId = ctx.role === 'outreach_worker' ? ctx.actor.organisationId : null;
    if (ctx.role !== 'outreach_worker' && ctx.role !== 'access_officer') throw new AppError('FORBIDDEN');
    const row = await this.repository.caseFor(tx, ctx.actor.regionId, caseId, teamId);
    if (!row) throw new AppError('NOT_FOUND');
    if (!caseAllowsApplication(row)) throw new AppError('CASE_NOT_FOR_APPLICATION');
    return row;
  }
}
