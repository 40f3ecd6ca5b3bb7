import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandIssueMessage, bandOfValue, checkBands } from './indicator-bands';
import type { Band, BandCode } from './schemas/thermometer';
import { validateBands } from './scoring';

function bands(...edges: [number, number, BandCode][]): Band[] {
  return edges.map(([from, to, code]) => ({ from, to, code }));
}

const percentRange = { min: 0, max: 100 };

describe('checkBands', () => {
  it('accepts bands that cover the range without gaps or overlaps', () => {
    expect(
      checkBands(bands([0, 85, 'attention'], [85, 92.5, 'developing'], [92.5, 100, 'strong']), percentRange),
    ).toEqual([]);
    expect(
      checkBands(bands([0, 6, 'strong'], [6, 10, 'developing'], [10, 30, 'attention']), { min: 0, max: 30 }),
    ).toEqual([]);
  });

  it('ties a gap and an overlap to the lower edge of the band that must move', () => {
    expect(checkBands(bands([0, 40, 'attention'], [45, 100, 'strong']), percentRange)).toEqual([
      { kind: 'gap', index: 1, field: 'from', previousTo: 40, from: 45 },
    ]);
    expect(checkBands(bands([0, 40, 'attention'], [35, 100, 'strong']), percentRange)).toEqual([
      { kind: 'overlap', index: 1, field: 'from', previousTo: 40, from: 35 },
    ]);
  });

  it('checks the outer edges against the range and finds empty bands', () => {
    const issues = checkBands(bands([5, 50, 'attention'], [50, 50, 'developing'], [50, 90, 'strong']), percentRange);
    expect(issues).toContainEqual({ kind: 'first_start', index: 0, field: 'from', expected: 0 });
    expect(issues).toContainEqual({ kind: 'empty', index: 1, field: 'to' });
    expect(issues).toContainEqual({ kind: 'last_end', index: 2, field: 'to', expected: 100 });
  });

  it('refuses non-numbers', () => {
    expect(checkBands(bands([0, Number.NaN, 'attention'], [Number.NaN, 100, 'strong']), percentRange)).toContainEqual({
      kind: 'not_a_number',
      index: 0,
      field: 'to',
    });
  });

  it('agrees with the thermometer’s validateBands on the range 0–100', () => {
    const edge = fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constantFrom(0, 50, 75, 100));
    const someBands = fc.array(
      fc.record({ from: edge, to: edge, code: fc.constantFrom<BandCode>('attention', 'developing', 'strong') }),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(someBands, (input) => {
        expect(checkBands(input, percentRange).length === 0).toBe(validateBands(input).ok);
      }),
    );
  });
});

describe('bandIssueMessage', () => {
  it('explains each problem in Dutch with Dutch numbers, and in English', () => {
    expect(bandIssueMessage({ kind: 'gap', index: 1, field: 'from', previousTo: 40.5, from: 45 }, 'nl')).toBe(
      'Er zit een gat tussen band 1 (tot 40,5) en band 2 (vanaf 45). Laat band 2 beginnen bij 40,5.',
    );
    expect(bandIssueMessage({ kind: 'overlap', index: 2, field: 'from', previousTo: 60, from: 55 }, 'en')).toBe(
      'Band 3 (from 55) overlaps band 2 (up to 60). Let band 3 start at 60.',
    );
    expect(bandIssueMessage({ kind: 'last_end', index: 2, field: 'to', expected: 1000 }, 'nl')).toBe(
      'Band 3 moet eindigen bij 1.000, de bovenkant van het plausibele bereik.',
    );
  });
});

describe('bandOfValue', () => {
  const three = bands([0, 85, 'attention'], [85, 92.5, 'developing'], [92.5, 100, 'strong']);
  it('puts an edge in the band above it, and the top of the range in the last band', () => {
    expect(bandOfValue(84.99, three)?.code).toBe('attention');
    expect(bandOfValue(85, three)?.code).toBe('developing');
    expect(bandOfValue(92.5, three)?.code).toBe('strong');
    expect(bandOfValue(100, three)?.code).toBe('strong');
  });
  it('has no band without a value or bands', () => {
    expect(bandOfValue(null, three)).toBeNull();
    expect(bandOfValue(50, null)).toBeNull();
  });
});
