import { ratesDiffer } from '@tks/shared/indicator-stats';
import type { ReportChange } from '@tks/shared/schemas/report';
import type { Thermometer } from '@tks/shared/schemas/thermometer';
import { compareScores } from '@tks/shared/scoring';

/** The report names this many changes at most: a director reads the few that matter. */
export const MAX_CHANGES = 8;

type Comparison = ReportChange['comparedWith'];
const KIND_ORDER: Record<ReportChange['kind'], number> = { overall: 0, component: 1, measure: 2 };

/**
 * The largest meaningful changes of a quarter across the thermometer, its components and their
 * measures, against the previous quarter and the same quarter a year earlier. Only differences of
 * at least MEANINGFUL_CHANGE points count (smaller ones are noise), and a measure counts only when
 * it is scored in both quarters: a measure that only now has data did not "rise". An indicator
 * that is a rate with known denominators must also differ beyond sampling noise: a score between a
 * close baseline and target can swing many points on a difference chance explains.
 */
export function mainChanges(
  current: Thermometer,
  earlier: Readonly<Record<Comparison, Thermometer>>,
  limit = MAX_CHANGES,
): ReportChange[] {
  const found: ReportChange[] = [];
  const add = (
    base: Pick<ReportChange, 'kind' | 'component' | 'measureKey' | 'code' | 'nameNl' | 'nameEn'>,
    comparedWith: Comparison,
    to: number | null,
    from: number | null,
  ) => {
    const { change, meaningful } = compareScores(to, from);
    if (!meaningful || change === null || to === null || from === null) return;
    found.push({ ...base, comparedWith, quarter: earlier[comparedWith].quarter, from, to, change });
  };
  const none = { component: null, measureKey: null, code: null, nameNl: null, nameEn: null };

  for (const comparedWith of ['previous_quarter', 'last_year'] as const) {
    const then = earlier[comparedWith];
    add({ ...none, kind: 'overall' }, comparedWith, current.overall.score, then.overall.score);
    for (const component of current.components) {
      const before = then.components.find((c) => c.code === component.code);
      add(
        { ...none, kind: 'component', component: component.code },
        comparedWith,
        component.score,
        before?.score ?? null,
      );
      const beforeMeasures = new Map((before?.measures ?? []).map((m) => [m.key, m]));
      for (const measure of component.measures) {
        const previous = beforeMeasures.get(measure.key);
        if (measure.status !== 'scored' || previous?.status !== 'scored') continue;
        if (measure.kind === 'indicator' && ratesDiffer(measure.unit, measure, previous) === false) continue;
        add(
          {
            kind: 'measure',
            component: component.code,
            measureKey: measure.key,
            code: measure.code,
            nameNl: measure.nameNl,
            nameEn: measure.nameEn,
          },
          comparedWith,
          measure.score,
          previous.score,
        );
      }
    }
  }

  // A measure that moves its component by the same amount (the component rests on it alone) is
  // already told by the component's line.
  const told = found.filter(
    (change) =>
      change.kind !== 'measure' ||
      !found.some(
        (other) =>
          other.kind === 'component' &&
          other.component === change.component &&
          other.comparedWith === change.comparedWith &&
          Math.abs(other.change - change.change) < 0.05,
      ),
  );
  const sorted = told.sort(
    (a, b) =>
      Math.abs(b.change) - Math.abs(a.change) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.comparedWith === b.comparedWith ? 0 : a.comparedWith === 'previous_quarter' ? -1 : 1),
  );
  // Each subject once, with its largest change: eight lines about eight different things.
  const seen = new Set<string>();
  return sorted
    .filter((change) => {
      const subject = `${change.kind}:${change.component}:${change.measureKey}`;
      if (seen.has(subject)) return false;
      seen.add(subject);
      return true;
    })
    .slice(0, limit);
}
