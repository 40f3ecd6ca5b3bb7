import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers for every response. The built client loads only its own scripts and styles
 * (no inline code), so the content security policy can stay at 'self'. The API documentation
 * page sets its own, hash-based policy (see openapi.ts).
 *
 * Helmet's middleware is built once here and applied to every request. (@fastify/helmet rebuilt
 * it — parsing every CSP directive again — on each request: ~9 % of a cached thermometer request's
 * CPU time.) Nothing in the app uses per-route helmet options or CSP nonces.
 */
const applySecurityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // Cross-origin isolation would block the PDF and PNG downloads that later features offer.
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'same-origin' },
});

export const securityPlugin = fp(
  async (app) => {
    app.addHook('onRequest', (request, reply, done) => {
      // Helmet 8 throws its errors instead of passing them on; an Error passed on is passed to Fastify.
      applySecurityHeaders(request.raw, reply.raw, (error?: unknown) =>
        done(error instanceof Error ? error : undefined),
      );
    });
  },
  { name: 'security' },
);
