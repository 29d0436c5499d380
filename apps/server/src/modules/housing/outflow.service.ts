import type { OutflowItem, OutflowOverview, RecordReadyRequest, SendHousingRequest } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { PersonAccessRepository } from '../person-access/person-access.repository';
import { outflowScope, type OutflowScope } from './housing.policy';
import { presentOutflowItem } from './housing.presenter';
import type { HousingRepository } from './housing.repository';

/** A housing request as the route hands it over, after the contract's defaults are applied. */
export type SendHousingRequestInput = z.output<typeof SendHousingRequest>;

/**
 * Outflow to a home, for the access team (region) and the placing provider (own persons):
 * the ready-but-waiting list against the three-month promise, recording ready_on, and
 * sending a housing request with only what the corporation needs.
 */
export class OutflowService {
  constructor(
    private readonly db: Db,
    private readonly repository: HousingRepository,
    private readonly personAccess: PersonAccessRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Persons ready but not housed, the open stays to mark ready, and the corporations. */
  async overview(ctx: ActorContext): Promise<OutflowOverview> {
    const scope = outflowScope(ctx);
    const today = dutchDateOf(this.now());
    return this.db.transaction(async (tx) => {
      const items = [];
      for (const row of await this.repository.waiting(tx, scope.regionId)) {
        if (await this.maySee(tx, scope, row.personId)) items.push(row);
      }
      const openStays = await this.repository.openStays(tx, scope.regionId, scope.providerOrganisationId);
      await this.accessLog.recordShown(tx, ctx, { action: 'outflow.list', subjectType: 'housing_record' }, [
        ...items.map((row) => ({ personId: row.personId, subjectId: row.id })),
        ...openStays.map((row) => ({ personId: row.personId, subjectId: row.stayId })),
      ]);
      return {
        items: items.map((row) => presentOutflowItem(row, today)),
        stays: openStays.map((row) => ({ ...row, personName: row.personName || 'Naam onbekend' })),
        corporations: await this.repository.corporations(tx, scope.regionId),
      };
    });
  }

  /** Record that the person in this (open) stay can move on from `readyOn`. */
  async recordReady(ctx: ActorContext, input: RecordReadyRequest): Promise<OutflowItem> {
    const scope = outflowScope(ctx);
    const today = dutchDateOf(this.now());
    return this.db.transaction(async (tx) => {
      const stay = await this.repository.findStay(tx, scope.regionId, input.stayId);
      if (!stay) throw new AppError('NOT_FOUND');
      // A provider marks readiness only for its own clients: someone else's stay does not exist for it.
      if (scope.providerOrganisationId !== null && stay.organisationId !== scope.providerOrganisationId) {
        throw new AppError('NOT_FOUND');
      }
      if (stay.endedOn !== null) throw new AppError('INVALID_STATE');
      if (input.readyOn > today || input.readyOn < stay.startedOn) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { path: 'readyOn', code: 'date_out_of_range', params: { minimum: stay.startedOn, maximum: today } },
        ]);
      }
      if (await this.repository.hasOpenRecord(tx, scope.regionId, stay.personId)) throw new AppError('CONFLICT');
      const id = await this.repository.insert(tx, {
        regionId: scope.regionId,
        personId: stay.personId,
        stayId: stay.id,
        readyOn: input.readyOn,
        recordedByUserId: ctx.actor.userId,
      });
      await this.accessLog.record(tx, ctx, {
        action: 'outflow.ready',
        subjectType: 'housing_record',
        subjectId: id,
        personId: stay.personId,
        details: { stayId: stay.id, readyOn: input.readyOn },
      });
      return this.item(tx, scope, id);
    });
  }

  /** Send the housing request to one corporation, with only name, contact, household size, urgency and needs. */
  async sendRequest(ctx: ActorContext, id: string, input: SendHousingRequestInput): Promise<OutflowItem> {
    const scope = outflowScope(ctx);
    return this.db.transaction(async (tx) => {
      const record = await this.repository.lock(tx, scope.regionId, id);
      if (!record || !(await this.maySee(tx, scope, record.personId))) {
        throw AppError.refusedRead('housing_request.send', 'housing_record', id);
      }
      if (record.housedOn !== null) throw new AppError('INVALID_STATE');
      if (record.requestedAt !== null) throw new AppError('HOUSING_REQUEST_SENT');
      const corporations = await this.repository.corporations(tx, scope.regionId);
      if (!corporations.some((corporation) => corporation.id === input.corporationId)) {
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'corporationId', code: 'not_in_region' }]);
      }
      await this.repository.update(tx, id, {
        corporationId: input.corporationId,
        requestedAt: this.now(),
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        contactEmail: input.contactEmail,
        householdSize: input.householdSize,
        urgent: input.urgent,
        housingNeeds: input.housingNeeds,
      });
      await this.accessLog.record(tx, ctx, {
        action: 'outflow.housing_request.send',
        subjectType: 'housing_record',
        subjectId: id,
        personId: record.personId,
        details: { corporationId: input.corporationId, urgent: input.urgent },
      });
      return this.item(tx, scope, id);
    });
  }

  private async maySee(tx: Db, scope: OutflowScope, personId: string): Promise<boolean> {
    if (scope.providerOrganisationId === null) return true;
    return this.personAccess.providerMaySee(tx, scope.regionId, scope.providerOrganisationId, personId);
  }

  /** One record as the list shows it (it is open: just created or just requested). */
  private async item(tx: Db, scope: OutflowScope, id: string): Promise<OutflowItem> {
    const row = (await this.repository.waiting(tx, scope.regionId)).find((candidate) => candidate.id === id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentOutflowItem(row, dutchDateOf(this.now()));
  }
}
