/*
 * Small-group suppression for questionnaire breakdowns.
 *
 * Every figure is an aggregate of a set of respondents. A reader who knows the total and the
 * published groups can subtract: total − Σ published = the hidden groups together. So hiding the
 * groups below the minimum is not enough (primary suppression); the hidden groups together must
 * also reach the minimum, or be empty (complementary suppression). When they do not, the smallest
 * published group is hidden too, and again, until they do. With the whole round below the minimum
 * nothing is published, not even the total.
 *
 * The number of respondents per group is not secret (the coordinator follows the response per
 * organisation); what must never be derivable is an aggregate of fewer than `minGroupSize` people.
 */

export const DEFAULT_MIN_GROUP_SIZE = 5;
/** A coalition may lower its minimum, but never below this. */
export const LOWEST_MIN_GROUP_SIZE = 3;
export const HIGHEST_MIN_GROUP_SIZE = 50;

export interface GroupCount<K extends string | number = string | number> {
  key: K;
  /** Respondents in the group. */
  n: number;
}

export type SuppressionReason = 'below_minimum' | 'complementary' | 'total_below_minimum';

export interface SuppressedGroup<K extends string | number = string | number> extends GroupCount<K> {
  published: boolean;
  /** Why the group is hidden; null when it is published. */
  reason: SuppressionReason | null;
}

export interface Suppression<K extends string | number = string | number> {
  /** Whether the total itself may be shown. */
  totalPublished: boolean;
  total: number;
  groups: SuppressedGroup<K>[];
}

/**
 * Decide, for one breakdown (a partition of the respondents into groups), which groups may be
 * shown. Groups keep their input order. The smallest published group is hidden first when more
 * must go (ties: the later one), so the outcome depends only on the counts and their order.
 */
export function suppressGroups<K extends string | number>(
  groups: readonly GroupCount<K>[],
  minGroupSize: number,
): Suppression<K> {
  const min = Math.max(LOWEST_MIN_GROUP_SIZE, Math.floor(minGroupSize));
  const total = groups.reduce((sum, g) => sum + g.n, 0);
  if (total < min) {
    return {
      totalPublished: false,
      total,
      groups: groups.map((g) => ({ ...g, published: false, reason: 'total_below_minimum' })),
    };
  }
  const result: SuppressedGroup<K>[] = groups.map((g) =>
    g.n >= min ? { ...g, published: true, reason: null } : { ...g, published: false, reason: 'below_minimum' },
  );
  restoreComplementary(result, min);
  return { totalPublished: true, total, groups: result };
}

/**
 * Two breakdowns of the same respondents (for example by organisation and by role) can be
 * subtracted from each other: when a published role group lies almost entirely inside a published
 * organisation, organisation − role reveals the few who are left. Given the cross counts
 * cell(a, b) (respondents in group a of the first breakdown and group b of the second), this hides
 * further groups of `second` until, for every set a reader can derive from the first breakdown
 * (each published group, and the hidden groups together) and every set derivable from the second,
 * the part of either outside the other is empty or at least the minimum.
 *
 * This closes the pairwise subtractions between two breakdowns; docs/questionnaire-results.md
 * describes what it does not cover.
 */
export function suppressAgainst<A extends string | number, B extends string | number>(
  first: Suppression<A>,
  second: Suppression<B>,
  cell: (a: A, b: B) => number,
  minGroupSize: number,
): Suppression<B> {
  const min = Math.max(LOWEST_MIN_GROUP_SIZE, Math.floor(minGroupSize));
  if (!first.totalPublished || !second.totalPublished) return second;
  const groups = second.groups.map((g) => ({ ...g }));
  const firstSets = derivableSets(first.groups);
  const tooSmall = (n: number) => n > 0 && n < min;
  for (;;) {
    const secondSets = derivableSets(groups);
    let culprit: SuppressedGroup<B>[] | null = null;
    for (const b of secondSets) {
      const nB = b.reduce((sum, g) => sum + g.n, 0);
      for (const a of firstSets) {
        const nA = a.reduce((sum, g) => sum + g.n, 0);
        let overlap = 0;
        for (const ga of a) for (const gb of b) overlap += cell(ga.key, gb.key);
        if (overlap > 0 && (tooSmall(nA - overlap) || tooSmall(nB - overlap))) {
          culprit = b;
          break;
        }
      }
      if (culprit) break;
    }
    if (!culprit) break;
    const single = culprit.length === 1 ? culprit[0] : undefined;
    if (single?.published) {
      single.published = false;
      single.reason = 'complementary';
    } else if (!hideSmallestPublished(groups)) {
      break; // everything is hidden: what is left to derive is the total, which is published anyway
    }
    restoreComplementary(groups, min);
  }
  return { ...second, groups };
}

/** The sets a reader can compute from one breakdown: each published group, and the hidden ones together. */
function derivableSets<G extends { published: boolean; n: number }>(groups: readonly G[]): G[][] {
  const hidden = groups.filter((g) => !g.published);
  const sets = groups.filter((g) => g.published).map((g) => [g]);
  return hidden.some((g) => g.n > 0) ? [...sets, hidden] : sets;
}

function hideSmallestPublished<K extends string | number>(groups: SuppressedGroup<K>[]): boolean {
  let smallest: SuppressedGroup<K> | undefined;
  for (const g of groups) {
    if (g.published && (smallest === undefined || g.n <= smallest.n)) smallest = g;
  }
  if (!smallest) return false;
  smallest.published = false;
  smallest.reason = 'complementary';
  return true;
}

function restoreComplementary<K extends string | number>(groups: SuppressedGroup<K>[], min: number): void {
  let hiddenSum = groups.filter((g) => !g.published).reduce((sum, g) => sum + g.n, 0);
  while (hiddenSum > 0 && hiddenSum < min) {
    if (!hideSmallestPublished(groups)) return;
    hiddenSum = groups.filter((g) => !g.published).reduce((sum, g) => sum + g.n, 0);
  }
}
