import { requireRole } from '../../http/policy';

/** Who may use the veldtafel (ACCESS.md): the access team only; providers see nothing of it in this version. */
export const veldtafelPolicy = {
  /** Meetings, suggestions, agenda items, decisions and follow-up actions. */
  use: requireRole('veldtafel.use', 'access_officer'),
};
