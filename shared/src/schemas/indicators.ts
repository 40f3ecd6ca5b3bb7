import { z } from 'zod';
import { zComponentCode } from '../components';
import { INDICATOR_DIRECTIONS, INDICATOR_SOURCES, INDICATOR_UNITS, REPORTING_FREQUENCIES } from '../domain';

export const zIndicatorSummary = z
  .object({
    id: z.number().int(),
    code: z.string(),
    nameNl: z.string(),
    nameEn: z.string(),
    source: z.enum(INDICATOR_SOURCES),
    component: zComponentCode,
    unit: z.enum(INDICATOR_UNITS),
    direction: z.enum(INDICATOR_DIRECTIONS),
    frequency: z.enum(REPORTING_FREQUENCIES),
    archived: z.boolean(),
    /** The most recent current value, or null when the indicator has no data yet. */
    latest: z.object({ period: z.string(), value: z.number() }).nullable(),
  })
  .meta({ id: 'IndicatorSummary' });
export type IndicatorSummary = z.infer<typeof zIndicatorSummary>;

export const zIndicatorList = z.object({ indicators: z.array(zIndicatorSummary) }).meta({ id: 'IndicatorList' });
export type IndicatorList = z.infer<typeof zIndicatorList>;
