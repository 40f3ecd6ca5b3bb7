import type { Db } from '@tks/db/client';
import { perDb } from '@tks/db/per-db';
import { COMPONENT_CODES, type ComponentCode } from '@tks/shared/components';
import { suppressSmallCounts } from '@tks/shared/indicator-stats';
import { parseQuarterKey, quarterFromIndex, quarterIndex, quarterKey, quarterOfDate } from '@tks/shared/periods';
import { REGISTER_MEASURE_CODES, REGISTER_MEASURES, type RegisterMeasureCode } from '@tks/shared/register-measures';
import type { Measure, Thermometer, Trends } from '@tks/shared/schemas/thermometer';
import {
  bandOf,
  compareScores,
  DEFAULT_BANDS,
  dimensionScore,
  indicatorProgress,
  MAX_AGE_QUARTERS,
  overallScore,
  pickLatest,
  targetAttainment,
  weightedMean,
} from '@tks/shared/scoring';
import type { CoalitionContext } from '../auth/sessions.service';
import { selectIndicatorDefinitions } from '../indicators/indicators.queries';
import {
  selectActiveOrganisationIds,
  selectAgreementStatusCounts,
  selectAnnotations,
  selectCarePlanCounts,
  selectCoalitionSettings,
  selectCurrentIndicatorValues,
  selectDimensionResults,
  selectIndicatorReferences,
  selectLearningParticipation,
  selectMeasureTargets,
  selectMirrorConversationDates,
  selectMirrorFollowUps,
} from './thermometer.queries';

const SPARKLINE_QUARTERS = 8;
/** The coalition's own figures that the questionnaire and the registers already measure; not counted twice. */
const DERIVED_SOURCES = new Set(['questionnaire', 'coalition']);

function dateQuarterIndex(date: string): number {
  return quarterIndex(quarterOfDate(new Date(`${date}T12:00:00`)));
}

/** The value of the latest entry valid from a quarter at or before q. */
function validAt<T extends { validFromIndex: number }>(entries: readonly T[], q: number): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    if (entry.validFromIndex <= q && (!found || entry.validFromIndex > found.validFromIndex)) found = entry;
  }
  return found;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

type Inputs = ReturnType<typeof loadInputs>;

function loadInputs(db: Db, coalitionId: number) {
  const settings = selectCoalitionSettings(db, coalitionId);
  const dimensionRows = selectDimensionResults(db, coalitionId);
  // Archived indicators stay in: they count for the quarters before they were archived.
  const indicators = selectIndicatorDefinitions(db, coalitionId).filter((i) => !DERIVED_SOURCES.has(i.source));
  const values = groupBy(selectCurrentIndicatorValues(db, coalitionId), (v) => v.indicatorId);
  const references = groupBy(selectIndicatorReferences(db, coalitionId), (r) => `${r.indicatorId}:${r.kind}`);
  return {
    minGroupSize: settings?.minGroupSize ?? 5,
    bands: settings?.scoreBands ?? DEFAULT_BANDS,
    dimensions: [...groupBy(dimensionRows, (r) => r.dimensionCode).values()].map((series) => ({
      meta: series.at(-1) ?? series[0],
      series: series.map((r) => ({ ...r, periodLastIndex: r.quarterIndex })),
    })),
    indicators: indicators.map((definition) => ({
      definition,
      values: values.get(definition.id) ?? [],
      targets: references.get(`${definition.id}:target`) ?? [],
      baselines: references.get(`${definition.id}:baseline`) ?? [],
      nationals: references.get(`${definition.id}:national`) ?? [],
    })),
    measureTargets: groupBy(selectMeasureTargets(db, coalitionId), (t) => t.code),
    mirrorConversations: selectMirrorConversationDates(db, coalitionId).map((m) => dateQuarterIndex(m.heldOn)),
    mirrorFollowUps: selectMirrorFollowUps(db, coalitionId)
      .filter((a) => a.status !== 'dropped')
      .map((a) => ({
        q: dateQuarterIndex(a.heldOn),
        doneQ: a.status === 'done' && a.completedOn ? dateQuarterIndex(a.completedOn) : null,
      })),
    agreements: selectAgreementStatusCounts(db, coalitionId),
    learning: selectLearningParticipation(db, coalitionId).map((p) => ({
      q: dateQuarterIndex(p.heldOn),
      organisationId: p.organisationId,
    })),
    activeOrganisations: new Set(selectActiveOrganisationIds(db, coalitionId)),
    carePlans: selectCarePlanCounts(db, coalitionId),
  };
}

