import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  compareRounds,
  distributionOf,
  summariseAnswers,
  summariseRespondents,
} from './questionnaire-results';

const answer = (responseId: number, value: number | null): AnswerValue => ({
  responseId,
  value,
  dontKnow: value === null,
});

describe('summariseAnswers', () => {
  it('leaves "don\'t know" out of the mean and counts respondents, not answers', () => {
    const summary = summariseAnswers([answer(1, 4), answer(1, 5), answer(2, 3), answer(2, null), answer(3, null)]);
    expect(summary.n).toBe(2);
    expect(summary.mean).toBeCloseTo(4);
    expect(summary.score).toBeCloseTo(75);
  });

  it('has no score without answers on the scale (missing is not zero)', () => {
    expect(summariseAnswers([answer(1, null)])).toEqual({ n: 0, mean: null, score: null, sd: null });
  });
});

describe('distributionOf', () => {
  it('counts each scale point and "don\'t know" apart', () => {
    expect(distributionOf([answer(1, 1), answer(1, 5), answer(2, 5), answer(3, null)])).toEqual({
      counts: [1, 0, 0, 0, 2],
      dontKnow: 1,
    });
  });
});

describe('compareRounds', () => {
  it('calls a large, consistent rise a change', () => {
    const result = compareRounds({ score: 70, sd: 10, n: 40 }, { score: 55, sd: 10, n: 40 });
    expect(result?.meaningful).toBe(true);
    expect(result?.margin).toBeCloseTo(1.96 * Math.sqrt(200 / 40));
  });

  it('does not call a rise of 8 points a change when the groups are small and spread out', () => {
    expect(compareRounds({ score: 63, sd: 25, n: 6 }, { score: 55, sd: 25, n: 6 })?.meaningful).toBe(false);
  });

  it('never calls a difference below the fixed threshold a change, however precise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: -4.99, max: 4.99, noNaN: true }),
        fc.integer({ min: 2, max: 500 }),
        (earlier, delta, n) => {
          const result = compareRounds({ score: earlier + delta, sd: 0.1, n }, { score: earlier, sd: 0.1, n });
          expect(result?.meaningful).toBe(false);
        },
      ),
    );
  });

  it('is symmetric: a fall is a change exactly when the same rise is', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.integer({ min: 2, max: 100 }),
        (a, b, sd, n) => {
          const up = compareRounds({ score: a, sd, n }, { score: b, sd, n });
          const down = compareRounds({ score: b, sd, n }, { score: a, sd, n });
          expect(up?.meaningful).toBe(down?.meaningful);
        },
      ),
    );
  });

  it('has no comparison when either round has no score', () => {
    expect(compareRounds({ score: null, sd: null, n: 0 }, { score: 50, sd: 10, n: 10 })).toBeNull();
  });
});

describe('summariseRespondents', () => {
  it('gives the same figures from per-respondent sums as from the answers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ responseId: fc.integer({ min: 1, max: 12 }), value: fc.option(fc.integer({ min: 1, max: 5 })) }),
        ),
        (rows) => {
          const answers = rows.map((r) => ({ responseId: r.responseId, value: r.value, dontKnow: r.value === null }));
          const sums = new Map<number, { sum: number; count: number }>();
          for (const a of answers) {
            if (a.value === null) continue;
            const s = sums.get(a.responseId) ?? { sum: 0, count: 0 };
            s.sum += a.value;
            s.count += 1;
            sums.set(a.responseId, s);
          }
          expect(summariseRespondents([...sums.values()])).toEqual(summariseAnswers(answers));
        },
      ),
    );
  });
});
