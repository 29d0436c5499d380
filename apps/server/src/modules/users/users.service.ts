import type { CreateUserRequest, UpdateUserRequest, User, UserList, UserListQuery } from '@springplank/contract';
import { isRoleAllowedForOrganisation, type OrganisationKind, type Role } from '@springplank/domain';
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

  /** Change a user's name, organisation, roles or active flag. */
  async update(ctx: ActorContext, id: string, input: UpdateUserRequest): Promise<User> {
    const regionId = ctx.actor.regionId;
    return this.db.transaction(async (tx) => {
      const current = await this.load(tx, ctx, id);
      const isSelf = id === ctx.actor.userId;
      if (isSelf && (input.active === false || (input.roles && !input.roles.includes('administrator')))) {
        throw new AppError('SELF_LOCKOUT');
      }
      const organisationId = input.organisationId ?? current.organisationId;
      const roles = input.roles ?? current.roles;
      if (input.organisationId || input.roles) await this.checkRoles(tx, regionId, organisationId, roles);
      await this.repository.update(tx, regionId, id, {
        displayName: input.displayName,
        organisationId: input.organisationId,
        active: input.active,
      });
      if (input.roles) await this.repository.setRoles(tx, regionId, id, input.roles);
      if (input.active === false) await this.sessions.deleteSessionsOfUser(tx, id);
      await this.accessLog.record(tx, ctx, {
        action: 'user.update',
        subjectType: 'user',
        subjectId: id,
        details: { changed: Object.keys(input).filter((k) => input[k as keyof UpdateUserRequest] !== undefined) },
      });
      return this.load(tx, ctx, id);
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

  /** Lift a lockout. */
  async unlock(ctx: ActorContext, id: string): Promise<User> {
    return this.db.transaction(async (tx) => {
      await this.load(tx, ctx, id);
      await this.repository.unlock(tx, ctx.actor.regionId, id);
      await this.accessLog.record(tx, ctx, { action: 'user.unlock', subjectType: 'user', subjectId: id });
      return this.load(tx, ctx, id);
    });
  }

  private async load(db: Db, ctx: ActorContext, id: string): Promise<User> {
    const row = await this.repository.find(db, ctx.actor.regionId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentUser(row);
  }

  private async checkRoles(db: Db, regionId: string, organisationId: string, roles: Role[]): Promise<void> {
    const kind: OrganisationKind | null = await this.repository.organisationKind(db, regionId, organisationId);
    if (!kind) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'organisationId', message: 'Deze organisatie bestaat niet in uw regio.' },
      ]);
    }
    const wrong = roles.filter((role) => !isRoleAllowedForOrganisation(role, kind));
    if (wrong.length > 0) {
      throw new AppError('ROLE_NOT_ALLOWED', {}, [
        { path: 'roles', message: `Niet toegestaan bij dit soort organisatie: ${wrong.join(', ')}` },
      ]);
    }
  }

  private async uniqueEmail<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('EMAIL_TAKEN', {}, [{ path: 'email', message: 'Dit e-mailadres is al in gebruik.' }]);
      throw error;
    }
  }
}
