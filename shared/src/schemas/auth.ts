import { z } from 'zod';
import { COALITION_ROLES } from '../domain';
import { zLocale } from '../locale';

export const zCoalitionRole = z.enum(COALITION_ROLES);

export const zEmail = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Long passphrases over complexity rules (NIST SP 800-63B): at least 12 characters. */
export const zNewPassword = z.string().min(12).max(200);

export const zSignInBody = z.object({ email: zEmail, password: z.string().min(1).max(200) }).meta({ id: 'SignInBody' });
export type SignInBody = z.infer<typeof zSignInBody>;

export const zMembership = z.object({
  coalition: z.object({ id: z.number().int(), slug: z.string(), name: z.string() }),
  role: zCoalitionRole,
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
});
export type Membership = z.infer<typeof zMembership>;

export const zSessionInfo = z
  .object({
    user: z.object({
      id: z.number().int(),
      email: z.string(),
      name: z.string(),
      locale: zLocale,
      isPlatformAdmin: z.boolean(),
    }),
    memberships: z.array(zMembership),
    /** Send back as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE. */
    csrfToken: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof zSessionInfo>;

export const zCsrfToken = z.object({ csrfToken: z.string() }).meta({ id: 'CsrfToken' });

export const zPasswordResetRequestBody = z.object({ email: zEmail });
export const zPasswordResetConfirmBody = z.object({ token: z.string().min(20).max(200), password: zNewPassword });

export const zTokenParams = z.object({ token: z.string().min(20).max(200) });

export const zInvitationInfo = z
  .object({
    email: z.string(),
    coalitionName: z.string(),
    role: zCoalitionRole,
    /** When true the existing account joins the coalition; no new password is asked for. */
    accountExists: z.boolean(),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationInfo' });
export type InvitationInfo = z.infer<typeof zInvitationInfo>;

export const zAcceptInvitationBody = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1).max(120),
  /** Required for a new account; ignored when the account exists. */
  password: zNewPassword.optional(),
});

/** The language a person reads the app (and, later, their e-mail) in, kept with their account. */
export const zLocaleBody = z.object({ locale: zLocale }).meta({ id: 'LocaleBody' });

export const zSwitchCoalitionBody = z.object({ slug: z.string().min(2).max(64) });

export const zAccepted = z.object({ ok: z.literal(true) }).meta({ id: 'Accepted' });
