import { z } from 'zod';
import { zComponentCode } from '../components';
import { INDICATOR_DIRECTIONS, INDICATOR_UNITS } from '../domain';
import { zQuarterKey } from '../periods';

export const BAND_CODES = ['attention', 'developing', 'strong'] as const;
export const zBandCode = z.enum(BAND_CODES);
export type BandCode = z.infer<typeof zBandCode>;

/** A band covers [from, to): the lower edge belongs to the band, the upper edge to the next; 100 belongs to the top band. */
export const zBand = z.object({ from: z.number(), to: z.number(), code: zBandCode });
export type Band = z.infer<typeof zBand>;

export const zThermometerQuery = z.object({
  /** Defaults to the latest quarter with any data. */
  quarter: zQuarterKey.optional(),
});

/** A score compared with an earlier quarter; `meaningful` only when the difference exceeds the noise threshold. */
export const zComparison = z.object({
  quarter: zQuarterKey,
  score: z.number().nullable(),
  change: z.number().nullable(),
  meaningful: z.boolean(),
});
export type Comparison = z.infer<typeof zComparison>;

export const MEASURE_KINDS = ['questionnaire', 'indicator', 'register'] as const;

/**
 * Why a measure has no score: no data in reach (`missing`), data too old for its frequency
 * (`stale`), a context indicator that is shown but never scored (`context`), too few respondents
 * (`suppressed`), or no target to measure progress against (`no_target`).
 */
export const MEASURE_STATUSES = ['scored', 'missing', 'stale', 'context', 'suppressed', 'no_target'] as const;

export const zMeasure = z
  .object({
    /** Stable within a coalition: `dimension:A`, `indicator:JGZ-04`, `register:learning_breadth`. */
    key: z.string(),
    kind: z.enum(MEASURE_KINDS),
    code: z.string(),
    nameNl: z.string(),
    nameEn: z.string(),
    status: z.enum(MEASURE_STATUSES),
    /** 0–100, or null when the status is not `scored`. */
    score: z.number().nullable(),
    weight: z.number(),
    /** The period the value comes from (2026-Q2, 2025-H2, 2025), or null without data. */
    period: z.string().nullable(),
    /** The raw value in its own unit (a mean 1–5 for a dimension, the indicator value, the register figure). */
    value: z.number().nullable(),
    unit: z.enum([...INDICATOR_UNITS, 'agree_1_5']),
    direction: z.enum(INDICATOR_DIRECTIONS),
    target: z.number().nullable(),
    baseline: z.number().nullable(),
    reference: z.number().nullable(),
    /** Respondents behind a questionnaire measure; numerator/denominator-based counts elsewhere. */
    n: z.number().int().nullable(),
    indicatorId: z.number().int().nullable(),
  })
  .meta({ id: 'Measure' });
export type Measure = z.infer<typeof zMeasure>;

export const zComponentScore = z
  .object({
    code: zComponentCode,
    score: z.number().nullable(),
    band: zBandCode.nullable(),
    /** How many of the component's scorable measures the score rests on. */
    coverage: z.object({ scored: z.number().int(), total: z.number().int() }),
    previousQuarter: zComparison,
    sameQuarterLastYear: zComparison,
    /** The last eight quarters up to the chosen one, oldest first; null where there was no score. */
    sparkline: z.array(z.object({ quarter: zQuarterKey, score: z.number().nullable() })),
    measures: z.array(zMeasure),
  })
  .meta({ id: 'ComponentScore' });
export type ComponentScore = z.infer<typeof zComponentScore>;

export const zThermometer = z
  .object({
    coalition: z.object({ slug: z.string(), name: z.string() }),
    quarter: zQuarterKey,
    /** Quarters that have any data, newest first, for the quarter selector. */
    availableQuarters: z.array(zQuarterKey),
    bands: z.array(zBand),
    overall: z.object({
      score: z.number().nullable(),
      band: zBandCode.nullable(),
      componentsWithData: z.number().int(),
      componentsTotal: z.number().int(),
      previousQuarter: zComparison,
      sameQuarterLastYear: zComparison,
    }),
    components: z.array(zComponentScore),
    generatedAt: z.string(),
  })
  .meta({ id: 'Thermometer' });
