import { publicAccess } from '../../http/policy';

/** Who may use the OpenID Connect sign-in routes: anyone, since they sign people in. */
export const oidcPolicy = {
  signIn: { ...publicAccess, name: 'auth.oidc' },
};
