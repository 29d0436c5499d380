import { AppError } from '../../errors';
import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';
import type { ApplicationScope } from './applications.repository';

/**
 * Who may use the access routes (ACCESS.md). The narrower roles are listed first, so a user
 * who somehow holds several gets the narrowest view on the shared routes.
 */
export const accessPolicy = {
  /** The queue and one application: access officers (region); outreach and providers (own submissions). */
  readApplications: requireRole('applications.read', 'outreach_worker', 'provider_staff', 'access_officer'),
  /** Start an application: access officers, outreach workers (from a case of their team), providers. */
  createApplication: requireRole('applications.create', 'outreach_worker', 'provider_staff', 'access_officer'),
  /** What a case offers to start an application with: its team's outreach workers and access officers. */
  prefill: requireRole('applications.prefill', 'outreach_worker', 'access_officer'),
  /** ZRM and decisions: access officers. */
  decide: requireRole('applications.decide', 'access_officer'),
  /** Finding and creating persons for an application: access officers. */
  persons: requireRole('access.persons', 'access_officer'),
  /** The waiting list, support while waiting and removal: access officers. */
  waitlist: requireRole('waitlist.manage', 'access_officer'),
};

/**
 * The applications an actor may read: the region's (access officers), those an outreach worker
 * submitted, or those a provider organisation submitted (colleagues follow the same clients).
 */
export function applicationScope(ctx: ActorContext): ApplicationScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'access_officer') return { regionId, submittedByUserId: null, submittedByOrganisationId: null };
  if (ctx.role === 'outreach_worker') {
    return { regionId, submittedByUserId: ctx.actor.userId, submittedByOrganisationId: null };
  }
  if (ctx.role === 'provider_staff') {
    return { regionId, submittedByUserId: null, submittedByOrganisationId: ctx.actor.organisationId };
  }
  throw new AppError('FORBIDDEN');
}
