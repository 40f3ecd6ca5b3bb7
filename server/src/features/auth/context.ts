import type { FastifyRequest } from 'fastify';
import { HttpError } from '../../http-error';
import type { AuthContext, CoalitionContext } from './sessions.service';

/** For handlers behind a coalition rule: the access check has set the context, or the route is misdeclared. */
export function requireCoalitionContext(request: FastifyRequest): CoalitionContext {
  if (!request.coalition) throw new HttpError(403, 'forbidden');
  return request.coalition;
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new HttpError(401, 'unauthenticated');
  return request.auth;
}
