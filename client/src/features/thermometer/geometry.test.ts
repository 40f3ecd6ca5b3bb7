import { describe, expect, it } from 'vitest';
import { bandZones, mercury, scoreToY, sparklineShape, spreadLabels, THERMOMETER_LAYOUT, ticks } from './geometry';

const scale = { top: 20, bottom: 220 };
const bands = [
  { from: 0, to: 50, code: 'attention' },
  { from: 50, to: 75, code: 'developing' },
  { from: 75, to: 100, code: 'strong' },
] as const;

describe('scoreToY', () => {
  it('puts 0 at the bottom, 100 at the top and scores linearly in between', () => {
    expect(scoreToY(0, scale)).toBe(220);
    expect(scoreToY(100, scale)).toBe(20);
    expect(scoreToY(50, scale)).toBe(120);
    expect(scoreToY(68.5, scale)).toBeCloseTo(83);
  });

  it('keeps scores outside 0–100 on the scale', () => {
    expect(scoreToY(-5, scale)).toBe(220);
    expect(scoreToY(130, scale)).toBe(20);
  });
});

describe('mercury', () => {
  it('fills from the score down into the bulb as one shape', () => {
    const { scale: s } = THERMOMETER_LAYOUT;
    // Column 61–79 inside the tube; the bulb's inner circle (r 29 around 70,336) meets it at y 308.43.
    expect(mercury(100)).toEqual({ y: s.top, path: `M61 ${s.top}V308.43A29 29 0 1 0 79 308.43V${s.top}Z` });
    expect(mercury(0)?.path).toBe(`M61 ${s.bottom}V308.43A29 29 0 1 0 79 308.43V${s.bottom}Z`);
    expect(mercury(66.5)?.y).toBeCloseTo(scoreToY(66.5, s));
  });

  it('draws nothing without a score: missing is not zero', () => {
    expect(mercury(null)).toBeNull();
    expect(mercury(0)).not.toBeNull();
  });
});

describe('ticks', () => {
  it('marks 0 to 100 with a major tick every 10 and a minor one in between', () => {
    const all = ticks(scale);
    expect(all).toHaveLength(21);
    expect(all.filter((tick) => tick.major).map((tick) => tick.value)).toEqual([
      0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
    ]);
    expect(all.find((tick) => tick.value === 100)?.y).toBe(20);
    expect(all.find((tick) => tick.value === 25)).toMatchObject({ major: false, y: 170 });
  });
});

describe('bandZones', () => {
  it('stacks the bands from the top, each spanning its own edges', () => {
    const zones = bandZones(bands, scale, 10);
    expect(zones.map((zone) => zone.code)).toEqual(['strong', 'developing', 'attention']);
    expect(zones[0]).toMatchObject({ y: 20, height: 50, labelY: 45 });
    expect(zones[1]).toMatchObject({ y: 70, height: 50, labelY: 95 });
    expect(zones[2]).toMatchObject({ y: 120, height: 100, labelY: 170 });
  });

  it('keeps the labels of narrow zones apart', () => {
    const narrow = [
      { from: 0, to: 90, code: 'attention' },
      { from: 90, to: 95, code: 'developing' },
      { from: 95, to: 100, code: 'strong' },
    ] as const;
    const [strong = Number.NaN, developing = Number.NaN, attention = Number.NaN] = bandZones(narrow, scale, 30).map(
      (zone) => zone.labelY,
    );
    expect(developing - strong).toBeGreaterThanOrEqual(30);
    expect(attention - developing).toBeGreaterThanOrEqual(30);
    expect(strong).toBeGreaterThanOrEqual(scale.top + 15);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes crowded labels apart and back up from the bottom edge', () => {
    expect(spreadLabels([10, 12, 14], 20, 0, 100)).toEqual([10, 30, 50]);
    expect(spreadLabels([90, 92, 94], 20, 0, 100)).toEqual([60, 80, 100]);
  });
});

describe('sparklineShape', () => {
  const size = { width: 70, height: 110, padding: 5 };

  it('places quarters evenly from left to right on a fixed 0–100 scale', () => {
    const shape = sparklineShape([0, 50, 100], size);
    expect(shape.lines).toEqual([
      [
        [5, 105],
        [35, 55],
        [65, 5],
      ],
    ]);
    expect(shape.dots).toEqual([]);
    expect(shape.last).toEqual([65, 5]);
  });

  it('breaks the line at a missing quarter instead of dropping to zero', () => {
    const shape = sparklineShape([40, 60, null, 20, 30, null, 80], { width: 130, height: 110, padding: 5 });
    expect(shape.lines).toHaveLength(2);
    expect(shape.lines[0]).toEqual([
      [5, 65],
      [25, 45],
    ]);
    expect(shape.lines[1]).toEqual([
      [65, 85],
      [85, 75],
    ]);
    // A lone score between two gaps cannot be a line; it is a dot.
    expect(shape.dots).toEqual([[125, 25]]);
    expect(shape.lines.flat().some(([, y]) => y === 105)).toBe(false);
  });

  it('has no last point when the latest quarter has no score', () => {
    expect(sparklineShape([40, 50, null], size).last).toBeNull();
    expect(sparklineShape([null, null], size)).toEqual({ lines: [], dots: [], last: null });
  });
});
