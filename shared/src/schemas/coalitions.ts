import { z } from 'zod';

export const zSlug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens');

export const zCoalitionParams = z.object({ slug: zSlug });
export type CoalitionParams = z.infer<typeof zCoalitionParams>;

export const zCoalition = z
  .object({
    id: z.number().int(),
    slug: zSlug,
    name: z.string(),
    municipality: z.string(),
  })
  .meta({ id: 'Coalition' });
export type Coalition = z.infer<typeof zCoalition>;

export const zCoalitionList = z.object({ coalitions: z.array(zCoalition) }).meta({ id: 'CoalitionList' });
export type CoalitionList = z.infer<typeof zCoalitionList>;

/** What the app shell and the overview need to know about one coalition. */
export const zCoalitionSummary = zCoalition
  .extend({
    minGroupSize: z.number().int(),
    counts: z.object({
      organisations: z.number().int(),
      indicators: z.number().int(),
      rounds: z.number().int(),
      responses: z.number().int(),
      openActions: z.number().int(),
    }),
    /** The most recent quarter with any indicator value or questionnaire round, or null. */
    latestQuarter: z.string().nullable(),
  })
  .meta({ id: 'CoalitionSummary' });
export type CoalitionSummary = z.infer<typeof zCoalitionSummary>;

/** A numbered thing inside a coalition: /coalitions/:slug/<things>/:id. */
export const zCoalitionItemParams = z.object({ slug: zSlug, id: z.coerce.number().int().positive() });
