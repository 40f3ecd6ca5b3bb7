import { z } from 'zod';

export const zAuditEntry = z
  .object({
    id: z.number().int(),
    createdAt: z.string(),
    actor: z.string(),
    userId: z.number().int().nullable(),
    userName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof zAuditEntry>;

export const zAuditQuery = z.object({
  entityType: z.string().max(64).optional(),
  action: z.string().max(32).optional(),
  userId: z.coerce.number().int().positive().optional(),
  /** Inclusive calendar dates, YYYY-MM-DD. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Keyset pagination: entries older than this id. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof zAuditQuery>;

export const zAuditPage = z
  .object({ entries: z.array(zAuditEntry), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof zAuditPage>;
