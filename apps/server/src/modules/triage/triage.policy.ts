import { requireRole } from '../../http/policy';

/** Who may triage: the meldpunt (ACCESS.md). Routing rules and deadlines: functioneel beheer. */
export const triagePolicy = {
  triage: requireRole('triage', 'meldpunt_operator'),
  configure: requireRole('meldpunt.configure', 'administrator'),
};
