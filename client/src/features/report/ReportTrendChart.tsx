import type { Band } from '@tks/shared/schemas/thermometer';
import { CartesianGrid, Line, LineChart, ReferenceArea, XAxis, YAxis } from 'recharts';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';

/** One size for screen and paper: two charts side by side fit the A4 text width. */
export const REPORT_CHART_SIZE = { width: 330, height: 190 } as const;

/** The band colours of the thermometer, light enough to read a line over them. */
const BAND_FILL: Record<Band['code'], string> = {
  attention: '#fbe5d6',
  developing: '#fdf1d6',
  strong: '#d6f1e8',
};

interface ReportTrendChartProps {
  points: ReadonlyArray<{ quarter: string; score: number | null }>;
  bands: readonly Band[];
  colour: string;
}

/**
 * A component's quarterly score on a fixed 0–100 scale over its bands, drawn once and without
 * animation so that print and PDF show the finished chart; missing quarters are gaps.
 */
export function ReportTrendChart({ points, bands, colour }: ReportTrendChartProps) {
  const { locale } = useLocale();
  // Label every other quarter when there are many, so the labels do not run into each other.
  const interval = points.length > 6 ? 1 : 0;
  return (
    <LineChart
      width={REPORT_CHART_SIZE.width}
      height={REPORT_CHART_SIZE.height}
      data={[...points]}
      // Room on the right for the last quarter's label, which is centred on its point.
      margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      {bands.map((band) => (
        <ReferenceArea
          key={band.code}
          y1={band.from}
          y2={band.to}
          fill={BAND_FILL[band.code]}
          fillOpacity={1}
          stroke="none"
          ifOverflow="hidden"
        />
      ))}
      <CartesianGrid stroke="#c9d1da" strokeDasharray="2 3" vertical={false} />
      <XAxis
        dataKey="quarter"
        tickFormatter={(key: string) => formatQuarterKey(key, locale)}
        tick={{ fontSize: 11, fill: '#3d4651' }}
        interval={interval}
        tickLine={false}
      />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={32} tick={{ fontSize: 11, fill: '#3d4651' }} />
      <Line
        dataKey="score"
        stroke={colour}
        strokeWidth={2.5}
        dot={{ r: 3, fill: colour }}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
