import { requireRole } from '../../http/policy';

/**
 * Who may read the indicators (ACCESS.md): policy analysts (aggregates with small cells
 * suppressed) and access officers (exact). The analyst is listed first, so a user holding
 * both roles gets the narrower, suppressed view.
 */
export const indicatorsPolicy = {
  read: requireRole('indicators.read', 'policy_analyst', 'access_officer'),
};
