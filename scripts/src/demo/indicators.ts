import type { ReportingFrequency } from '@tks/shared/domain';
import {
  agreeMeanToScore,
  INDICATOR_CATALOGUE,
  type IndicatorCatalogueEntry,
  type IndicatorCode,
} from '@tks/shared/indicator-catalogue';
import type { InstrumentDefinition } from '@tks/shared/instrument-default';
import { type Period, periodKey, periodQuarterSpan, quarterFromIndex, quarterKey } from '@tks/shared/periods';
import { quarterAt, yearOf } from './calendar';
import { summariseRound } from './questionnaire';
import type { Random } from './random';
import type {
  DemoCarePlanCount,
  DemoIndicator,
  DemoIndicatorReference,
  DemoIndicatorValue,
  DemoMirrorConversation,
  DemoRound,
  DemoTimeline,
} from './types';

/*
 * Indicator series for a municipality of about 1,000 births a year. Ratios are simulated as counts
 * (numerator drawn around the expected share of a realistic denominator), so small numbers are as
 * noisy as they are in real extracts. The coalition's own indicators are derived from the
 * registers and the questionnaire, so the demo never contradicts itself.
 */

const BIRTHS_PER_QUARTER = 250;
/** Slightly more births in summer, fewer in winter. */
const BIRTH_SEASON = [0.97, 1.0, 1.04, 0.99] as const;

interface DemoPeriod {
  period: Period;
  key: string;
  first: number;
  last: number;
}

function toDemoPeriod(period: Period): DemoPeriod {
  const { first, last } = periodQuarterSpan(period);
  return { period, key: periodKey(period), first, last };
}

/** Completed periods of a frequency that overlap the demo's twelve quarters. */
export function periodsFor(frequency: ReportingFrequency, timeline: DemoTimeline): DemoPeriod[] {
  const firstYear = quarterFromIndex(timeline.firstIndex).year;
  const candidates: Period[] = [];
  for (let year = firstYear; year <= timeline.current.year; year++) {
    if (frequency === 'yearly') candidates.push({ granularity: 'year', year });
    if (frequency === 'half_yearly') {
      candidates.push({ granularity: 'half_year', year, half: 1 }, { granularity: 'half_year', year, half: 2 });
    }
    if (frequency === 'quarterly') {
      for (const quarter of [1, 2, 3, 4] as const) candidates.push({ granularity: 'quarter', year, quarter });
    }
  }
  return candidates.map(toDemoPeriod).filter((p) => p.last >= timeline.firstIndex && p.last <= timeline.currentIndex);
}

type Births = (quarterIndexValue: number) => number;

interface SeriesContext {
  births: Births;
  random: Random;
  /** The numerator another indicator already drew for the same period. */
  numeratorOf: (code: IndicatorCode, period: string) => number | null;
}

function birthsModel(random: Random): Births {
  const cache = new Map<number, number>();
  return (index) => {
    let births = cache.get(index);
    if (births === undefined) {
      const season = BIRTH_SEASON[index % 4] ?? 1;
      births = Math.round(BIRTHS_PER_QUARTER * season + random.fork(`births-${index}`).normal(0, 8));
      cache.set(index, births);
    }
    return births;
  };
}

function birthsIn(births: Births, p: DemoPeriod, lagQuarters = 0): number {
  let total = 0;
  for (let i = p.first; i <= p.last; i++) total += births(i - lagQuarters);
  return total;
}

type SeriesShape =
  | {
      kind: 'ratio';
      /** Expected value at the first and at the last period, in the indicator's unit. */
      start: number;
      end: number;
      denominator: (p: DemoPeriod, context: SeriesContext) => number;
    }
  | { kind: 'count'; start: number; end: number }
  | { kind: 'score'; start: number; end: number; sd: number }
  | { kind: 'fixed'; values: readonly number[] };

interface SeriesSpec {
  shape: SeriesShape;
  /** Positions (in the list of periods) without a value: an extract that never arrived. */
  missingAt?: readonly number[];
  /** Number of most recent periods without a value yet: a source that stopped or lags. */
  staleBy?: number;
}

/** A denominator proportional to the births of the period, or of a cohort born `lagQuarters` earlier. */
const births =
  (share = 1, lagQuarters = 0) =>
  (p: DemoPeriod, context: SeriesContext) =>
    Math.round(birthsIn(context.births, p, lagQuarters) * share);

/** Timely visits are a share of the visits made, so JGZ-02 counts what JGZ-01 counted. */
const homeVisits = (p: DemoPeriod, context: SeriesContext) => context.numeratorOf('JGZ-01', p.key) ?? 0;

