import type { RawExecutor } from './client';

/**
 * The group role the application's login role is a member of on PostgreSQL (docs/DEPLOYMENT.md,
 * docs/ACCESS.md). The owner role (`DATABASE_OWNER_URL`) owns every table and runs migrations and
 * maintenance; members of this role may read and write the application's tables, but only
 * INSERT into and SELECT from the access log: no UPDATE, DELETE or TRUNCATE, and — not being
 * the owner — no disabling its append-only triggers either.
 */
export const APP_ROLE = 'springplank_app';

/**
 * Create the application group role when missing (when the migrating role may create roles) and
 * grant it what the application needs, after every migration run, so tables added later are
 * covered too. Idempotent. Returns false when the role does not exist and cannot be created
 * (then the installation runs with one role, as on PGlite).
 */
export async function grantApplicationRole(raw: RawExecutor): Promise<boolean> {
  const [state] = await raw.query<{ exists: boolean; mayCreate: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1) AS "exists",
            EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) AS "mayCreate"`,
    [APP_ROLE],
  );
  if (!state?.exists) {
    if (!state?.mayCreate) return false;
    // Roles are per server: two databases migrating at once may both try; the loser finds it made.
    await raw.exec(
      `DO $$ BEGIN CREATE ROLE ${APP_ROLE} NOLOGIN;
       EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
    );
  }
  await raw.exec(
    `GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
     GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
     GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
     REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM ${APP_ROLE};
     REVOKE ALL ON schema_migrations FROM ${APP_ROLE};
     GRANT SELECT ON schema_migrations TO ${APP_ROLE};`,
  );
  return true;
}
