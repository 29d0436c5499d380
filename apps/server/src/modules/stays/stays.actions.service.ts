import type { EndStayRequest, ShelterIntakeRequest, ShelterPersonList, StayDetail } from '@springplank/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { CatalogueRepository } from '../capacity/catalogue.repository';
import type { LocationsRepository } from '../capacity/locations.repository';
import type { OccupancyService } from '../capacity/occupancy.service';
import type { PersonAccessRepository } from '../person-access/person-access.repository';
import type { PersonsRepository } from '../triage/persons.repository';
import { stayScope } from './stays.policy';
import type { StayQueriesService } from './stays.queries.service';
import type { StaysRepository } from './stays.repository';

/** What the stay actions use from other modules. */
export interface StayActionsDeps {
  db: Db;
  repository: StaysRepository;
  queries: StayQueriesService;
  accessLog: AccessLogService;
  locations: LocationsRepository;
  catalogue: CatalogueRepository;
  occupancy: OccupancyService;
  persons: PersonsRepository;
  personAccess: PersonAccessRepository;
}

/** A calendar day as Dutch people write it: 23-11-2026. */
function dutchDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

/**
 * Changing stays: direct shelter intake (no waiting list) and ending a stay. Each change,
 * and the person it creates, is logged in the same transaction. BW stays are created by
 * the placement flow (an accepted offer), not here.
 */
export class StayActionsService {
  constructor(private readonly deps: StayActionsDeps) {}

  /**
   * Take a person into shelter at a location from a date. The location row is locked first
   * (SELECT … FOR UPDATE), so two intakes for the last bed are serialised and the second one
   * finds no free bed (409). A provider can only take people into its own locations.
   */
  async shelterIntake(ctx: ActorContext, body: ShelterIntakeRequest): Promise<StayDetail> {
    const { db, repository, locations, catalogue, occupancy, accessLog } = this.deps;
    const scope = stayScope(ctx);
    return db.transaction(async (tx) => {
      const location = await locations.lock(tx, scope, body.locationId);
      if (!location) throw new AppError('NOT_FOUND');
      if (!location.active) throw new AppError('LOCATION_INACTIVE');
      if (!(await catalogue.isOffered(tx, scope.regionId, body.service))) throw new AppError('SERVICE_NOT_OFFERED');
      const { personId, created } = await this.resolvePerson(tx, ctx, body);
      if (await repository.inShelterFrom(tx, scope.regionId, personId, body.service, body.startedOn)) {
        throw new AppError('ALREADY_IN_SHELTER');
      }
      const counts = await occupancy.countsAt(tx, scope.regionId, location.id, body.service, body.startedOn);
      if (counts.free <= 0) throw new AppError('NO_FREE_BED', { date: dutchDay(body.startedOn) });
      const id = await repository.insert(tx, {
        regionId: scope.regionId,
        personId,
        service: body.service,
        organisationId: location.organisationId,
        locationId: location.id,
        startedOn: body.startedOn,
        createdByUserId: ctx.actor.userId,
      });
      if (created) {
        await accessLog.record(tx, ctx, {
          action: 'person.create',
          subjectType: 'person',
          subjectId: personId,
          personId,
        });
      }
      await accessLog.record(tx, ctx, {
        action: 'stay.create',
        subjectType: 'stay',
        subjectId: id,
        personId,
        details: { service: body.service, locationId: location.id, startedOn: body.startedOn, shelterIntake: true },
      });
      return this.deps.queries.load(tx, scope, id);
    });
  }

  /** End a stay: the day the person left (never before the start) and why. */
  async end(ctx: ActorContext, id: string, body: EndStayRequest): Promise<StayDetail> {
    const { db, repository, accessLog } = this.deps;
    const scope = stayScope(ctx);
    return db.transaction(async (tx) => {
      const stay = await repository.lock(tx, scope, id);
      if (!stay) throw AppError.refusedRead('stay.end', 'stay', id);
      if (stay.endedOn !== null) throw new AppError('STAY_ALREADY_ENDED');
      if (body.endedOn < stay.startedOn) {
        throw new AppError('STAY_END_BEFORE_START', { startedOn: dutchDay(stay.startedOn) }, [
          { path: 'endedOn', code: 'too_early', params: { minimum: stay.startedOn } },
        ]);
      }
      await repository.end(tx, id, { endedOn: body.endedOn, endReason: body.reason, endNote: body.note || null });
      await accessLog.record(tx, ctx, {
        action: 'stay.end',
        subjectType: 'stay',
        subjectId: id,
        personId: stay.personId,
        details: { endedOn: body.endedOn, reason: body.reason },
      });
      return this.deps.queries.load(tx, scope, id);
    });
  }

  /** Persons to take into shelter, by name or BSN (a provider: only its own clients); logged. */
  async searchPersons(ctx: ActorContext, q: string): Promise<ShelterPersonList> {
    const { db, repository, accessLog } = this.deps;
    const scope = stayScope(ctx);
    return db.transaction(async (tx) => {
      const rows = await repository.searchPersons(tx, scope, q);
      await accessLog.recordShown(
        tx,
        ctx,
        { action: 'person.search', subjectType: 'person', details: { purpose: 'shelter_intake' } },
        rows.map((row) => ({ personId: row.id, subjectId: row.id })),
      );
      return {
        items: rows.map((row) => ({
          id: row.id,
          name: [row.givenName, row.familyName].filter(Boolean).join(' ') || null,
          birthDate: row.birthDate,
          municipalityCode: row.municipalityCode,
        })),
      };
    });
  }

  /**
   * The person of an intake: a known one (a provider only one it may see), the person with
   * the given BSN if the region knows them already, or a new person.
   */
  private async resolvePerson(
    tx: Db,
    ctx: ActorContext,
    body: ShelterIntakeRequest,
  ): Promise<{ personId: string; created: boolean }> {
    const { persons, personAccess, repository, locations } = this.deps;
    const regionId = ctx.actor.regionId;
    if (body.personId) {
      const person = await persons.find(tx, regionId, body.personId);
      const visible =
        person !== null &&
        (ctx.role !== 'provider_staff' ||
          (await personAccess.providerMaySee(tx, regionId, ctx.actor.organisationId, person.id)));
      if (!visible) throw AppError.refusedRead('stay.create', 'person', body.personId);
      return { personId: person.id, created: false };
    }
    const fields = body.person;
    if (!fields) throw new AppError('VALIDATION_FAILED');
    const known = fields.bsn ? await repository.personByBsn(tx, regionId, fields.bsn) : null;
    if (known) return { personId: known, created: false };
    let municipalityId: string | null = null;
    if (fields.municipalityCode) {
      municipalityId = await locations.municipalityId(tx, regionId, fields.municipalityCode);
      if (!municipalityId) throw new AppError('MUNICIPALITY_UNKNOWN');
    }
    const personId = await persons.insert(tx, {
      regionId,
      bsn: fields.bsn ?? null,
      givenName: fields.givenName || null,
      familyName: fields.familyName,
      birthDate: fields.birthDate ?? null,
      address: fields.address || null,
      municipalityId,
    });
    return { personId, created: true };
  }
}