/*
 * The inputs of the coalitions asked for most recently, under the data version they were read at
 * (see thermometer.cache.ts: the version is read before the data, so an entry can only be newer
 * than its version, never older). The thermometer of each quarter and the trends all start from the
 * same inputs; a few kept means that opening the trends or another quarter does not read and
 * aggregate five years of data again (two thirds of the time of a first request). Few, and by
 * count, so that memory stays small whatever the number of coalitions.
 */
const RECENT_INPUTS = 8;
const recentInputsOf = perDb(() => new Map<number, { version: number; inputs: Inputs }>());

/** The coalition's inputs; with the data version read before, from the recent ones if unchanged. */
function inputsOf(db: Db, coalitionId: number, dataVersion: number | undefined): Inputs {
  if (dataVersion === undefined) return loadInputs(db, coalitionId);
  const recent = recentInputsOf(db);
  const hit = recent.get(coalitionId);
  recent.delete(coalitionId);
  const entry =
    hit && hit.version === dataVersion ? hit : { version: dataVersion, inputs: loadInputs(db, coalitionId) };
  // Map keeps insertion order: the first key is the least recently used.
  recent.set(coalitionId, entry);
  for (const oldest of recent.keys()) {
    if (recent.size <= RECENT_INPUTS) break;
    recent.delete(oldest);
  }
  return entry.inputs;
}

const EMPTY_MEASURE = { target: null, baseline: null, reference: null, n: null, indicatorId: null, weight: 1 } as const;

type ComponentMeasure = Measure & { component: ComponentCode };

function dimensionMeasures(inputs: Inputs, q: number): ComponentMeasure[] {
  return inputs.dimensions.flatMap(({ meta, series }): ComponentMeasure[] => {
    if (!meta) return [];
    const base = {
      ...EMPTY_MEASURE,
      key: `dimension:${meta.dimensionCode}`,
      kind: 'questionnaire' as const,
      code: meta.dimensionCode,
      nameNl: meta.nameNl,
      nameEn: meta.nameEn,
      unit: 'agree_1_5' as const,
      direction: 'higher_better' as const,
      component: meta.component,
    };
    const pick = pickLatest(series, q, MAX_AGE_QUARTERS.half_yearly);
    if (pick.kind === 'missing') return [{ ...base, status: 'missing', score: null, period: null, value: null }];
    const { item } = pick;
    // Below the minimum group size nothing is shown, not even n: it could identify respondents.
    if (item.respondents < inputs.minGroupSize) {
      return [{ ...base, status: 'suppressed', score: null, period: item.quarter, value: null }];
    }
    const scored = pick.kind === 'current';
    return [
      {
        ...base,
        status: scored ? 'scored' : 'stale',
        score: scored ? dimensionScore(item.mean) : null,
        period: item.quarter,
        value: item.mean,
        n: item.respondents,
      },
    ];
  });
}

/** An archived indicator stops counting from the quarter it was archived in; earlier quarters keep it. */
function activeIn(definition: { archivedAt: string | null }, q: number): boolean {
  return definition.archivedAt === null || q < quarterIndex(quarterOfDate(new Date(definition.archivedAt)));
}

