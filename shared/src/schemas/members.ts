import { z } from 'zod';
import { zCoalitionRole, zEmail } from './auth';

export const zMember = z
  .object({
    userId: z.number().int(),
    name: z.string(),
    email: z.string(),
    role: zCoalitionRole,
    organisationId: z.number().int().nullable(),
    organisationName: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof zMember>;

export const zPendingInvitation = z
  .object({
    id: z.number().int(),
    email: z.string(),
    role: zCoalitionRole,
    organisationId: z.number().int().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'PendingInvitation' });
export type PendingInvitation = z.infer<typeof zPendingInvitation>;

export const zMemberList = z
  .object({ members: z.array(zMember), invitations: z.array(zPendingInvitation) })
  .meta({ id: 'MemberList' });
export type MemberList = z.infer<typeof zMemberList>;

/** Partners speak for one organisation; the other roles may name one too. */
export const zNewAccountInvitation = z
  .object({
    email: zEmail,
    name: z.string().trim().max(120).optional(),
    role: zCoalitionRole,
    organisationId: z.number().int().positive().nullable().default(null),
  })
  .refine((v) => v.role !== 'partner' || v.organisationId !== null, {
    path: ['organisationId'],
    message: 'A partner needs an organisation',
  })
  .meta({ id: 'NewAccountInvitation' });
export type NewAccountInvitation = z.input<typeof zNewAccountInvitation>;

export const zMemberParams = z.object({ slug: z.string().min(2).max(64), userId: z.coerce.number().int().positive() });

export const zMemberUpdate = z
  .object({ role: zCoalitionRole, organisationId: z.number().int().positive().nullable() })
  .refine((v) => v.role !== 'partner' || v.organisationId !== null, {
    path: ['organisationId'],
    message: 'A partner needs an organisation',
  })
  .meta({ id: 'MemberUpdate' });

export const zNewCoalition = z
  .object({
    slug: z
      .string()
      .min(2)
      .max(64)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().trim().min(3).max(160),
    municipality: z.string().trim().min(2).max(120),
    coordinatorEmail: zEmail,
    coordinatorName: z.string().trim().max(120).optional(),
  })
  .meta({ id: 'NewCoalition' });
export type NewCoalition = z.infer<typeof zNewCoalition>;
