import 'fastify';
import type { Role } from '@springplank/domain';
import type { Actor } from '../shared/context';
import type { RoutePolicy } from './policy';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's access policy; required on every route. */
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    /** The signed-in user, or null. */
    actor: Actor | null;
    /** The role through which the route's policy admitted the actor. */
    grantedRole: Role | null;
  }
}