function indicatorMeasures(inputs: Inputs, q: number): ComponentMeasure[] {
  const active = inputs.indicators.filter(({ definition }) => activeIn(definition, q));
  return active.map(({ definition, values, targets, baselines, nationals }): ComponentMeasure => {
    const target = validAt(targets, q)?.value ?? null;
    const baseline = validAt(baselines, q)?.value ?? null;
    const base = {
      ...EMPTY_MEASURE,
      key: `indicator:${definition.code}`,
      kind: 'indicator' as const,
      code: definition.code,
      nameNl: definition.nameNl,
      nameEn: definition.nameEn,
      unit: definition.unit,
      direction: definition.direction,
      component: definition.component,
      indicatorId: definition.id,
      target,
      baseline,
      reference: validAt(nationals, q)?.value ?? null,
    };
    const pick = pickLatest(values, q, MAX_AGE_QUARTERS[definition.frequency]);
    if (pick.kind === 'missing') return { ...base, status: 'missing', score: null, period: null, value: null };
    // A value built on a count below 10 is not shown, and so not scored either: a score gives the value back.
    if (suppressSmallCounts(pick.item, definition).suppressed) {
      return { ...base, status: 'suppressed', score: null, period: pick.item.period, value: null };
    }
    const shown = { ...base, period: pick.item.period, value: pick.item.value, n: pick.item.denominator };
    if (definition.direction === 'context') return { ...shown, status: 'context', score: null };
    if (pick.kind === 'stale') return { ...shown, status: 'stale', score: null };
    if (target === null) return { ...shown, status: 'no_target', score: null };
    const score = indicatorProgress({ value: pick.item.value, baseline, target, direction: definition.direction });
    return { ...shown, status: score === null ? 'no_target' : 'scored', score };
  });
}

/**
 * The register figure for a quarter, or null when the register holds nothing yet (missing is not
 * zero). A figure from a period too long ago is returned as stale: shown, not scored.
 */
function registerValue(
  inputs: Inputs,
  code: RegisterMeasureCode,
  q: number,
): { value: number; period: string; stale?: boolean } | null {
  const window = (index: number) => index <= q && index > q - 4;
  const period = quarterKey(quarterFromIndex(q));
  switch (code) {
    case 'mirror_conversations_per_year':
      if (!inputs.mirrorConversations.some((i) => i <= q)) return null;
      return { value: inputs.mirrorConversations.filter(window).length, period };
    case 'agreements_in_use_share': {
      const total = inputs.agreements.reduce((sum, a) => sum + a.n, 0);
      if (total === 0) return null;
      const inUse = inputs.agreements.find((a) => a.status === 'in_use')?.n ?? 0;
      return { value: (inUse / total) * 100, period };
    }
    case 'learning_breadth': {
      const active = inputs.activeOrganisations;
      if (!inputs.learning.some((p) => p.q <= q) || active.size === 0) return null;
      const took = new Set(
        inputs.learning.filter((p) => window(p.q) && active.has(p.organisationId)).map((p) => p.organisationId),
      );
      return { value: (took.size / active.size) * 100, period };
    }
    case 'mirror_follow_up_share': {
      const actions = inputs.mirrorFollowUps.filter((a) => window(a.q));
      if (actions.length === 0) return null;
      const done = actions.filter((a) => a.doneQ !== null && a.doneQ <= q).length;
      return { value: (done / actions.length) * 100, period };
    }
    case 'care_plan_share': {
      const pick = pickLatest(inputs.carePlans, q, MAX_AGE_QUARTERS.quarterly);
      if (pick.kind === 'missing' || pick.item.familiesDiscussed === 0) return null;
      const share = (pick.item.withSharedPlan / pick.item.familiesDiscussed) * 100;
      return { value: share, period: pick.item.quarter, stale: pick.kind === 'stale' };
    }
    case 'care_plan_evaluated_share': {
      const pick = pickLatest(inputs.carePlans, q, MAX_AGE_QUARTERS.quarterly);
      if (pick.kind === 'missing' || pick.item.withSharedPlan === 0) return null;
      const share = (pick.item.planEvaluated / pick.item.withSharedPlan) * 100;
      return { value: share, period: pick.item.quarter, stale: pick.kind === 'stale' };
    }
  }
}

