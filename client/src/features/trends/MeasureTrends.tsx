import { type AnnotatedChart, annotationConcerns } from '@tks/shared/annotations';
import { COMPONENT_CODES, COMPONENTS, type ComponentCode, zComponentCode } from '@tks/shared/components';
import { formatNumber, formatPercent } from '@tks/shared/format';
import type { Annotation, MeasureTrend } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { MeasureTrendChart } from '../../components/charts/MeasureTrendChart';
import { toMeasureRows } from '../../components/charts/measureRows';
import { SelectField } from '../../components/form/Field';
import { Missing } from '../../components/Missing';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey, formatQuarterKey } from '../../lib/periods';
import { formatMeasureValue } from '../thermometer/text';

interface MeasureTrendsProps {
  measures: readonly MeasureTrend[];
  annotations: ReadonlyArray<Annotation & { number: number }>;
}

/** Per component, a chart for each of its measures in its own unit, with the same numbers as a table. */
export function MeasureTrends({ measures, annotations }: MeasureTrendsProps) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const selectId = useId();
  const [params, setParams] = useSearchParams();
  const chosen = zComponentCode.safeParse(params.get('component'));
  const component: ComponentCode = chosen.success ? chosen.data : 'meten_weten';
  const own = measures.filter((m) => m.component === component);

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('trends.measures.heading')}</h2>
      <p>{t('trends.measures.intro')}</p>
      <SelectField
        id={selectId}
        label={t('trends.measures.component')}
        value={component}
        onChange={(event) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('component', event.target.value);
              return next;
            },
            { replace: true, preventScrollReset: true },
          )
        }
      >
        {COMPONENT_CODES.map((code) => (
          <option key={code} value={code}>
            {COMPONENTS[code][locale]}
          </option>
        ))}
      </SelectField>
      {own.length === 0 ? <p>{t('trends.measures.none')}</p> : null}
      <div className="measure-trends">
        {own.map((measure) => (
          <MeasureTrendFigure key={measure.key} measure={measure} annotations={annotations} />
        ))}
      </div>
    </section>
  );
}

export function MeasureTrendFigure({
  measure,
  annotations,
}: {
  measure: MeasureTrend;
  annotations: ReadonlyArray<Annotation & { number: number }>;
}) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const captionId = useId();
  const rows = toMeasureRows(measure);
  const chart: AnnotatedChart = { kind: 'measure', component: measure.component, indicatorId: measure.indicatorId };
  const own = annotations.filter((a) => annotationConcerns(a, chart));
  const name = locale === 'nl' ? measure.nameNl : measure.nameEn;
  const format = (value: number) => formatMeasureValue(value, measure.unit, locale, t);
  const cell = (value: number | null) => (value === null ? <Missing /> : format(value));
  const first = formatQuarterKey(rows[0]?.quarter ?? '', locale);
  const last = formatQuarterKey(rows.at(-1)?.quarter ?? '', locale);
  const hasData = rows.some((r) => r.value !== null);

  return (
    <article className="measure-trend" aria-labelledby={headingId}>
      <h3 id={headingId} className="measure-trend__title">
        {name} <span className="cell-detail-inline">({measure.code})</span>
      </h3>
      {hasData ? (
        <figure className="chart-figure">
          <div role="img" aria-label={t('trends.measures.chartLabel', { name, first, last })}>
            <MeasureTrendChart
              rows={rows}
              unit={measure.unit}
              formatValue={format}
              formatTick={(value) =>
                measure.unit === 'percent' ? formatPercent(value, locale) : formatNumber(value, locale)
              }
              annotations={own}
              labels={{
                value: t('trends.measures.series.value'),
                target: t('trends.measures.series.target'),
                baseline: t('trends.measures.series.baseline'),
                reference: t('trends.measures.series.reference'),
              }}
            />
          </div>
          {own.length > 0 ? (
            <figcaption>{t('trends.measures.notes', { numbers: own.map((a) => a.number).join(', ') })}</figcaption>
          ) : null}
        </figure>
      ) : (
        <p>
          <Missing />
        </p>
      )}
      <details className="measure-trend__table">
        <summary>{t('trends.measures.showTable')}</summary>
        <TableScroll labelledBy={captionId}>
          <table className="data-table">
            <caption id={captionId}>{t('trends.measures.tableCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trends.table.quarter')}</th>
                <th scope="col" className="num">
                  {t('trends.measures.series.value')}
                </th>
                <th scope="col">{t('trends.measures.column.period')}</th>
                <th scope="col" className="num">
                  {t('trends.measures.series.target')}
                </th>
                <th scope="col" className="num">
                  {t('trends.measures.series.reference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...measure.points].reverse().map((point) => (
                <tr key={point.quarter}>
                  <th scope="row">{formatQuarterKey(point.quarter, locale)}</th>
                  <td className="num">{cell(point.value)}</td>
                  <td>{point.value !== null && point.period ? formatPeriodKey(point.period, locale) : ''}</td>
                  <td className="num">{cell(point.target)}</td>
                  <td className="num">{cell(point.reference)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </article>
  );
}
