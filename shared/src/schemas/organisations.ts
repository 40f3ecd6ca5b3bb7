import { z } from 'zod';
import { ORGANISATION_DOMAINS } from '../domain';

export const zOrganisationDomain = z.enum(ORGANISATION_DOMAINS);

export const zOrganisation = z
  .object({
    id: z.number().int(),
    name: z.string(),
    shortName: z.string().nullable(),
    domain: zOrganisationDomain,
    kind: z.string().nullable(),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof zOrganisation>;

export const zOrganisationList = z.object({ organisations: z.array(zOrganisation) }).meta({ id: 'OrganisationList' });
export type OrganisationList = z.infer<typeof zOrganisationList>;
