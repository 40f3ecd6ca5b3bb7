import type { IndicatorUnit } from '@tks/shared/domain';
import type { Band } from '@tks/shared/schemas/thermometer';
import {
  CartesianGrid,
  ErrorBar,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { presentSeries, valueDomain } from '../../components/charts/measureRows';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey } from '../../lib/periods';
import type { IndicatorRow } from './chartRows';

/*
 * The indicator over time in its own unit: the values as a line that breaks where a period has no
 * (shown) value, whiskers for the 95% interval, and target, baseline and national value as steps.
 * The same Okabe–Ito colours and dash patterns as the trends page; colour bands as a faint
 * background, named in the definition card beside the chart.
 */
const STYLE = {
  value: { colour: '#0072b2', width: 2.5, dash: undefined },
  target: { colour: '#009e73', width: 2, dash: '6 3' },
  baseline: { colour: '#8a939e', width: 1.5, dash: '2 3' },
  reference: { colour: '#d55e00', width: 1.5, dash: '10 3 2 3' },
} as const;

export const BAND_FILL: Record<Band['code'], string> = {
  attention: '#f6d6cc',
  developing: '#fbeccc',
  strong: '#d3eee4',
};

type SeriesKey = keyof typeof STYLE;

export interface IndicatorChartProps {
  rows: readonly IndicatorRow[];
  unit: IndicatorUnit;
  bands: readonly Band[] | null;
  labels: Record<SeriesKey, string>;
  formatValue: (value: number) => string;
}

export function IndicatorChart({ rows, unit, bands, labels, formatValue }: IndicatorChartProps) {
  const { locale } = useLocale();
  const series: SeriesKey[] = ['value', ...presentSeries(rows.map((r) => ({ ...r, quarter: r.period })))];
  const withIntervals = rows.flatMap((r) =>
    r.value !== null && r.interval ? [r.value - r.interval[0], r.value + r.interval[1]] : [],
  );
  const [low, high] = valueDomain(
    rows.map((r) => ({ ...r, quarter: r.period })),
    unit,
  );
  const domain: [number, number] = [Math.min(low, ...withIntervals), Math.max(high, ...withIntervals)];
  const nameOf = (key: unknown) => (typeof key === 'string' && key in labels ? labels[key as SeriesKey] : String(key));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={[...rows]} margin={{ top: 16, right: 16, bottom: 4, left: 4 }}>
        {(bands ?? []).map((band) => (
          <ReferenceArea
            key={`${band.from}-${band.to}`}
            y1={Math.max(band.from, domain[0])}
            y2={Math.min(band.to, domain[1])}
            fill={BAND_FILL[band.code]}
            fillOpacity={0.6}
            stroke="none"
            ifOverflow="hidden"
          />
        ))}
        <CartesianGrid stroke="#d5dbe2" vertical={false} />
        <XAxis
          dataKey="period"
          tickFormatter={(key: string) => formatPeriodKey(key, locale)}
          tick={{ fontSize: 12 }}
          minTickGap={12}
        />
        <YAxis
          domain={domain}
          width={56}
          tick={{ fontSize: 12 }}
          tickFormatter={(value: number) => formatValue(value)}
          allowDecimals={unit !== 'count'}
        />
        <Tooltip
          labelFormatter={(key) => formatPeriodKey(String(key), locale)}
          formatter={(value, name) => [typeof value === 'number' ? formatValue(value) : '—', nameOf(name)]}
        />
        <Legend formatter={(name) => nameOf(name)} wrapperStyle={{ fontSize: 12 }} />
        {series.map((key) => (
          <Line
            key={key}
            dataKey={key}
            name={key}
            type={key === 'value' ? 'linear' : 'stepAfter'}
            stroke={STYLE[key].colour}
            strokeWidth={STYLE[key].width}
            strokeDasharray={STYLE[key].dash}
            dot={key === 'value' ? { r: 3.5 } : false}
            activeDot={key === 'value' ? { r: 5 } : false}
            connectNulls={false}
            isAnimationActive={false}
          >
            {key === 'value' ? (
              <ErrorBar dataKey="interval" width={6} stroke={STYLE.value.colour} strokeWidth={1} />
            ) : null}
          </Line>
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
