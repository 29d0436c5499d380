import type {
  AccessPerson,
  AccessPersonList,
  AccessPersonSearchQuery,
  CreateAccessPersonRequest,
} from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { PersonsRepository } from '../triage/persons.repository';
import type { AccessPersonsRepository } from './access-persons.repository';
import { localAccessOrganisation } from './access.policy';
import { presentPerson } from './applications.presenter';

/** Finding and creating the person an application is about (access officers; a local team within its municipalities). */
export class AccessPersonsService {
  constructor(
    private readonly db: Db,
    private readonly persons: PersonsRepository,
    private readonly places: AccessPersonsRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** Persons of the actor's region by name, BSN and/or birth date; what was shown is logged. */
  async search(ctx: ActorContext, query: AccessPersonSearchQuery): Promise<AccessPersonList> {
    const regionId = ctx.actor.regionId;
    const today = dutchDateOf(this.now());
    return this.db.transaction(async (tx) => {
      const rows = await this.persons.search(tx, regionId, {
        ...query,
        municipalitiesOfOrganisationId: localAccessOrganisation(ctx),
      });
      const names = await this.places.municipalityNames(
        tx,
        regionId,
        rows.map((row) => row.municipalityId),
      );
      await this.accessLog.recordShown(
        tx,
        ctx,
        {
          action: 'person.search',
          subjectType: 'person',
          details: { byBsn: Boolean(query.bsn), byBirthDate: Boolean(query.birthDate) },
        },
        rows.map((row) => ({ personId: row.id, subjectId: row.id })),
      );
      return {
        items: rows.map((row) =>
          presentPerson(row, row.municipalityId ? (names.get(row.municipalityId) ?? null) : null, today),
        ),
      };
    });
  }

  /** Create a person (BSN checked by the elfproef at the edge, unique in the region); logged. */
  async create(ctx: ActorContext, request: CreateAccessPersonRequest): Promise<AccessPerson> {
    return this.db.transaction(async (tx) => this.createIn(tx, ctx, request));
  }

  /** Create a person inside the caller's transaction (an application can create its person). */
  async createIn(tx: Db, ctx: ActorContext, request: CreateAccessPersonRequest): Promise<AccessPerson> {
    const regionId = ctx.actor.regionId;
    const municipality = request.municipalityCode
      ? await this.places.municipalityByCode(tx, regionId, request.municipalityCode)
      : null;
    if (request.municipalityCode && !municipality) throw new AppError('MUNICIPALITY_UNKNOWN');
    const local = localAccessOrganisation(ctx);
    if (local && !(municipality && (await this.places.organisationCovers(tx, local, municipality.id)))) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'municipalityCode', code: 'municipality_outside_team' }]);
    }
    if (request.birthDate && request.birthDate > dutchDateOf(this.now())) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'birthDate', code: 'date_in_future' }]);
    }
    if (request.bsn && (await this.places.bsnTaken(tx, regionId, request.bsn))) throw new AppError('PERSON_BSN_EXISTS');
    const id = await this.persons.insert(tx, {
      regionId,
      bsn: request.bsn ?? null,
      givenName: request.givenName || null,
      familyName: request.familyName || null,
      birthDate: request.birthDate ?? null,
      address: request.address || null,
      municipalityId: municipality?.id ?? null,
    });
    await this.accessLog.record(tx, ctx, {
      action: 'person.create',
      subjectType: 'person',
      subjectId: id,
      personId: id,
    });
    const row = await this.persons.find(tx, regionId, id);
    if (!row) throw new Error('person vanished');
    return presentPerson(row, municipality?.name ?? null, dutchDateOf(this.now()));
  }
}
