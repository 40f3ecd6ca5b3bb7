import type { ComponentCode } from './components';
import type { Annotation } from './schemas/thermometer';

/** A chart on which annotations can appear. */
export type AnnotatedChart =
  | { kind: 'overall' }
  | { kind: 'component'; component: ComponentCode }
  | { kind: 'measure'; component: ComponentCode; indicatorId: number | null };

/**
 * Whether a note belongs on a chart. A note on the whole thermometer shows everywhere; a note on a
 * component shows on the overview (where the component is a line), on that component's chart and
 * on the charts of its measures; a note on an indicator shows on that indicator's chart only.
 */
export function annotationConcerns(
  annotation: Pick<Annotation, 'component' | 'indicatorId'>,
  chart: AnnotatedChart,
): boolean {
  if (annotation.indicatorId !== null) return chart.kind === 'measure' && chart.indicatorId === annotation.indicatorId;
  if (annotation.component === null) return true;
  if (chart.kind === 'overall') return true;
  return chart.component === annotation.component;
}
