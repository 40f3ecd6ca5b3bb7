import { COMPONENT_CODES, COMPONENTS, type ComponentCode } from '@tks/shared/components';
import { formatNumber } from '@tks/shared/format';
import type { Annotation } from '@tks/shared/schemas/thermometer';
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
import type { ChartRow } from './chartRows';

/*
 * Okabe–Ito colours, told apart by colour-blind readers too, and a dash pattern per line so the
 * lines differ without colour as well.
 */
const SERIES: Record<ComponentCode | 'overall', { colour: string; dash?: string; width: number }> = {
  overall: { colour: '#1a1f26', width: 3 },
  meten_weten: { colour: '#0072b2', width: 2 },
  informatie_delen: { colour: '#e69f00', dash: '6 3', width: 2 },
  reflecteren: { colour: '#009e73', dash: '2 3', width: 2 },
  samenwerken_leren: { colour: '#cc79a7', dash: '10 3 2 3', width: 2 },
  integraal_behandelplan: { colour: '#d55e00', dash: '4 4', width: 2 },
};

type SeriesKey = ComponentCode | 'overall';
const isSeriesKey = (name: unknown): name is SeriesKey => typeof name === 'string' && name in SERIES;

/** One marker per quarter, naming every note of that quarter: labels of the same quarter would overlap. */
function markersByQuarter(annotations: TrendsChartProps['annotations']) {
  const byQuarter = new Map<string, number[]>();
  for (const { quarter, number } of annotations) byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), number]);
  return [...byQuarter].map(([quarter, numbers]) => ({ quarter, numbers }));
}

interface TrendsChartProps {
  rows: ChartRow[];
  annotations: ReadonlyArray<Annotation & { number: number }>;
  overallLabel: string;
}

export function TrendsChart({ rows, annotations, overallLabel }: TrendsChartProps) {
  const { locale } = useLocale();
  const nameOf = (key: unknown) =>
    !isSeriesKey(key) ? String(key) : key === 'overall' ? overallLabel : COMPONENTS[key][locale];
  return (
    <ResponsiveContainer width="100%" height={360}>
      <LineChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="#d5dbe2" vertical={false} />
        <XAxis
          dataKey="quarter"
          tickFormatter={(key: string) => formatQuarterKey(key, locale)}
          tick={{ fontSize: 12 }}
        />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={36} tick={{ fontSize: 12 }} />
        <ReferenceLine y={50} stroke="#8a939e" strokeDasharray="2 4" />
        <ReferenceLine y={75} stroke="#8a939e" strokeDasharray="2 4" />
        {markersByQuarter(annotations).map(({ quarter, numbers }) => (
          <ReferenceLine
            key={quarter}
            x={quarter}
            stroke="#4b5563"
            label={{ value: `(${numbers.join(', ')})`, position: 'top', fontSize: 12, fill: '#1a1f26' }}
          />
        ))}
        <Tooltip
          labelFormatter={(key) => formatQuarterKey(String(key), locale)}
          formatter={(value, name) => [typeof value === 'number' ? formatNumber(value, locale) : '—', nameOf(name)]}
        />
        <Legend formatter={(name) => nameOf(name)} />
        {(['overall', ...COMPONENT_CODES] as const).map((key) => (
          <Line
            key={key}
            dataKey={key}
            name={key}
            stroke={SERIES[key].colour}
            strokeWidth={SERIES[key].width}
            strokeDasharray={SERIES[key].dash}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