function registerMeasures(inputs: Inputs, q: number): ComponentMeasure[] {
  return REGISTER_MEASURE_CODES.map((code): ComponentMeasure => {
    const definition = REGISTER_MEASURES[code];
    const target = validAt(inputs.measureTargets.get(code) ?? [], q)?.target ?? null;
    const base = {
      ...EMPTY_MEASURE,
      key: `register:${code}`,
      kind: 'register' as const,
      code,
      nameNl: definition.nl,
      nameEn: definition.en,
      unit: definition.unit,
      direction: 'higher_better' as const,
      component: definition.component,
      target,
    };
    const figure = registerValue(inputs, code, q);
    if (!figure) return { ...base, status: 'missing', score: null, period: null, value: null };
    const shown = { ...base, value: figure.value, period: figure.period };
    if (figure.stale) return { ...shown, status: 'stale', score: null };
    const score = targetAttainment(figure.value, target);
    return { ...shown, status: score === null ? 'no_target' : 'scored', score };
  });
}

function scoreQuarter(inputs: Inputs, q: number) {
  const measures = [...dimensionMeasures(inputs, q), ...indicatorMeasures(inputs, q), ...registerMeasures(inputs, q)];
  const components = COMPONENT_CODES.map((code) => {
    const own = measures.filter((m) => m.component === code);
    const { score, scored, total } = weightedMean(own.filter((m) => m.status !== 'context'));
    return { code, score, scored, total, measures: own.map(({ component: _, ...m }) => m) };
  });
  return { components, overall: overallScore(components.map((c) => c.score)) };
}

function dataQuarterRange(inputs: Inputs): { first: number; last: number } | null {
  const indexes = [
    ...inputs.dimensions.flatMap((d) => d.series.map((s) => s.periodLastIndex)),
    ...inputs.indicators.flatMap((i) => i.values.map((v) => v.periodLastIndex)),
    ...inputs.mirrorConversations,
    ...inputs.learning.map((p) => p.q),
    ...inputs.carePlans.map((c) => c.periodLastIndex),
  ];
  if (indexes.length === 0) return null;
  return { first: Math.min(...indexes), last: Math.max(...indexes) };
}

export function buildThermometer(
  db: Db,
  coalition: CoalitionContext,
  quarter: string | undefined,
  now = new Date(),
  /** The coalition's data version, read before this call: lets recently loaded inputs be reused. */
  dataVersion?: number,
): Thermometer {
  const inputs = inputsOf(db, coalition.id, dataVersion);
  const range = dataQuarterRange(inputs);
  const q = quarter ? quarterIndex(parseQuarterKey(quarter)) : (range?.last ?? quarterIndex(quarterOfDate(now)));
  const keyOf = (index: number) => quarterKey(quarterFromIndex(index));

  const history = new Map<number, ReturnType<typeof scoreQuarter>>();
  for (let i = q - SPARKLINE_QUARTERS + 1; i <= q; i++) history.set(i, scoreQuarter(inputs, i));
  const current = history.get(q) ?? scoreQuarter(inputs, q);
  const comparison = (earlier: number, pickScore: (s: ReturnType<typeof scoreQuarter>) => number | null) => {
    const then = history.get(earlier);
    const earlierScore = then ? pickScore(then) : null;
    return { quarter: keyOf(earlier), score: earlierScore, ...compareScores(pickScore(current), earlierScore) };
  };

  const availableQuarters: string[] = [];
  if (range) for (let i = range.last; i >= range.first; i--) availableQuarters.push(keyOf(i));

  return {
    coalition: { slug: coalition.slug, name: coalition.name },
    quarter: keyOf(q),
    availableQuarters,
    bands: [...inputs.bands],
    overall: {
      score: current.overall.score,
      band: bandOf(current.overall.score, inputs.bands),
      componentsWithData: current.overall.withData,
      componentsTotal: COMPONENT_CODES.length,
      previousQuarter: comparison(q - 1, (s) => s.overall.score),
      sameQuarterLastYear: comparison(q - 4, (s) => s.overall.score),
    },
    components: current.components.map((component) => {
      const scoreOf = (s: ReturnType<typeof scoreQuarter>) =>
        s.components.find((c) => c.code === component.code)?.score ?? null;
      return {
        code: component.code,
        score: component.score,
        band: bandOf(component.score, inputs.bands),
        coverage: { scored: component.scored, total: component.total },
        previousQuarter: comparison(q - 1, scoreOf),
        sameQuarterLastYear: comparison(q - 4, scoreOf),
        sparkline: [...history.entries()].map(([index, scored]) => ({ quarter: keyOf(index), score: scoreOf(scored) })),
        measures: component.measures,
      };
    }),
    generatedAt: now.toISOString(),
  };
}

