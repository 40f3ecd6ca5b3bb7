import { z } from 'zod';
import { zComponentCode } from '../components';
import {
  IMPORT_CHANNELS,
  IMPORT_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_REFERENCE_KINDS,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
  REPORTING_FREQUENCIES,
} from '../domain';
import { zQuarterKey } from '../periods';
import { zSlug } from './coalitions';
import { zBand } from './thermometer';

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
    /**
     * The most recent current value, or null when the indicator has no data yet. A value built on
     * a count below the suppression threshold comes as null with `suppressed` true.
     */
    latest: z
      .object({ period: z.string(), value: z.number().nullable(), suppressed: z.boolean().default(false) })
      .nullable(),
  })
  .meta({ id: 'IndicatorSummary' });
export type IndicatorSummary = z.infer<typeof zIndicatorSummary>;

export const zIndicatorList = z.object({ indicators: z.array(zIndicatorSummary) }).meta({ id: 'IndicatorList' });
export type IndicatorList = z.infer<typeof zIndicatorList>;

// ---------------------------------------------------------------------------------------------
// The catalogue: one indicator's definition, its reference points over time, and its values
// ---------------------------------------------------------------------------------------------

/** Codes name indicators in extracts, so they stay short and plain: JGZ-04, ZIN-03, OWN-1. */
export const zIndicatorCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, 'Gebruik hoofdletters, cijfers en koppeltekens, bijvoorbeeld JGZ-09');

export const zIndicatorParams = z.object({ slug: zSlug, code: z.string().min(1).max(20) });
export type IndicatorParams = z.infer<typeof zIndicatorParams>;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

/**
 * The editable fields of a definition. Colour bands lie on the indicator's own scale and cover its
 * plausible range (shared/src/indicator-bands.ts); the server checks them on every save.
 */
export const zIndicatorDefinitionInput = z
  .object({
    nameNl: text(120).min(1),
    nameEn: text(120).min(1),
    descriptionNl: text(2000).default(''),
    descriptionEn: text(2000).default(''),
    source: z.enum(INDICATOR_SOURCES),
    component: zComponentCode,
    unit: z.enum(INDICATOR_UNITS),
    numeratorText: optionalText(300).default(null),
    denominatorText: optionalText(300).default(null),
    /** value = numerator / denominator × factor (100 for %, 1000 for ‰, 1 where not a ratio). */
    factor: z.number().positive().max(1_000_000),
    direction: z.enum(INDICATOR_DIRECTIONS),
    frequency: z.enum(REPORTING_FREQUENCIES),
    plausibleMin: z.number().nullable().default(null),
    plausibleMax: z.number().nullable().default(null),
    colourBands: z.array(zBand).min(1).max(10).nullable().default(null),
  })
  .meta({ id: 'IndicatorDefinitionBody' });
export type IndicatorDefinitionInput = z.input<typeof zIndicatorDefinitionInput>;

export const zReferenceInput = z
  .object({
    kind: z.enum(INDICATOR_REFERENCE_KINDS),
    /** The first quarter the value holds for; it holds until the next entry of the same kind. */
    validFrom: zQuarterKey,
    value: z.number(),
    note: optionalText(300).default(null),
  })
  .meta({ id: 'IndicatorReferenceBody' });
export type ReferenceInput = z.input<typeof zReferenceInput>;

export const zNewIndicator = zIndicatorDefinitionInput
  .extend({
    code: zIndicatorCode,
    /** Target, baseline and national value to start with; later changes go through the references route. */
    references: z.array(zReferenceInput).max(20).default([]),
  })
  .meta({ id: 'NewIndicator' });
export type NewIndicator = z.input<typeof zNewIndicator>;

export const zIndicatorDefinition = z
  .object({
    id: z.number().int(),
    code: z.string(),
    nameNl: z.string(),
    nameEn: z.string(),
    descriptionNl: z.string(),
    descriptionEn: z.string(),
    source: z.enum(INDICATOR_SOURCES),
    component: zComponentCode,
    unit: z.enum(INDICATOR_UNITS),
    numeratorText: z.string().nullable(),
    denominatorText: z.string().nullable(),
    factor: z.number(),
    direction: z.enum(INDICATOR_DIRECTIONS),
    frequency: z.enum(REPORTING_FREQUENCIES),
    plausibleMin: z.number().nullable(),
    plausibleMax: z.number().nullable(),
    colourBands: z.array(zBand).nullable(),
    archived: z.boolean(),
    archivedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'IndicatorDefinition' });
export type IndicatorDefinition = z.infer<typeof zIndicatorDefinition>;

export const zIndicatorReference = z
  .object({
    id: z.number().int(),
    kind: z.enum(INDICATOR_REFERENCE_KINDS),
    validFrom: zQuarterKey,
    validFromIndex: z.number().int(),
    value: z.number(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'IndicatorReference' });
export type IndicatorReference = z.infer<typeof zIndicatorReference>;

/** The import a value came from; null for values entered before batches were recorded. */
export const zValueBatch = z.object({
  id: z.number().int(),
  fileName: z.string(),
  channel: z.enum(IMPORT_CHANNELS),
  status: z.enum(IMPORT_STATUSES),
  createdAt: z.string(),
  /** Who imported it: a name or e-mail, an API key's name, or null for seeded data. */
  by: z.string().nullable(),
});

/**
 * One stored value, current or superseded. Counts below the suppression threshold never leave the
 * server: `suppressed` says a figure was withheld, and the withheld fields are null.
 */
export const zIndicatorValue = z
  .object({
    id: z.number().int(),
    period: z.string(),
    periodFirstIndex: z.number().int(),
    periodLastIndex: z.number().int(),
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    suppressed: z.boolean(),
    /** 95% Wilson interval in the indicator's unit, where numerator and denominator are known and shown. */
    interval: z.object({ low: z.number(), high: z.number() }).nullable(),
    current: z.boolean(),
    createdAt: z.string(),
    supersededAt: z.string().nullable(),
    batch: zValueBatch.nullable(),
  })
  .meta({ id: 'IndicatorValue' });
export type IndicatorValue = z.infer<typeof zIndicatorValue>;

/** Everything the page of one indicator shows, in one response. */
export const zIndicatorDetail = z
  .object({
    indicator: zIndicatorDefinition,
    references: z.array(zIndicatorReference),
    /** The reference points that hold in the current quarter. */
    current: z.object({
      quarter: zQuarterKey,
      target: zIndicatorReference.nullable(),
      baseline: zIndicatorReference.nullable(),
      national: zIndicatorReference.nullable(),
    }),
    /** Every value, oldest period first; within a period the current one last. */
    values: z.array(zIndicatorValue),
    suppressionThreshold: z.number().int(),
  })
  .meta({ id: 'IndicatorDetail' });
export type IndicatorDetail = z.infer<typeof zIndicatorDetail>;

export const zCatalogueResult = z
  .object({ added: z.array(z.string()) })
  .meta({ id: 'CatalogueResult', description: 'Codes of the default indicators that were added' });
