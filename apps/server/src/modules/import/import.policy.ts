import { requireRole } from '../../http/policy';

/** The bulk import is functioneel beheer: administrators only (ACCESS.md). */
export const importPolicy = {
  run: requireRole('admin_import', 'administrator'),
};
