import { z } from 'zod';

/** The one shape every failed request answers with. `message` is in the caller's language. */
export const zApiError = z
  .object({
    statusCode: z.number().int(),
    /** A stable machine-readable code, e.g. "validation_failed", "not_found". */
    code: z.string(),
    message: z.string(),
    fieldErrors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('Present for validation failures: one entry per offending field'),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof zApiError>;