export type Thermometer = z.infer<typeof zThermometer>;

export const zAnnotation = z
  .object({
    id: z.number().int(),
    quarter: zQuarterKey,
    text: z.string(),
    /** Null for both: the note concerns the whole coalition and shows on every chart. */
    component: zComponentCode.nullable(),
    indicatorId: z.number().int().nullable(),
    indicatorCode: z.string().nullable(),
  })
  .meta({ id: 'Annotation' });
export type Annotation = z.infer<typeof zAnnotation>;

export const ANNOTATION_TEXT_MAX = 300;

/**
 * What a coordinator writes: a note for a quarter about the whole thermometer (component and
 * indicatorId both null), one component, or one indicator. An indicator note names no component:
 * the indicator already belongs to one.
 */
export const zAnnotationInput = z
  .object({
    quarter: zQuarterKey,
    text: z.string().trim().min(1).max(ANNOTATION_TEXT_MAX),
    component: zComponentCode.nullable().default(null),
    indicatorId: z.number().int().positive().nullable().default(null),
  })
  .refine((a) => a.component === null || a.indicatorId === null, {
    message: 'Choose a component or an indicator, not both',
    path: ['indicatorId'],
  })
  .meta({ id: 'AnnotationBody' });
export type AnnotationInput = z.input<typeof zAnnotationInput>;

export const zAnnotationList = z.object({ annotations: z.array(zAnnotation) }).meta({ id: 'AnnotationList' });

/** One quarter of one measure, evaluated exactly as the thermometer of that quarter evaluates it. */
export const zMeasureTrendPoint = z.object({
  quarter: zQuarterKey,
  status: z.enum(MEASURE_STATUSES),
  /** The value the thermometer uses in that quarter; null when missing, stale or suppressed (a gap). */
  value: z.number().nullable(),
  score: z.number().nullable(),
  /** The period the value comes from: a yearly figure serves four quarters. */
  period: z.string().nullable(),
  target: z.number().nullable(),
  baseline: z.number().nullable(),
  reference: z.number().nullable(),
});
export type MeasureTrendPoint = z.infer<typeof zMeasureTrendPoint>;

export const zMeasureTrend = z
  .object({
    key: z.string(),
    kind: z.enum(MEASURE_KINDS),
    code: z.string(),
    nameNl: z.string(),
    nameEn: z.string(),
    component: zComponentCode,
    unit: z.enum([...INDICATOR_UNITS, 'agree_1_5']),
    direction: z.enum(INDICATOR_DIRECTIONS),
    indicatorId: z.number().int().nullable(),
    /** One point per quarter of `Trends.quarters`, in the same order. */
    points: z.array(zMeasureTrendPoint),
  })
  .meta({ id: 'MeasureTrend' });
export type MeasureTrend = z.infer<typeof zMeasureTrend>;

/** Quarterly scores over every quarter with data, oldest first, with the timeline notes. */
export const zTrends = z
  .object({
    quarters: z.array(zQuarterKey),
    bands: z.array(zBand),
    overall: z.array(z.object({ quarter: zQuarterKey, score: z.number().nullable() })),
    components: z.array(
      z.object({
        code: zComponentCode,
        points: z.array(z.object({ quarter: zQuarterKey, score: z.number().nullable() })),
      }),
    ),
    /** Every measure of every component, quarter by quarter, for the per-measure charts. */
    measures: z.array(zMeasureTrend),
    annotations: z.array(zAnnotation),
  })
  .meta({ id: 'Trends' });
export type Trends = z.infer<typeof zTrends>;
