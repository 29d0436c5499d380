import { z } from 'zod';
import { emailAddress, rawString } from './primitives';
import { ORGANISATION_KINDS, ROLES } from '@springplank/domain';
import { Id } from './common';

export const RoleSchema = z.enum(ROLES);
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export const LocaleSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

/** Sign in with e-mail address and password. */
export const LoginRequest = z.object({
  email: emailAddress(320),
  password: rawString(1024).min(1),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The signed-in user as the web app sees it. */
export const SessionUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  locale: LocaleSchema,
  roles: z.array(RoleSchema),
  organisation: z.object({ id: Id, name: z.string(), kind: OrganisationKindSchema }),
  region: z.object({ id: Id, slug: z.string(), name: z.string() }),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** The current session: who is signed in and the token to send with changes. */
export const SessionResponse = z
  .object({
    user: SessionUser,
    csrfToken: z.string().describe('Send as the X-CSRF-Token header on every change'),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Session' });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** Which ways of signing in this installation offers. */
export const AuthMethodsResponse = z.object({
  password: z.boolean(),
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
});
export type AuthMethodsResponse = z.infer<typeof AuthMethodsResponse>;

/** Change the signed-in user's interface language. */
export const UpdatePreferencesRequest = z.object({ locale: LocaleSchema });
export type UpdatePreferencesRequest = z.infer<typeof UpdatePreferencesRequest>;
