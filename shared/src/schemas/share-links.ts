import { z } from 'zod';
import { zQuarterKey } from '../periods';
import { zReport } from './report';

export const zShareLink = z
  .object({
    id: z.number().int(),
    quarter: zQuarterKey,
    label: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ShareLink' });
export type ShareLink = z.infer<typeof zShareLink>;

export const zShareLinkList = z.object({ shareLinks: z.array(zShareLink) }).meta({ id: 'ShareLinkList' });

export const zNewShareLink = z
  .object({
    quarter: zQuarterKey,
    label: z.string().trim().max(120).optional(),
    expiresInDays: z.number().int().min(1).max(365).default(30),
  })
  .meta({ id: 'NewShareLink' });
export type NewShareLink = z.input<typeof zNewShareLink>;

/** Returned once, at creation: the token itself is never stored. */
export const zCreatedShareLink = zShareLink.extend({ url: z.string() }).meta({ id: 'CreatedShareLink' });

/** What an anonymous holder of a share link sees: one coalition's report for one quarter. */
export const zSharedReport = z
  .object({
    coalition: z.object({ name: z.string(), municipality: z.string() }),
    quarter: zQuarterKey,
    expiresAt: z.string(),
    /** The report itself, for the link's quarter. */
    report: zReport,
  })
  .meta({ id: 'SharedReport' });
export type SharedReport = z.infer<typeof zSharedReport>;
