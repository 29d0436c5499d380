import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import type { ActorContext } from '../shared/context';

/** The service context of a request whose policy required a session. */
export function actorContext(request: FastifyRequest): ActorContext {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: request.actor, role: request.grantedRole, requestId: request.id };
}
