import type { MeasureTrend } from '@tks/shared/schemas/thermometer';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { type MeasureRow, markersByQuarter, presentSeries, valueDomain } from './measureRows';

/*
 * One measure over time in its own unit: the values as a line that breaks where data is missing,
 * the target, baseline and national reference as steps (each holds from the quarter it was set
 * until the next), and numbered markers for the notes that concern this measure. Okabe–Ito colours
 * plus a dash pattern per series, so the lines differ without colour too.
 */
const STYLE = {
  value: { colour: '#0072b2', width: 2.5, dash: undefined },
  target: { colour: '#009e73', width: 2, dash: '6 3' },
  baseline: { colour: '#8a939e', width: 1.5, dash: '2 3' },
  reference: { colour: '#d55e00', width: 1.5, dash: '10 3 2 3' },
} as const;

type SeriesKey = keyof typeof STYLE;

export interface MeasureTrendChartProps {
  rows: readonly MeasureRow[];
  unit: MeasureTrend['unit'];
  /** Names of the series in the reader's language. */
  labels: Record<SeriesKey, string>;
  formatValue: (value: number) => string;
  /** Short labels for the vertical axis (a unit written out, "3,5 van 5", would wrap); defaults to formatValue. */
  formatTick?: (value: number) => string;
  annotations?: ReadonlyArray<{ quarter: string; number: number }>;
  height?: number;
}

export function MeasureTrendChart({
  rows,
  unit,
  labels,
  formatValue,
  formatTick = formatValue,
  annotations = [],
  height = 240,
}: MeasureTrendChartProps) {
  const { locale } = useLocale();
  const series: SeriesKey[] = ['value', ...presentSeries(rows)];
  const nameOf = (key: unknown) => (typeof key === 'string' && key in labels ? labels[key as SeriesKey] : String(key));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={[...rows]} margin={{ top: 22, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#d5dbe2" vertical={false} />
        <XAxis
          dataKey="quarter"
          tickFormatter={(key: string) => formatQuarterKey(key, locale)}
          tick={{ fontSize: 11 }}
          minTickGap={12}
        />
        <YAxis
          domain={valueDomain(rows, unit)}
          width={44}
          tick={{ fontSize: 11 }}
          tickFormatter={(value: number) => formatTick(value)}
          allowDecimals={unit !== 'count'}
        />
        {markersByQuarter(annotations).map(({ quarter, numbers }) => (
          <ReferenceLine
            key={quarter}
            x={quarter}
            stroke="#4b5563"
            label={{ value: `(${numbers.join(', ')})`, position: 'top', fontSize: 11, fill: '#1a1f26' }}
          />
        ))}
        <Tooltip
          labelFormatter={(key) => formatQuarterKey(String(key), locale)}
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
            dot={key === 'value' ? { r: 3 } : false}
            activeDot={key === 'value' ? { r: 4 } : false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
