import type { CreateUserRequest, UpdateUserRequest, User, UserList, UserListQuery } from '@springplank/contract';
import { conflictingRoles, isRoleAllowedForOrganisation, type OrganisationKind, type Role } from '@springplank/domain';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import { authorOf, type AccessLogAuthor, type AccessLogService } from '../access-log/access-log.service';
import type { PasswordHasher } from '../auth/password';
import { presentUser } from './users.presenter';
import type { UsersRepository } from './users.repository';

/** Ends sessions when an account is disabled or its password changes. */
export interface SessionRevoker {
  deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string): Promise<void>;
}

/** Managing user accounts. Staff data is personal data: every read and change is logged. */
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly repository: UsersRepository,
    private readonly accessLog: AccessLogService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionRevoker,
  ) {}

  /** One page of the region's users. */
  async list(ctx: ActorContext, query: UserListQuery): Promise<UserList> {
    const { page, pageSize } = query;
    return this.db.transaction(async (tx) => {
      const { rows, total } = await this.repository.list(
        tx,
        ctx.actor.regionId,
        { q: query.q, organisationId: query.organisationId, role: query.role },
        { offset: (page - 1) * pageSize, limit: pageSize },
      );
      await this.accessLog.record(tx, ctx, {
        action: 'user.list',
        subjectType: 'user',
        details: { shown: rows.map((r) => r.id), total },
      });
      return { items: rows.map(presentUser), total };
    });
  }

  /** One user. */
  async get(ctx: ActorContext, id: string): Promise<User> {
    return this.db.transaction(async (tx) => {
      const user = await this.load(tx, ctx, id);
      await this.accessLog.record(tx, ctx, { action: 'user.read', subjectType: 'user', subjectId: id });
      return user;
    });
  }

  /** Create a user in an organisation of the actor's region. */
  async create(ctx: ActorContext, input: CreateUserRequest): Promise<User> {
    return this.createIn(authorOf(ctx), input);
  }

  /**
   * Create a user on behalf of an author that is not a signed-in user (the CLI), with the
   * same rules and the same access-log entry as through the admin screens.
   */
  async createIn(author: AccessLogAuthor, input: CreateUserRequest): Promise<User> {
    const regionId = author.regionId;
    const passwordHash = input.password ? await this.passwords.hash(input.password) : null;
    return this.uniqueEmail(() =>
      this.db.transaction(async (tx) => {
        await this.checkRoles(tx, regionId, input.organisationId, input.roles);
        const id = await this.repository.insert(tx, {
          regionId,
          organisationId: input.organisationId,
          email: input.email.trim(),
          displayName: input.displayName,
          locale: input.locale ?? 'nl',
          passwordHash,
        });
        await this.repository.setRoles(tx, regionId, id, input.roles);
        await this.accessLog.append(tx, author, {
          action: 'user.create',
          subjectType: 'user',
          subjectId: id,
          details: { roles: input.roles, organisationId: input.organisationId },
        });
        const row = await this.repository.find(tx, regionId, id);
        if (!row) throw new Error('created user not found');
        return presentUser(row);
      }),
    );
  }

  /**
   * Change a user's name, organisation, roles or active flag. Separation of duties: nobody
   * changes their own roles or organisation, administrator never joins a person-seeing role,
   * and the region keeps at least one active administrator. A change of roles, organisation or
   * the active flag is logged as `user.access_change` with what was and what became (for the
   * privacy officer); other changes as `user.update`.
   */
  async update(ctx: ActorContext, id: string, input: UpdateUserRequest): Promise<User> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      const before = await this.load(tx, ctx, id);
      const after = {
        organisationId: input.organisationId ?? before.organisationId,
        roles: input.roles ? [...new Set(input.roles)].sort() : before.roles,
        active: input.active ?? before.active,
      };
      const rolesChange = !sameRoles(after.roles, before.roles);
      const organisationChange = after.organisationId !== before.organisationId;
      const activeChange = after.active !== before.active;
      if (id === ctx.actor.userId) {
        if (rolesChange || organisationChange) throw new AppError('SELF_ACCESS_CHANGE');
        if (!after.active) throw new AppError('SELF_LOCKOUT');
      }
      if (input.organisationId || input.roles) await this.checkRoles(tx, regionId, after.organisationId, after.roles);
      const wasAdministrator = before.active && before.roles.includes('administrator');
      if (wasAdministrator && !(after.active && after.roles.includes('administrator'))) {
        await this.keepAnotherAdministrator(tx, regionId, id);
      }
      await this.repository.update(tx, regionId, id, {
        displayName: input.displayName,
        organisationId: input.organisationId,
        active: input.active,
      });
      if (input.roles) await this.repository.setRoles(tx, regionId, id, input.roles);
      if (input.active === false) await this.sessions.deleteSessionsOfUser(tx, id);
      const updated = await this.load(tx, ctx, id);
      const changed = Object.keys(input).filter((k) => input[k as keyof UpdateUserRequest] !== undefined);
      const accessChange = rolesChange || organisationChange || activeChange;
      await this.accessLog.record(tx, ctx, {
        action: accessChange ? 'user.access_change' : 'user.update',
        subjectType: 'user',
        subjectId: id,
        details: accessChange ? { changed, before: accessOf(before), after: accessOf(updated) } : { changed },
      });
      return updated;
    });
  }

  /** Set a new password; the user's other sessions end. */
  async setPassword(ctx: ActorContext, id: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.db.transaction(async (tx) => {
      await this.load(tx, ctx, id);
      await this.repository.update(tx, ctx.actor.regionId, id, { passwordHash });
      await this.sessions.deleteSessionsOfUser(tx, id, ctx.actor.userId === id ? ctx.actor.sessionId : undefined);
      await this.accessLog.record(tx, ctx, { action: 'user.password_set', subjectType: 'user', subjectId: id });
    });
  }

  private async load(db: Db, ctx: ActorContext, id: string): Promise<User> {
    const row = await this.repository.find(db, ctx.actor.regionId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentUser(row);
  }

  private async keepAnotherAdministrator(tx: Db, regionId: string, leavingId: string): Promise<void> {
    await this.repository.lockRegionAdministration(tx, regionId);
    const others = (await this.repository.activeAdministrators(tx, regionId)).filter((other) => other !== leavingId);
    if (others.length === 0) throw new AppError('LAST_ADMINISTRATOR');
  }

  private async checkRoles(db: Db, regionId: string, organisationId: string, roles: Role[]): Promise<void> {
    const kind: OrganisationKind | null = await this.repository.organisationKind(db, regionId, organisationId);
    if (!kind) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'organisationId', code: 'not_in_region' }]);
    }
    const wrong = roles.filter((role) => !isRoleAllowedForOrganisation(role, kind));
    if (wrong.length > 0) {
      throw new AppError('ROLE_NOT_ALLOWED', {}, [
        { path: 'roles', code: 'role_not_allowed', params: { value: wrong.join(', ') } },
      ]);
    }
    const clashing = conflictingRoles(roles);
    if (clashing.length > 0) {
      throw new AppError('ROLES_CONFLICT', {}, [
        { path: 'roles', code: 'roles_conflict', params: { value: clashing.join(', ') } },
      ]);
    }
  }

  private async uniqueEmail<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN', {}, [{ path: 'email', code: 'email_taken' }]);
      throw error;
    }
  }
}

/** Whether two role lists hold the same roles, whatever their order. */
function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((role) => right.has(role));
}

/** What an account may do, as written to the access log before and after a change. */
function accessOf(user: User) {
  return {
    organisationId: user.organisationId,
    organisationName: user.organisationName,
    roles: user.roles,
    active: user.active,
  };
}
