import { CreateUserRequest, issueText, type User } from '@springplank/contract';
import { and, eq, or } from 'drizzle-orm';
import { loadConfig } from '../config';
import { createServices } from '../composition-root';
import type { DatabaseHandle } from '../db/client';
import { organisations } from '../db/schema';
import { AppError } from '../errors';
import { RegionsRepository } from '../modules/regions/regions.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Options of `cli user:create`. */
export interface UserCreateOptions {
  email?: string;
  name?: string;
  organisation?: string;
  role?: string[];
  password?: string;
  region?: string;
}

/** Create a user from the command line with the same rules as the admin screen. */
export async function runUserCreate(database: DatabaseHandle, options: UserCreateOptions): Promise<User> {
  const db = database.db;
  const region = await new RegionsRepository().findBySlug(db, options.region ?? 'midden-ijssel');
  if (!region) throw new Error(`Unknown region: ${options.region}`);
  const reference = options.organisation ?? '';
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, region.id),
        UUID.test(reference)
          ? or(eq(organisations.id, reference), eq(organisations.name, reference))
          : eq(organisations.name, reference),
      ),
    );
  if (!organisation) throw new Error(`Unknown organisation in ${region.slug}: "${reference}"`);
  const parsed = CreateUserRequest.safeParse({
    email: options.email,
    displayName: options.name,
    organisationId: organisation.id,
    roles: (options.role ?? [])
      .flatMap((r) => r.split(','))
      .map((r) => r.trim())
      .filter(Boolean),
    password: options.password,
  });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  }
  const services = createServices(database, loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  try {
    return await services.users.createIn(
      {
        regionId: region.id,
        userId: null,
        userName: 'cli',
        organisationId: null,
        organisationName: null,
        role: null,
        requestId: null,
      },
      parsed.data,
    );
  } catch (error) {
    if (error instanceof AppError) {
      throw new Error(
        `${error.publicMessage}${error.issues ? ` (${error.issues.map((i) => issueText('nl', i)).join('; ')})` : ''}`,
      );
    }
    throw error;
  }
}
