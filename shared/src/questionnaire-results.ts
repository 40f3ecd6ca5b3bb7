import { dimensionScore, MEANINGFUL_CHANGE } from './scoring';

/*
 * Figures of one questionnaire dimension, from the answers of its statements. The score is the
 * mean of every answer on the 1–5 scale ("don't know" left out), as 0–100, exactly as the
 * thermometer scores a dimension. docs/questionnaire-results.md explains the change rule.
 */

export interface AnswerValue {
  responseId: number;
  value: number | null;
  dontKnow: boolean;
}

export interface Distribution {
  /** Answers 1 … 5. */
  counts: [number, number, number, number, number];
  dontKnow: number;
}

export function distributionOf(answers: readonly AnswerValue[]): Distribution {
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  for (const a of answers) {
    if (a.dontKnow || a.value === null) {
      if (a.dontKnow) dontKnow += 1;
      continue;
    }
    const i = a.value - 1;
    if (i >= 0 && i < 5) counts[i as 0 | 1 | 2 | 3 | 4] += 1;
  }
  return { counts, dontKnow };
}

export interface DimensionSummary {
  /** Respondents with at least one answer on the scale. */
  n: number;
  /** Mean of all answers on the scale, 1–5; null without any. */
  mean: number | null;
  score: number | null;
  /** Standard deviation of the respondents' own scores (0–100), the unit of the noise estimate. */
  sd: number | null;
}

export function summariseAnswers(answers: readonly AnswerValue[]): DimensionSummary {
  const perRespondent = new Map<number, { sum: number; count: number }>();
  for (const a of answers) {
    if (a.dontKnow || a.value === null) continue;
    const r = perRespondent.get(a.responseId) ?? { sum: 0, count: 0 };
    r.sum += a.value;
    r.count += 1;
    perRespondent.set(a.responseId, r);
  }
  return summariseRespondents([...perRespondent.values()]);
}

/**
 * The same figures from each respondent's sum and count of answers on the scale, as a database
 * aggregate gives them; summariseAnswers goes through here, so both agree by construction.
 */
export function summariseRespondents(respondents: ReadonlyArray<{ sum: number; count: number }>): DimensionSummary {
  const answering = respondents.filter((r) => r.count > 0);
  const n = answering.length;
  const count = answering.reduce((acc, r) => acc + r.count, 0);
  if (count === 0) return { n: 0, mean: null, score: null, sd: null };
  const mean = answering.reduce((acc, r) => acc + r.sum, 0) / count;
  const scores = answering.map((r) => dimensionScore(r.sum / r.count));
  const avg = scores.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(scores.reduce((acc, s) => acc + (s - avg) ** 2, 0) / (n - 1)) : null;
  return { n, mean, score: dimensionScore(mean), sd };
}

/** z for a two-sided 95% interval. */
const Z95 = 1.96;

export interface ChangeResult {
  change: number;
  /** Half-width of the 95% interval of the difference, in points (0 when it cannot be estimated). */
  margin: number;
  meaningful: boolean;
}

/**
 * A change between two rounds counts only when it is both at least MEANINGFUL_CHANGE points (what
 * the thermometer calls a change) and larger than the 95% interval of the difference of two
 * independent means (rounds have different respondents). Without a spread estimate (a single
 * respondent) the interval is unknown and no change is called.
 */
export function compareRounds(
  current: Pick<DimensionSummary, 'score' | 'sd' | 'n'>,
  previous: Pick<DimensionSummary, 'score' | 'sd' | 'n'>,
): ChangeResult | null {
  if (current.score === null || previous.score === null) return null;
  const change = current.score - previous.score;
  if (current.sd === null || previous.sd === null || current.n < 2 || previous.n < 2) {
    return { change, margin: 0, meaningful: false };
  }
  const margin = Z95 * Math.sqrt(current.sd ** 2 / current.n + previous.sd ** 2 / previous.n);
  return { change, margin, meaningful: Math.abs(change) >= MEANINGFUL_CHANGE && Math.abs(change) > margin };
}
