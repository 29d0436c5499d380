import { publicAccess, signedIn } from '../../http/policy';

/** Who may use the sign-in routes. */
export const authPolicy = {
  signIn: { ...publicAccess, name: 'auth.sign-in' },
  ownSession: { ...signedIn, name: 'auth.own-session' },
};
