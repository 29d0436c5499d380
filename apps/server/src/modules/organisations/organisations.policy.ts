import { requireRole } from '../../http/policy';

/** Who may manage organisations: administrators (functioneel beheer). */
export const organisationsPolicy = {
  manage: requireRole('organisations.manage', 'administrator'),
};
