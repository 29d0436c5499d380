import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';

/**
 * Who may use the monitor routes (ACCESS.md). The policy analyst is listed first, so a user
 * holding both roles gets the narrower (suppressed) view.
 */
export const monitorPolicy = {
  /** Dashboard and exports: policy analysts (suppressed) and access officers (exact). */
  view: requireRole('monitor.view', 'policy_analyst', 'access_officer'),
  /** The persons behind a figure: access officers only; a policy analyst never sees a person. */
  population: requireRole('monitor.population', 'access_officer'),
  /** Reading the targets: whoever sees the dashboard, and the administrator who sets them. */
  readTargets: requireRole('monitor.targets.read', 'administrator', 'policy_analyst', 'access_officer'),
  /** Setting the targets: functioneel beheer. */
  editTargets: requireRole('monitor.targets.edit', 'administrator'),
};

/** Whether figures under 5 persons are suppressed for this actor: everyone but the access officer. */
export function suppressesSmallCells(ctx: ActorContext): boolean {
  return ctx.role !== 'access_officer';
}
