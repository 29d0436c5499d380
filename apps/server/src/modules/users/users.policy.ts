import { requireRole } from '../../http/policy';

/** Who may manage user accounts: administrators (functioneel beheer). */
export const usersPolicy = {
  manage: requireRole('users.manage', 'administrator'),
};
