import type { AppConfig } from './config';
import type { DatabaseHandle } from './db/client';
import { SettingsChanges } from './db/settings-changes';
import { AccessLogRepository } from './modules/access-log/access-log.repository';
import { DeniedReadsLogger } from './modules/access-log/access-log.denied';
import { AccessLogPersonsRepository } from './modules/access-log/access-log.persons.repository';
import { AccessLogPersonsService } from './modules/access-log/access-log.persons.service';
import { AccessLogService } from './modules/access-log/access-log.service';
import { loadAccessLogKeys } from './modules/access-log/access-log.keys';
import { CheckpointStore } from './modules/access-log/access-log.checkpoints';
import { CheckpointRepository } from './modules/access-log/access-log.checkpoints.repository';
import { ChainVerificationService } from './modules/access-log/access-log.verification.service';
import { AccessService } from './modules/access/access.service';
import { AuthRepository } from './modules/auth/auth.repository';
import { AuthService } from './modules/auth/auth.service';
import { OidcRepository } from './modules/auth/oidc.repository';
import { OidcService } from './modules/auth/oidc.service';
import { SessionsRepository } from './modules/auth/sessions.repository';
import { OwnSessionsService } from './modules/auth/sessions.service';
import { CapacityModule } from './modules/capacity/capacity.service';
import { CasesService } from './modules/cases/cases.service';
import { ZrmRepository } from './modules/access/zrm.repository';
import { HousingRequestsService } from './modules/housing/housing-requests.service';
import { HousingRepository } from './modules/housing/housing.repository';
import { OutflowService } from './modules/housing/outflow.service';
import { PersonAccessRepository } from './modules/person-access/person-access.repository';
import { SupportPlansRepository } from './modules/support-plans/support-plans.repository';
import { SupportPlansService } from './modules/support-plans/support-plans.service';
import { VeldtafelRepository } from './modules/veldtafel/veldtafel.repository';
import { VeldtafelService } from './modules/veldtafel/veldtafel.service';
import { StaysService } from './modules/stays/stays.service';
import { MonitorService } from './modules/monitor/monitor.service';
import { OutboxRepository } from './modules/outbox/outbox.repository';
import { OutboxService } from './modules/outbox/outbox.service';
import { PlacementsService } from './modules/placements/placements.service';
import { ImportRepository } from './modules/import/import.repository';
import { ImportService } from './modules/import/import.service';
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
import { IndicatorsService } from './modules/indicators/indicators.service';
import { RateLimitCounters } from './modules/rate-limit/rate-limit.repository';

/** Every service of the application, wired once. */
export type Services = ReturnType<typeof createServices>;

/** The composition root: builds repositories and services and hands each what it uses. */
export function createServices(
  database: DatabaseHandle,
  config: Pick<AppConfig, 'session' | 'login' | 'oidc' | 'publicUrl' | 'accessLog'>,
  /** The tables' owner (DATABASE_OWNER_URL), for maintenance such as ANALYZE; the app's own handle when one role. */
  owner: DatabaseHandle = database,
) {
  const db = database.db;
  const passwords = new PasswordHasher();
  const accessLogRepository = new AccessLogRepository();
  const authRepository = new AuthRepository();
  const regionsRepository = new RegionsRepository();
  const accessLogKeys = loadAccessLogKeys(config.accessLog.keys);
  const accessLog = new AccessLogService(db, accessLogRepository, accessLogKeys);
  const chainVerification = new ChainVerificationService(
    db,
    accessLogRepository,
    new CheckpointRepository(),
    new CheckpointStore(config.accessLog.checkpointDir, accessLogKeys),
    accessLogKeys,
    accessLog,
  );
  const regions = new RegionsService(db, regionsRepository);
  const rateLimitCounters = new RateLimitCounters(db);
  const auth = new AuthService(db, authRepository, accessLog, passwords, config, rateLimitCounters);
  const redirectUri = `${config.publicUrl.replace(/\/+$/, '')}/api/v1/auth/oidc/callback`;
  const reportsRepository = new ReportsRepository();
  const intake = new IntakeService(db, reportsRepository, accessLog, config.publicUrl.replace(/\/+$/, ''));
  const settingsChanges = new SettingsChanges();
  settingsChanges.subscribe((change) => intake.forgetSettings(change));
  const outbox = new OutboxService(db, new OutboxRepository(), accessLog, (reportId, tx) =>
    intake.statusUrlOf(reportId, tx),
  );
  const triageRepository = new TriageRepository();
  const personsRepository = new PersonsRepository();
  const capacity = new CapacityModule(db);
  const triage = new TriageService(db, triageRepository, personsRepository, accessLog);
  const housingRepository = new HousingRepository();
  const flowPersonAccess = new PersonAccessRepository();
  return {
    supportPlans: new SupportPlansService(
      db,
      new SupportPlansRepository(),
      new ZrmRepository(),
      flowPersonAccess,
      accessLog,
    ),
    outflow: new OutflowService(db, housingRepository, flowPersonAccess, accessLog),
    housingRequests: new HousingRequestsService(db, housingRepository, accessLog),
    veldtafel: new VeldtafelService(db, new VeldtafelRepository(), accessLog),
    triage,
    meldpuntSettings: new MeldpuntSettingsService(
      db,
      new MeldpuntSettingsRepository(),
      reportsRepository,
      regions,
      settingsChanges,
    ),
    settingsChanges,
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
    capacity,
    stays: new StaysService(db, accessLog, capacity, personsRepository),
    monitor: new MonitorService(db, regionsRepository, accessLog),
    access: new AccessService(db, accessLog),
    placements: new PlacementsService(db, accessLog),
    database,
    passwords,
    accessLog,
    accessLogKeys,
    chainVerification,
    accessLogPersons: new AccessLogPersonsService(db, new AccessLogPersonsRepository(), accessLogRepository, accessLog),
    deniedReads: new DeniedReadsLogger(db, accessLog),
    regions,
    auth,
    ownSessions: new OwnSessionsService(db, new SessionsRepository(), accessLog),
    oidc: config.oidc
      ? new OidcService(db, new OidcRepository(), auth, accessLog, { ...config.oidc, redirectUri })
      : null,
    organisations: new OrganisationsService(db, new OrganisationsRepository(), regions),
    users: new UsersService(db, new UsersRepository(), accessLog, passwords, authRepository),
    // Long work on the long pool (db/client.ts): its own statement timeout and connections.
    retention: new RetentionService(database.longDb, new RetentionRepository(), accessLog),
    imports: new ImportService(database.longDb, new ImportRepository(), accessLog, owner.longDb),
    indicators: new IndicatorsService(db),
    rateLimitCounters,
  };
}