/** The story each data-based indicator tells; the coalition's own indicators are derived below. */
const SERIES: Readonly<Partial<Record<IndicatorCode, SeriesSpec>>> = {
  'JGZ-01': { shape: { kind: 'ratio', start: 5, end: 12, denominator: births() } },
  'JGZ-02': { shape: { kind: 'ratio', start: 55, end: 72, denominator: homeVisits } },
  'JGZ-03': { shape: { kind: 'ratio', start: 97.2, end: 98.6, denominator: births(1, 4) } },
  'JGZ-04': { shape: { kind: 'ratio', start: 28, end: 33, denominator: births(0.92, 1) }, missingAt: [3] },
  'JGZ-05': { shape: { kind: 'ratio', start: 16.5, end: 20, denominator: births(0.9, 2) }, missingAt: [3] },
  'JGZ-06': { shape: { kind: 'ratio', start: 90.2, end: 91.8, denominator: births(1, 8) } },
  'JGZ-07': { shape: { kind: 'ratio', start: 91.5, end: 93.9, denominator: births(0.95) } },
  'JGZ-08': { shape: { kind: 'count', start: 6, end: 11 } },
  'ZIN-01': { shape: { kind: 'ratio', start: 22, end: 17.5, denominator: births(1.01) } },
  'ZIN-02': { shape: { kind: 'ratio', start: 15.6, end: 14.6, denominator: births(1.005) } },
  'ZIN-03': { shape: { kind: 'ratio', start: 7.1, end: 6.5, denominator: births(1.005) } },
  'ZIN-04': { shape: { kind: 'ratio', start: 8.4, end: 7.6, denominator: births(1.005) } },
  'ZIN-05': { shape: { kind: 'ratio', start: 48, end: 52, denominator: births(0.975) } },
  'ZIN-06': { shape: { kind: 'ratio', start: 3.1, end: 2.3, denominator: births() }, missingAt: [1] },
  'ZIN-07': { shape: { kind: 'fixed', values: [0, 1, 1, 1] } },
  'PREM-01': { shape: { kind: 'score', start: 7.9, end: 8.3, sd: 0.08 } },
  'PREM-02': { shape: { kind: 'score', start: 6.8, end: 7.3, sd: 0.12 } },
  // The hospital paused the ReproQ survey, so this series has not been updated for over a year.
  'PREM-03': {
    shape: { kind: 'ratio', start: 25, end: 20, denominator: (_p, context) => context.random.int(110, 140) },
    staleBy: 2,
  },
  'KS-01': { shape: { kind: 'ratio', start: 6.2, end: 6.5, denominator: births() } },
  // RIVM publishes debt figures about two years late.
  'KS-02': { shape: { kind: 'ratio', start: 5.8, end: 5.3, denominator: births() }, staleBy: 1 },
  'KS-03': { shape: { kind: 'count', start: 15, end: 38 }, missingAt: [5] },
};

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Sampling noise is damped below what real registrations show, so that the trend the demo tells
 * stays visible through it; there is still enough noise for "is this a real change?" to matter.
 */
const NOISE_DAMPING = 0.6;

/** A ratio observed as counts: the numerator is drawn around the expected share of the denominator. */
function drawRatio(random: Random, expected: number, factor: number, denominator: number) {
  const share = Math.min(1, Math.max(0, expected / factor));
  const sd = NOISE_DAMPING * Math.sqrt(denominator * share * (1 - share));
  const numerator = Math.min(denominator, Math.max(0, Math.round(share * denominator + random.normal(0, sd))));
  return { numerator, denominator, value: (numerator / denominator) * factor };
}

function progress(position: number, count: number): number {
  return count <= 1 ? 1 : position / (count - 1);
}

function seriesValues(
  definition: IndicatorCatalogueEntry,
  spec: SeriesSpec,
  periods: readonly DemoPeriod[],
  context: SeriesContext,
): DemoIndicatorValue[] {
  const { random } = context;
  const values = periods.map((p, i): DemoIndicatorValue | null => {
    if (spec.missingAt?.includes(i) || i >= periods.length - (spec.staleBy ?? 0)) return null;
    const base = { period: p.key, periodFirstIndex: p.first, periodLastIndex: p.last };
    const { shape } = spec;
    if (shape.kind === 'fixed') {
      const value = shape.values[i];
      return value === undefined ? null : { ...base, value, numerator: null, denominator: null };
    }
    const expected = shape.start + (shape.end - shape.start) * progress(i, periods.length);
    if (shape.kind === 'count') {
      const value = Math.max(0, Math.round(expected + random.normal(0, NOISE_DAMPING * Math.sqrt(expected))));
      return { ...base, value, numerator: null, denominator: null };
    }
    if (shape.kind === 'score') {
      return { ...base, value: roundTo(expected + random.normal(0, shape.sd), 1), numerator: null, denominator: null };
    }
    const denominator = shape.denominator(p, context);
    // A period without a denominator has no rate: missing, never zero.
    if (denominator <= 0) return null;
    return { ...base, ...drawRatio(random, expected, definition.factor, denominator) };
  });
  return values.filter((value) => value !== null);
}

// ---------------------------------------------------------------------------------------------
// The coalition's own indicators, derived from the registers
// ---------------------------------------------------------------------------------------------

