import type { AppConfig } from './config';
import type { DatabaseHandle } from './db/client';
import { AccessLogRepository } from './modules/access-log/access-log.repository';
import { AccessLogService } from './modules/access-log/access-log.service';
import { AuthRepository } from './modules/auth/auth.repository';
import { AuthService } from './modules/auth/auth.service';
import { OidcRepository } from './modules/auth/oidc.repository';
import { OidcService } from './modules/auth/oidc.service';
import { CasesService } from './modules/cases/cases.service';
import { OutboxRepository } from './modules/outbox/outbox.repository';
import { OutboxService } from './modules/outbox/outbox.service';
import { IntakeService } from './modules/reports/intake.service';
import { PersonsRepository } from './modules/triage/persons.repository';
import { RoutingService } from './modules/triage/routing.service';
import { MeldpuntSettingsRepository } from './modules/triage/settings.repository';
import { MeldpuntSettingsService } from './modules/triage/settings.service';
import { TriageRepository } from './modules/triage/triage.repository';
import { TriageService } from './modules/triage/triage.service';
import { ReportsRepository } from './modules/reports/reports.repository';
import { PasswordHasher } from './modules/auth/password';
import { OrganisationsRepository } from './modules/organisations/organisations.repository';
import { OrganisationsService } from './modules/organisations/organisations.service';
import { RegionsRepository } from './modules/regions/regions.repository';
import { RegionsService } from './modules/regions/regions.service';
import { RetentionRepository } from './modules/retention/retention.repository';
import { RetentionService } from './modules/retention/retention.service';
import { UsersRepository } from './modules/users/users.repository';
import { UsersService } from './modules/users/users.service';

/** Every service of the application, wired once. */
export type Services = ReturnType<typeof createServices>;

/** The composition root: builds repositories and services and hands each what it uses. */
export function createServices(
  database: DatabaseHandle,
  config: Pick<AppConfig, 'session' | 'login' | 'oidc' | 'publicUrl'>,
) {
  const db = database.db;
  const passwords = new PasswordHasher();
  const accessLogRepository = new AccessLogRepository();
  const authRepository = new AuthRepository();
  const regionsRepository = new RegionsRepository();
  const accessLog = new AccessLogService(db, accessLogRepository);
  const regions = new RegionsService(db, regionsRepository);
  const auth = new AuthService(db, authRepository, accessLog, passwords, config);
  const redirectUri = `${config.publicUrl.replace(/\/+$/, '')}/api/v1/auth/oidc/callback`;
  const reportsRepository = new ReportsRepository();
  const intake = new IntakeService(db, reportsRepository, accessLog, config.publicUrl.replace(/\/+$/, ''));
  const outbox = new OutboxService(db, new OutboxRepository(), accessLog, (reportId, tx) =>
    intake.statusUrlOf(reportId, tx),
  );
  const triageRepository = new TriageRepository();
  const personsRepository = new PersonsRepository();
  const triage = new TriageService(db, triageRepository, personsRepository, accessLog);
  return {
    triage,
    meldpuntSettings: new MeldpuntSettingsService(db, new MeldpuntSettingsRepository(), reportsRepository, regions),
    routing: new RoutingService(
      db,
      triageRepository,
      personsRepository,
      reportsRepository,
      regions,
      triage,
      outbox,
      accessLog,
    ),
    intake,
    outbox,
    cases: new CasesService(db, accessLog, outbox),
    database,
    passwords,
    accessLog,
    regions,
    auth,
    oidc: config.oidc
      ? new OidcService(db, new OidcRepository(), auth, accessLog, { ...config.oidc, redirectUri })
      : null,
    organisations: new OrganisationsService(db, new OrganisationsRepository(), regions),
    users: new UsersService(db, new UsersRepository(), accessLog, passwords, authRepository),
    retention: new RetentionService(db, new RetentionRepository(), accessLog),
  };
}
