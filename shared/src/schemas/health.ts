import { z } from 'zod';

export const zHealth = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    database: z.object({
      ok: z.boolean(),
      sqliteVersion: z.string(),
      journalMode: z.string(),
      appliedMigrations: z.number().int(),
    }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof zHealth>;
