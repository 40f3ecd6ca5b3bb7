import type { Band, ComponentScore } from '@tks/shared/schemas/thermometer';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { type Point, type SparklineSize, scoreToY, sparklineShape } from './geometry';
import { formatScore } from './text';

/**
 * Units of the drawing; on screen it stretches to the width of its box at a fixed height (CSS), so
 * strokes do not scale and dots are drawn as round line caps, which stay round when stretched.
 */
const SIZES = {
  small: { width: 160, height: 56, padding: 5 },
  large: { width: 480, height: 144, padding: 8 },
} as const satisfies Record<string, SparklineSize>;

interface SparklineProps {
  points: ComponentScore['sparkline'];
  bands: readonly Band[];
  size?: keyof typeof SIZES;
  /** When a table beside it already gives the numbers, the line is decoration. */
  decorative?: boolean;
}

const toPoints = (points: readonly Point[]) => points.map(([x, y]) => `${x},${y}`).join(' ');

/**
 * The last quarters on a fixed 0–100 scale, drawn by hand: a few lines of SVG keep the first view
 * free of a chart library. A quarter without a score is a gap, not a drop to zero.
 */
export function Sparkline({ points, bands, size = 'small', decorative = false }: SparklineProps) {
  const { t, locale } = useLocale();
  const dimensions = SIZES[size];
  const shape = sparklineShape(
    points.map((point) => point.score),
    dimensions,
  );
  const scale = { top: dimensions.padding, bottom: dimensions.height - dimensions.padding };
  const edges = [...new Set(bands.map((band) => band.from))].filter((edge) => edge > 0 && edge < 100);
  const label = t('thermometer.sparkline.label', {
    points: points
      .map((point) => {
        const quarter = formatQuarterKey(point.quarter, locale);
        return point.score === null
          ? t('thermometer.sparkline.gap', { quarter })
          : t('thermometer.sparkline.point', { quarter, score: formatScore(point.score, locale) });
      })
      .join('; '),
  });
  const viewBox = `0 0 ${dimensions.width} ${dimensions.height}`;
  const className = `sparkline sparkline--${size}`;
  const content = (
    <>
      {edges.map((edge) => {
        const y = scoreToY(edge, scale);
        return <line key={edge} className="sparkline__edge" x1={0} x2={dimensions.width} y1={y} y2={y} />;
      })}
      {shape.lines.map((line) => (
        <polyline key={toPoints(line)} className="sparkline__line" points={toPoints(line)} />
      ))}
      {shape.dots.map(([x, y]) => (
        <line key={`${x},${y}`} className="sparkline__dot" x1={x} x2={x} y1={y} y2={y} />
      ))}
      {shape.last ? (
        <line
          className="sparkline__dot sparkline__dot--last"
          x1={shape.last[0]}
          x2={shape.last[0]}
          y1={shape.last[1]}
          y2={shape.last[1]}
        />
      ) : null}
    </>
  );
  if (decorative) {
    return (
      <svg className={className} viewBox={viewBox} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {content}
      </svg>
    );
  }
  return (
    <svg className={className} viewBox={viewBox} preserveAspectRatio="none" role="img" focusable="false">
      <title>{label}</title>
      {content}
    </svg>
  );
}
