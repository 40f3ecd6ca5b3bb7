import type { FastifyRequest } from 'fastify';

/*
 * Personal links carry their credential in the path (/q/<token>, /api/respond/<token>, share and
 * invitation links). Logged as is, a token would sit in the logs beside the exact time it was
 * used, which would both leak the credential and tie a questionnaire submission to a moment.
 * Long random segments are therefore masked before a request is logged; slugs (lowercase words)
 * are left alone.
 */
const TOKEN_LIKE = /(?<=[/=])[A-Za-z0-9_-]{32,}(?=[/?&#]|$)/g;

export function maskTokens(url: string): string {
  return url.replace(TOKEN_LIKE, (segment) => (/[A-Z0-9_]/.test(segment) ? '[token]' : segment));
}

/** Fastify's own request serializer, with tokens masked in the URL. */
export function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: maskTokens(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
