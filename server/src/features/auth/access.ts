import type { CoalitionRole } from '@tks/shared/domain';

/**
 * Who may call a route, declared once per route beside its schema (`config: { access: … }`) and
 * enforced centrally by the auth plugin. A route under /api without a declaration refuses to
 * register, so no route is ever born unguarded.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed_in' }
  | { kind: 'platform_admin' }
  /**
   * Members of the coalition named by the route's :slug with one of these roles; with `apiKey`,
   * also a caller presenting an API key of that coalition (`Authorization: Bearer <key>`).
   */
  | { kind: 'coalition'; roles: readonly CoalitionRole[]; apiKey?: boolean };

export const access = {
  public: { kind: 'public' },
  signedIn: { kind: 'signed_in' },
  platformAdmin: { kind: 'platform_admin' },
  coalitionMembers: { kind: 'coalition', roles: ['coordinator', 'partner', 'director'] },
  coalitionEditors: { kind: 'coalition', roles: ['coordinator', 'partner'] },
  coordinator: { kind: 'coalition', roles: ['coordinator'] },
  /** Automated feeds: the coordinator in the app, or a program holding the coalition's API key. */
  coordinatorOrApiKey: { kind: 'coalition', roles: ['coordinator'], apiKey: true },
} as const satisfies Record<string, Access>;

export interface RateLimit {
  max: number;
  timeWindow: string;
}

/** Limits for the routes that can be guessed at or flooded; one place so they stay consistent. */
export const rateLimits = {
  signIn: { max: 10, timeWindow: '1 minute' },
  passwordReset: { max: 5, timeWindow: '15 minutes' },
  personalLink: { max: 60, timeWindow: '1 minute' },
  /**
   * Questionnaire links: partners often fill in together on one office network (one address), each
   * autosaving a few times a minute. The token is 256 random bits; this limit only stops a flood.
   */
  questionnaire: { max: 600, timeWindow: '1 minute' },
  upload: { max: 20, timeWindow: '1 minute' },
} as const satisfies Record<string, RateLimit>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Set to false for unsafe routes that do not use the session cookie (personal links, API keys). */
    csrf?: boolean;
  }
}
