import type { ComponentCode } from '@tks/shared/components';
import type { Annotation, Trends } from '@tks/shared/schemas/thermometer';

/** One row per quarter, a column per series; null stays null so the chart draws a gap. */
export type ChartRow = { quarter: string; overall: number | null } & Record<ComponentCode, number | null>;

export function toChartRows(trends: Trends): ChartRow[] {
  return trends.quarters.map((quarter, i) => {
    const score = (code: ComponentCode) => trends.components.find((c) => c.code === code)?.points[i]?.score ?? null;
    return {
      quarter,
      overall: trends.overall[i]?.score ?? null,
      meten_weten: score('meten_weten'),
      informatie_delen: score('informatie_delen'),
      reflecteren: score('reflecteren'),
      samenwerken_leren: score('samenwerken_leren'),
      integraal_behandelplan: score('integraal_behandelplan'),
    } satisfies ChartRow;
  });
}

/** Annotations numbered in timeline order, so the chart marker and the list below share a number. */
export function numberAnnotations(annotations: readonly Annotation[]): Array<Annotation & { number: number }> {
  return [...annotations]
    .sort((a, b) => a.quarter.localeCompare(b.quarter) || a.id - b.id)
    .map((annotation, i) => ({ ...annotation, number: i + 1 }));
}
