import { z } from 'zod';

/** The five toolkit components, in the order the coalition's toolkit presents them. */
export const COMPONENT_CODES = [
  'meten_weten',
  'informatie_delen',
  'reflecteren',
  'samenwerken_leren',
  'integraal_behandelplan',
] as const;

export const zComponentCode = z.enum(COMPONENT_CODES);
export type ComponentCode = z.infer<typeof zComponentCode>;

export const COMPONENTS = {
  meten_weten: { number: 1, nl: 'Meten & weten', en: 'Measuring & knowing' },
  informatie_delen: { number: 2, nl: 'Informatie delen', en: 'Sharing information' },
  reflecteren: { number: 3, nl: 'Reflecteren', en: 'Reflecting' },
  samenwerken_leren: { number: 4, nl: 'Samenwerken & leren', en: 'Collaborating & learning' },
  integraal_behandelplan: {
    number: 5,
    nl: 'Integraal behandelplan',
    en: 'Integrated care plan',
  },
} as const satisfies Record<ComponentCode, { number: number; nl: string; en: string }>;
