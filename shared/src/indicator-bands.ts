import { formatNumber } from './format';
import type { Locale } from './locale';
import type { Band } from './schemas/thermometer';

/*
 * Colour bands of an indicator lie on the indicator's own scale (a percentage, a rate per 1000, a
 * score) and cover its plausible range. They follow the rules of the thermometer's score bands
 * (`validateBands` in scoring.ts, which is this check for the range 0–100): in ascending order,
 * no gaps, no overlaps, and one rule for the edges: each band holds its lower edge, the upper
 * edge belongs to the next band, and the top of the range to the last band.
 */

export interface BandRange {
  min: number;
  max: number;
}

export type BandIssue =
  | { kind: 'not_a_number'; index: number; field: 'from' | 'to' }
  | { kind: 'first_start'; index: 0; field: 'from'; expected: number }
  | { kind: 'last_end'; index: number; field: 'to'; expected: number }
  | { kind: 'empty'; index: number; field: 'to' }
  | { kind: 'gap'; index: number; field: 'from'; previousTo: number; from: number }
  | { kind: 'overlap'; index: number; field: 'from'; previousTo: number; from: number };

/** Every problem of a set of bands, each tied to the band and the edge where it can be fixed. */
export function checkBands(bands: readonly Band[], range: BandRange): BandIssue[] {
  const issues: BandIssue[] = [];
  bands.forEach((band, index) => {
    const fromOk = Number.isFinite(band.from);
    const toOk = Number.isFinite(band.to);
    if (!fromOk) issues.push({ kind: 'not_a_number', index, field: 'from' });
    if (!toOk) issues.push({ kind: 'not_a_number', index, field: 'to' });
    if (index === 0 && fromOk && band.from !== range.min) {
      issues.push({ kind: 'first_start', index: 0, field: 'from', expected: range.min });
    }
    if (fromOk && toOk && !(band.to > band.from)) issues.push({ kind: 'empty', index, field: 'to' });
    const previous = bands[index - 1];
    if (previous && fromOk && Number.isFinite(previous.to) && band.from !== previous.to) {
      issues.push({
        kind: band.from > previous.to ? 'gap' : 'overlap',
        index,
        field: 'from',
        previousTo: previous.to,
        from: band.from,
      });
    }
    if (index === bands.length - 1 && toOk && band.to !== range.max) {
      issues.push({ kind: 'last_end', index, field: 'to', expected: range.max });
    }
  });
  return issues;
}

/** The issue in words, in Dutch or English, naming bands from 1 as people count them. */
export function bandIssueMessage(issue: BandIssue, locale: Locale): string {
  const n = issue.index + 1;
  const num = (value: number) => formatNumber(value, locale, { maxDecimals: 3 });
  const nl = locale === 'nl';
  switch (issue.kind) {
    case 'not_a_number':
      return nl ? `Band ${n}: vul een getal in.` : `Band ${n}: enter a number.`;
    case 'first_start':
      return nl
        ? `Band 1 moet beginnen bij ${num(issue.expected)}, de onderkant van het plausibele bereik.`
        : `Band 1 must start at ${num(issue.expected)}, the bottom of the plausible range.`;
    case 'last_end':
      return nl
        ? `Band ${n} moet eindigen bij ${num(issue.expected)}, de bovenkant van het plausibele bereik.`
        : `Band ${n} must end at ${num(issue.expected)}, the top of the plausible range.`;
    case 'empty':
      return nl
        ? `Band ${n}: de bovengrens moet hoger zijn dan de ondergrens.`
        : `Band ${n}: the upper edge must be higher than the lower edge.`;
    case 'gap':
      return nl
        ? `Er zit een gat tussen band ${n - 1} (tot ${num(issue.previousTo)}) en band ${n} (vanaf ${num(issue.from)}). Laat band ${n} beginnen bij ${num(issue.previousTo)}.`
        : `There is a gap between band ${n - 1} (up to ${num(issue.previousTo)}) and band ${n} (from ${num(issue.from)}). Let band ${n} start at ${num(issue.previousTo)}.`;
    case 'overlap':
      return nl
        ? `Band ${n} (vanaf ${num(issue.from)}) overlapt band ${n - 1} (tot ${num(issue.previousTo)}). Laat band ${n} beginnen bij ${num(issue.previousTo)}.`
        : `Band ${n} (from ${num(issue.from)}) overlaps band ${n - 1} (up to ${num(issue.previousTo)}). Let band ${n} start at ${num(issue.previousTo)}.`;
  }
}

/** The band a value falls in, by the edge rule above; null without bands or value. */
export function bandOfValue(value: number | null, bands: readonly Band[] | null): Band | null {
  if (value === null || !bands || bands.length === 0) return null;
  const last = bands.at(-1);
  if (last && value >= last.to) return last;
  const first = bands[0];
  if (first && value < first.from) return first;
  return bands.find((band) => value >= band.from && value < band.to) ?? null;
}
