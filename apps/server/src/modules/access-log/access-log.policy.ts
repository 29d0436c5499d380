import { requireRole } from '../../http/policy';

/** Who may use the access log: the privacy officer only (ACCESS.md). */
export const accessLogPolicy = {
  read: requireRole('access_log.read', 'privacy_officer'),
};
