import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * Security headers for every response. The built client loads only its own scripts and styles
 * (no inline code), so the content security policy can stay at 'self'. The API documentation
 * page sets its own, hash-based policy (see openapi.ts).
 */
export const securityPlugin = fp(
  async (app) => {
    await app.register(helmet, {
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
  },
  { name: 'security' },
);