function carePlanValues(counts: readonly DemoCarePlanCount[]): DemoIndicatorValue[] {
  return counts.map((count) => ({
    period: count.quarter,
    periodFirstIndex: count.quarterIndex,
    periodLastIndex: count.quarterIndex,
    value: (count.withSharedPlan / count.familiesDiscussed) * 100,
    numerator: count.withSharedPlan,
    denominator: count.familiesDiscussed,
  }));
}

/** Only whole years inside the demo period: a partly covered year would undercount. */
function mirrorConversationValues(
  conversations: readonly DemoMirrorConversation[],
  timeline: DemoTimeline,
): DemoIndicatorValue[] {
  return periodsFor('yearly', timeline)
    .filter((p) => p.first >= timeline.firstIndex)
    .map((p) => ({
      period: p.key,
      periodFirstIndex: p.first,
      periodLastIndex: p.last,
      value: conversations.filter((c) => yearOf(c.heldOn) === quarterFromIndex(p.first).year && c.summary !== '')
        .length,
      numerator: null,
      denominator: null,
    }));
}

function collaborationScoreValues(
  rounds: readonly DemoRound[],
  instrument: InstrumentDefinition,
): DemoIndicatorValue[] {
  return rounds
    .filter((round) => round.status === 'closed')
    .map((round) => {
      const quarter = quarterFromIndex(round.quarterIndex);
      const p = toDemoPeriod({ granularity: 'half_year', year: quarter.year, half: quarter.quarter <= 2 ? 1 : 2 });
      const score = agreeMeanToScore(summariseRound(round, instrument).overallMean);
      return {
        period: p.key,
        periodFirstIndex: p.first,
        periodLastIndex: p.last,
        value: roundTo(score, 1),
        numerator: null,
        denominator: null,
      };
    });
}

// ---------------------------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------------------------

/** Quarter offset at which JGZ-01's target was raised, when the new referral route started. */
export const JGZ01_TARGET_RAISED_AT = 6;
const JGZ01_RAISED_TARGET = 15;

function referencesFor(definition: IndicatorCatalogueEntry, timeline: DemoTimeline): DemoIndicatorReference[] {
  const start = quarterAt(timeline, 0);
  const from = { validFromQuarter: quarterKey(start), validFromIndex: timeline.firstIndex };
  const references: DemoIndicatorReference[] = [];
  if (definition.defaultTarget !== null) {
    references.push({ kind: 'target', ...from, value: definition.defaultTarget, note: null });
  }
  if (definition.defaultBaseline !== null) {
    references.push({ kind: 'baseline', ...from, value: definition.defaultBaseline, note: null });
  }
  if (definition.nationalValue !== null) {
    references.push({ kind: 'national', ...from, value: definition.nationalValue, note: 'Landelijk cijfer' });
  }
  if (definition.code === 'JGZ-01') {
    const raised = quarterAt(timeline, JGZ01_TARGET_RAISED_AT);
    references.push({
      kind: 'target',
      validFromQuarter: quarterKey(raised),
      validFromIndex: timeline.firstIndex + JGZ01_TARGET_RAISED_AT,
      value: JGZ01_RAISED_TARGET,
      note: 'Doel verhoogd bij de start van de nieuwe verwijsroute',
    });
  }
  return references;
}

export interface IndicatorSources {
  carePlanCounts: readonly DemoCarePlanCount[];
  mirrorConversations: readonly DemoMirrorConversation[];
  rounds: readonly DemoRound[];
  instrument: InstrumentDefinition;
}

function valuesFor(
  random: Random,
  definition: IndicatorCatalogueEntry,
  timeline: DemoTimeline,
  sources: IndicatorSources,
  shared: Omit<SeriesContext, 'random'>,
): DemoIndicatorValue[] {
  switch (definition.code) {
    case 'COA-01':
      return carePlanValues(sources.carePlanCounts);
    case 'COA-02':
      return mirrorConversationValues(sources.mirrorConversations, timeline);
    case 'COA-03':
      return collaborationScoreValues(sources.rounds, sources.instrument);
    default: {
      const spec = SERIES[definition.code];
      if (!spec) throw new Error(`No demo series for ${definition.code}`);
      const periods = periodsFor(definition.frequency, timeline);
      return seriesValues(definition, spec, periods, { ...shared, random: random.fork(definition.code) });
    }
  }
}

/** Every catalogue indicator, in catalogue order (an indicator may use the numerators of earlier ones). */
export function generateIndicators(random: Random, timeline: DemoTimeline, sources: IndicatorSources): DemoIndicator[] {
  const numerators = new Map<string, number | null>();
  const shared = {
    births: birthsModel(random.fork('births')),
    numeratorOf: (code: IndicatorCode, period: string) => numerators.get(`${code}/${period}`) ?? null,
  };
  return INDICATOR_CATALOGUE.map((definition): DemoIndicator => {
    const values = valuesFor(random, definition, timeline, sources, shared);
    for (const value of values) numerators.set(`${definition.code}/${value.period}`, value.numerator);
    return { definition, values, references: referencesFor(definition, timeline) };
  });
}
