import { publicAccess, requireRole } from '../../http/policy';

/** Who may use the report intake and status routes (ACCESS.md). */
export const reportsPolicy = {
  /** Anyone may report; a signed-in professional's organisation is attached. */
  submit: { ...publicAccess, name: 'reports.submit' },
  /** The private status link shows the phase to whoever holds it. */
  status: { ...publicAccess, name: 'reports.status' },
  /** Municipalities for the public form. */
  publicReference: { ...publicAccess, name: 'public.reference-data' },
  /** Professional reporters see the phase of their organisation's reports. */
  ownReports: requireRole('reports.own', 'professional_reporter'),
};