/** Every quarter from the first to the last with data, scored the same way as the thermometer. */
export function buildTrends(db: Db, coalition: CoalitionContext, dataVersion?: number): Trends {
  const inputs = inputsOf(db, coalition.id, dataVersion);
  const range = dataQuarterRange(inputs);
  const indexes: number[] = [];
  if (range) for (let i = range.first; i <= range.last; i++) indexes.push(i);
  const scored = indexes.map((i) => ({ quarter: quarterKey(quarterFromIndex(i)), result: scoreQuarter(inputs, i) }));
  return {
    ...trendScores(scored, inputs.bands),
    annotations: selectAnnotations(db, coalition.id),
  };
}

/** Values that the thermometer would not use in a quarter leave a gap in that measure's line. */
const GAP_STATUSES = new Set<Measure['status']>(['missing', 'stale', 'suppressed']);

function trendScores(
  scored: Array<{ quarter: string; result: ReturnType<typeof scoreQuarter> }>,
  bands: Inputs['bands'],
): Omit<Trends, 'annotations'> {
  const measures = new Map<string, Trends['measures'][number]>();
  scored.forEach(({ quarter, result }, i) => {
    for (const component of result.components) {
      for (const m of component.measures) {
        let trend = measures.get(m.key);
        if (!trend) {
          trend = {
            key: m.key,
            kind: m.kind,
            code: m.code,
            nameNl: m.nameNl,
            nameEn: m.nameEn,
            component: component.code,
            unit: m.unit,
            direction: m.direction,
            indicatorId: m.indicatorId,
            points: [],
          };
          measures.set(m.key, trend);
        }
        // Names can change over time (a new instrument version); the latest wording wins.
        trend.nameNl = m.nameNl;
        trend.nameEn = m.nameEn;
        trend.points[i] = {
          quarter,
          status: m.status,
          value: GAP_STATUSES.has(m.status) ? null : m.value,
          score: m.score,
          period: m.period,
          target: m.target,
          baseline: m.baseline,
          reference: m.reference,
        };
      }
    }
  });
  // A measure that appears later (a new dimension) has no points before it: fill them as missing.
  for (const trend of measures.values()) {
    scored.forEach(({ quarter }, i) => {
      trend.points[i] ??= {
        quarter,
        status: 'missing',
        value: null,
        score: null,
        period: null,
        target: null,
        baseline: null,
        reference: null,
      };
    });
  }
  return {
    quarters: scored.map((s) => s.quarter),
    bands: [...bands],
    overall: scored.map(({ quarter, result }) => ({ quarter, score: result.overall.score })),
    components: COMPONENT_CODES.map((code) => ({
      code,
      points: scored.map(({ quarter, result }) => ({
        quarter,
        score: result.components.find((c) => c.code === code)?.score ?? null,
      })),
    })),
    measures: [...measures.values()],
  };
}
