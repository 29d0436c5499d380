import { z } from 'zod';
import { emailAddress, freeText, rawString } from './primitives';
import { Id, PageQuery } from './common';
import { LocaleSchema, RoleSchema } from './auth';

/** Passwords: long rather than complicated (NCSC advice). */
export const Password = rawString(1024).min(12);

/** A user account as administrators see it. Never includes the password hash. */
export const User = z
  .object({
    id: Id,
    email: z.string(),
    displayName: z.string(),
    organisationId: Id,
    organisationName: z.string(),
    roles: z.array(RoleSchema),
    locale: LocaleSchema,
    active: z.boolean(),
    hasPassword: z.boolean(),
    oidcLinked: z.boolean(),
    lastLoginAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserListQuery = PageQuery.extend({
  q: freeText(200).optional().describe('Search in name and e-mail address'),
  organisationId: Id.optional(),
  role: RoleSchema.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserList = z.object({ items: z.array(User), total: z.number().int() });
export type UserList = z.infer<typeof UserList>;

/** Create a user; without a password the user can only sign in through OpenID Connect. */
export const CreateUserRequest = z.object({
  email: emailAddress(320),
  displayName: freeText(200).min(2),
  organisationId: Id,
  roles: z.array(RoleSchema).min(1).max(9),
  password: Password.optional(),
  locale: LocaleSchema.default('nl'),
});
export type CreateUserRequest = z.input<typeof CreateUserRequest>;

/** Change a user; omitted fields stay as they are. */
export const UpdateUserRequest = z.object({
  displayName: freeText(200).min(2).optional(),
  organisationId: Id.optional(),
  roles: z.array(RoleSchema).min(1).max(9).optional(),
  active: z.boolean().optional(),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

/** Set a new password for a user. */
export const SetPasswordRequest = z.object({ password: Password });
export type SetPasswordRequest = z.infer<typeof SetPasswordRequest>;
