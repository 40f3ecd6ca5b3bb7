import type { Band, BandCode } from '@tks/shared/schemas/thermometer';

/**
 * Pure geometry of the thermometer graphic and the sparklines, in SVG user units. Kept apart from
 * the components so the mapping from a score to a position can be tested without a browser.
 */

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

export function clampScore(score: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, score));
}

/** A vertical scale: `top` is where 100 sits, `bottom` where 0 sits (SVG y grows downwards). */
export interface VerticalScale {
  top: number;
  bottom: number;
}

/** The y of a score on a vertical scale; scores outside 0–100 stay on the scale. */
export function scoreToY(score: number, { top, bottom }: VerticalScale): number {
  return bottom - ((clampScore(score) - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * (bottom - top);
}

export const THERMOMETER_LAYOUT = {
  width: 290,
  height: 380,
  /** The glass tube; its rounded top sits a little above the 100 mark. */
  tube: { x: 56, width: 28, top: 14 },
  scale: { top: 28, bottom: 300 },
  bulb: { cx: 70, cy: 336, r: 34 },
  /** Gap between the glass and the mercury. */
  inset: 5,
  zones: { x: 92, width: 10 },
  labelX: 110,
  /** Minimum vertical distance between two zone labels (a name line and a range line). */
  labelGap: 34,
  ticks: { majorEvery: 10, minorEvery: 5, majorLength: 10, minorLength: 5, gap: 3 },
  /** The printed score sits right of the bulb, in line with the zone labels, where both languages fit. */
  score: { x: 110, y: 344 },
  bandY: 368,
} as const;

export interface Tick {
  value: number;
  y: number;
  major: boolean;
}

/** Tick marks from 0 to 100: a major one (with a number) every `majorEvery`, minor ones in between. */
export function ticks(
  scale: VerticalScale,
  majorEvery: number = THERMOMETER_LAYOUT.ticks.majorEvery,
  minorEvery: number = THERMOMETER_LAYOUT.ticks.minorEvery,
): Tick[] {
  const out: Tick[] = [];
  for (let value = SCORE_MIN; value <= SCORE_MAX; value += minorEvery) {
    out.push({ value, y: scoreToY(value, scale), major: value % majorEvery === 0 });
  }
  return out;
}

export interface Zone {
  code: BandCode;
  from: number;
  to: number;
  /** Top edge (the higher score) and height in user units. */
  y: number;
  height: number;
  /** Where the zone's label is centred; spread out so labels of narrow zones do not overlap. */
  labelY: number;
}

/**
 * Spreads label centres so neighbours are at least `gap` apart, staying within [min, max] when
 * there is room. Order is kept: the input is sorted top to bottom (ascending y).
 */
export function spreadLabels(centres: readonly number[], gap: number, min: number, max: number): number[] {
  const out: number[] = [];
  // Downwards: each label at least `gap` below the one above it, the first not above `min`.
  for (const [i, centre] of centres.entries()) {
    out.push(Math.max(centre, i === 0 ? min : (out[i - 1] ?? min) + gap));
  }
  // Pushed past the bottom: slide the tail back up, keeping the gaps. Only when there is no room at
  // all does the top label end up above `min`.
  for (let i = out.length - 1; i >= 0; i--) {
    const limit = i === out.length - 1 ? max : (out[i + 1] ?? max) - gap;
    out[i] = Math.min(out[i] ?? limit, limit);
  }
  return out;
}

/** The bands as zones along the scale, highest first (top to bottom), with label positions. */
export function bandZones(
  bands: readonly Band[],
  scale: VerticalScale,
  labelGap: number = THERMOMETER_LAYOUT.labelGap,
): Zone[] {
  const sorted = [...bands].sort((a, b) => b.from - a.from);
  const rects = sorted.map((band) => {
    const y = scoreToY(band.to, scale);
    return { code: band.code, from: band.from, to: band.to, y, height: scoreToY(band.from, scale) - y };
  });
  const labelYs = spreadLabels(
    rects.map((rect) => rect.y + rect.height / 2),
    labelGap,
    scale.top + labelGap / 2,
    scale.bottom - labelGap / 2,
  );
  return rects.map((rect, i) => ({ ...rect, labelY: labelYs[i] ?? rect.y + rect.height / 2 }));
}

export interface Mercury {
  /** Top of the column, where the level marker goes. */
  y: number;
  /** Column and bulb as one outline, so no edge is drawn where they meet. */
  path: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The filled column for a score, or null when there is no score: missing is an empty tube, not zero. */
export function mercury(score: number | null, layout = THERMOMETER_LAYOUT): Mercury | null {
  if (score === null || Number.isNaN(score)) return null;
  const y = scoreToY(score, layout.scale);
  // The tube is centred on the bulb, so the column meets the circle at the same height on both sides.
  const { cy } = layout.bulb;
  const r = layout.bulb.r - layout.inset;
  const left = layout.tube.x + layout.inset;
  const right = layout.tube.x + layout.tube.width - layout.inset;
  // Where the column's sides meet the bulb's circle.
  const halfWidth = (right - left) / 2;
  const joinY = round(cy - Math.sqrt(r * r - halfWidth * halfWidth));
  return { y, path: `M${left} ${round(y)}V${joinY}A${r} ${r} 0 1 0 ${right} ${joinY}V${round(y)}Z` };
}

export interface SparklineSize {
  width: number;
  height: number;
  /** Room around the line so dots at 0 or 100 are not clipped. */
  padding: number;
}

export type Point = readonly [x: number, y: number];

export interface SparklineShape {
  /** Runs of two or more consecutive scores, each drawn as one polyline. */
  lines: Point[][];
  /** Scores with a gap on both sides, which a line cannot show. */
  dots: Point[];
  /** The most recent score, if there is one in the last position. */
  last: Point | null;
}

/**
 * Places a series of scores (oldest first) on a fixed 0–100 scale, so that lines of different
 * components can be compared. A null breaks the line: a gap, never a drop to zero.
 */
export function sparklineShape(scores: readonly (number | null)[], size: SparklineSize): SparklineShape {
  const { width, height, padding } = size;
  const scale = { top: padding, bottom: height - padding };
  const step = scores.length > 1 ? (width - 2 * padding) / (scores.length - 1) : 0;
  const points: (Point | null)[] = scores.map((score, i) =>
    score === null ? null : ([padding + i * step, scoreToY(score, scale)] as const),
  );

  const lines: Point[][] = [];
  const dots: Point[] = [];
  let run: Point[] = [];
  const closeRun = () => {
    if (run.length > 1) lines.push(run);
    else if (run.length === 1 && run[0]) dots.push(run[0]);
    run = [];
  };
  for (const point of points) {
    if (point === null) closeRun();
    else run.push(point);
  }
  closeRun();
  return { lines, dots, last: points.at(-1) ?? null };
}
