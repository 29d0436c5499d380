import type { Db } from '../../db/client';
import type { AccessLogService } from '../access-log/access-log.service';
import { PersonAccessRepository } from '../person-access/person-access.repository';
import { PersonsRepository } from '../triage/persons.repository';
import { AccessPersonsRepository } from './access-persons.repository';
import { AccessPersonsService } from './access-persons.service';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { DecisionsService } from './decisions.service';
import { WaitlistRepository } from './waitlist.repository';
import { WaitlistService } from './waitlist.service';
import { ZrmRepository } from './zrm.repository';

/**
 * Access and the waiting list (issue 4): applications, ZRM, decisions, the waiting list and
 * finding persons. `now` is the clock every "today" (defaults, waiting time, flags) comes from.
 */
export class AccessService {
  readonly persons: AccessPersonsService;
  readonly applications: ApplicationsService;
  readonly decisions: DecisionsService;
  readonly waitlist: WaitlistService;

  constructor(db: Db, accessLog: AccessLogService, now: () => Date = () => new Date()) {
    const persons = new PersonsRepository();
    const places = new AccessPersonsRepository();
    const applications = new ApplicationsRepository();
    const zrm = new ZrmRepository();
    const waitlist = new WaitlistRepository();
    this.persons = new AccessPersonsService(db, persons, places, accessLog, now);
    this.applications = new ApplicationsService(
      db,
      applications,
      zrm,
      persons,
      places,
      this.persons,
      new PersonAccessRepository(),
      accessLog,
      now,
    );
    this.decisions = new DecisionsService(db, applications, zrm, waitlist, persons, this.applications, accessLog, now);
    this.waitlist = new WaitlistService(db, waitlist, accessLog, now);
  }
}
