import { AppError } from '../../errors';
import { admitLocalAccess, isLocalAccess, requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';
import type { ApplicationScope } from './applications.repository';

/**
 * Who may use the access routes (ACCESS.md). The narrower roles are listed first, so a user
 * who somehow holds several gets the narrowest view on the shared routes.
 */
export const accessPolicy = {
  /**
   * The queue and one application: access officers (region; a local team its municipalities);
   * outreach and providers (own submissions).
   */
  readApplications: admitLocalAccess(
    requireRole('applications.read', 'outreach_worker', 'provider_staff', 'access_officer'),
  ),
  /** Start an application: access officers (a local team for its municipalities), outreach workers, providers. */
  createApplication: admitLocalAccess(
    requireRole('applications.create', 'outreach_worker', 'provider_staff', 'access_officer'),
  ),
  /** What a case offers to start an application with: its team's outreach workers and regional access. */
  prefill: requireRole('applications.prefill', 'outreach_worker', 'access_officer'),
  /** Preparing an application (the ZRM): access officers, a local team for its municipalities. */
  prepare: admitLocalAccess(requireRole('applications.prepare', 'access_officer')),
  /** Decisions: the regional access team only. */
  decide: requireRole('applications.decide', 'access_officer'),
  /** Finding and creating persons for an application: access officers (a local team: its municipalities). */
  persons: admitLocalAccess(requireRole('access.persons', 'access_officer')),
  /** Reading the waiting list: access officers (a local team: the entries of its municipalities' persons). */
  readWaitlist: admitLocalAccess(requireRole('waitlist.read', 'access_officer')),
  /** The providers for support while waiting, support while waiting and removal: regional access. */
  waitlist: requireRole('waitlist.manage', 'access_officer'),
};

/**
 * The organisation whose municipalities bound what a local access officer sees, or null when
 * the actor sees the region (regional access, and every other role's own rules).
 */
export function localAccessOrganisation(ctx: ActorContext): string | null {
  return ctx.role === 'access_officer' && isLocalAccess(ctx.actor) ? ctx.actor.organisationId : null;
}

/**
 * The applications an actor may read: the region's (access officers), those an outreach worker
 * submitted, or those a provider organisation submitted (colleagues follow the same clients).
 */
export function applicationScope(ctx: ActorContext): ApplicationScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'access_officer') {
    return {
      regionId,
      submittedByUserId: null,
      submittedByOrganisationId: null,
      municipalitiesOfOrganisationId: localAccessOrganisation(ctx),
    };
  }
  if (ctx.role === 'outreach_worker') {
    return {
      regionId,
      submittedByUserId: ctx.actor.userId,
      submittedByOrganisationId: null,
      municipalitiesOfOrganisationId: null,
    };
  }
  if (ctx.role === 'provider_staff') {
    return {
      regionId,
      submittedByUserId: null,
      submittedByOrganisationId: ctx.actor.organisationId,
      municipalitiesOfOrganisationId: null,
    };
  }
  throw new AppError('FORBIDDEN');
}
