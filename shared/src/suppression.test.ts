import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOWEST_MIN_GROUP_SIZE, type Suppression, suppressAgainst, suppressGroups } from './suppression';

/*
 * The promise: for any data set and any breakdown, no published group is below the minimum and no
 * hidden group can be worked out by subtraction. "Worked out" is checked independently of the
 * implementation: a reader who sees the total and the published groups can compute exactly the
 * aggregates of the sets whose indicator vector lies in the linear span of what is published, so
 * every 0/1 combination of groups in that span must hold no respondents or at least the minimum.
 */

/** Rank of a set of vectors (Gaussian elimination; entries are small integers, so floats are exact enough). */
function rank(vectors: number[][]): number {
  const rows = vectors.map((v) => [...v]);
  let r = 0;
  const width = rows[0]?.length ?? 0;
  for (let col = 0; col < width && r < rows.length; col++) {
    let pivot = -1;
    for (let i = r; i < rows.length; i++) if (Math.abs(rows[i]?.[col] ?? 0) > 1e-9) pivot = i;
    if (pivot === -1) continue;
    [rows[r], rows[pivot]] = [rows[pivot] as number[], rows[r] as number[]];
    const p = rows[r] as number[];
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i] as number[];
      const factor = (row[col] ?? 0) / (p[col] ?? 1);
      if (factor !== 0) for (let j = col; j < width; j++) row[j] = (row[j] ?? 0) - factor * (p[j] ?? 0);
    }
    r++;
  }
  return r;
}

function inSpan(basis: number[][], v: number[]): boolean {
  if (basis.length === 0) return v.every((x) => x === 0);
  return rank([...basis, v]) === rank(basis);
}

/** Every subset of `size` positions, as 0/1 vectors. */
function* subsets(size: number): Generator<number[]> {
  for (let mask = 1; mask < 1 << size; mask++) {
    yield Array.from({ length: size }, (_, i) => (mask >> i) & 1);
  }
}

const arbMin = fc.integer({ min: LOWEST_MIN_GROUP_SIZE, max: 10 });
const arbCounts = fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 8 });

function publishedVectors(suppression: Suppression<number>, size: number): number[][] {
  const vectors: number[][] = [];
  if (suppression.totalPublished) vectors.push(Array.from({ length: size }, () => 1));
  for (const g of suppression.groups) {
    if (g.published) vectors.push(Array.from({ length: size }, (_, i) => (i === g.key ? 1 : 0)));
  }
  return vectors;
}

describe('suppressGroups', () => {
  it('publishes no group below the minimum, and the total only from the minimum', () => {
    fc.assert(
      fc.property(arbCounts, arbMin, (counts, min) => {
        const result = suppressGroups(
          counts.map((n, key) => ({ key, n })),
          min,
        );
        for (const g of result.groups) if (g.published) expect(g.n).toBeGreaterThanOrEqual(min);
        expect(result.totalPublished).toBe(result.total >= min);
      }),
    );
  });

  it('leaves no hidden group derivable by subtraction (any 0/1 combination in the published span)', () => {
    fc.assert(
      fc.property(arbCounts, arbMin, (counts, min) => {
        const result = suppressGroups(
          counts.map((n, key) => ({ key, n })),
          min,
        );
        const basis = publishedVectors(result, counts.length);
        for (const set of subsets(counts.length)) {
          if (!inSpan(basis, set)) continue;
          const n = set.reduce((sum, inSet, i) => sum + inSet * (counts[i] ?? 0), 0);
          expect(n === 0 || n >= min, `set ${set.join('')} with n=${n} is derivable`).toBe(true);
        }
      }),
    );
  });

  it('hides the hidden groups together at or above the minimum, or hides none', () => {
    fc.assert(
      fc.property(arbCounts, arbMin, (counts, min) => {
        const result = suppressGroups(
          counts.map((n, key) => ({ key, n })),
          min,
        );
        if (!result.totalPublished) return;
        const hidden = result.groups.filter((g) => !g.published).reduce((sum, g) => sum + g.n, 0);
        expect(hidden === 0 || hidden >= min).toBe(true);
      }),
    );
  });

  it('hides only what it must: a published group is never hidden while nothing is below the minimum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 20 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const result = suppressGroups(
          counts.map((n, key) => ({ key, n })),
          5,
        );
        expect(result.groups.every((g) => g.published)).toBe(true);
      }),
    );
  });

  it('hides the next-smallest group when exactly one group is below the minimum', () => {
    const result = suppressGroups(
      [
        { key: 'verloskunde', n: 12 },
        { key: 'kraamzorg', n: 6 },
        { key: 'huisarts', n: 2 },
        { key: 'jgz', n: 9 },
      ],
      5,
    );
    expect(result.groups.map((g) => [g.key, g.published, g.reason])).toEqual([
      ['verloskunde', true, null],
      ['kraamzorg', false, 'complementary'],
      ['huisarts', false, 'below_minimum'],
      ['jgz', true, null],
    ]);
  });

  it('keeps hiding while the hidden groups together stay below the minimum', () => {
    const result = suppressGroups(
      [
        { key: 'a', n: 1 },
        { key: 'b', n: 5 },
        { key: 'c', n: 5 },
        { key: 'd', n: 20 },
      ],
      7,
    );
    // a (1) is below 7; b (5) joins: 6 < 7; c (5) joins: 11 ≥ 7.
    expect(result.groups.filter((g) => g.published).map((g) => g.key)).toEqual(['d']);
  });

  it('publishes nothing, not even the total, below the minimum', () => {
    const result = suppressGroups([{ key: 'a', n: 4 }], 5);
    expect(result.totalPublished).toBe(false);
    expect(result.groups[0]?.reason).toBe('total_below_minimum');
  });

  it('never goes below three, whatever minimum is passed', () => {
    expect(suppressGroups([{ key: 'a', n: 2 }], 1).totalPublished).toBe(false);
  });
});

describe('suppressAgainst (two breakdowns of the same respondents)', () => {
  const arbTable = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([rows, cols]) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

  it('leaves no difference between a set derivable from one breakdown and one from the other below the minimum', () => {
    fc.assert(
      fc.property(arbTable, arbMin, (table, min) => {
        const rows = table.map((row, key) => ({ key, n: row.reduce((a, b) => a + b, 0) }));
        const cols = (table[0] ?? []).map((_, key) => ({
          key,
          n: table.reduce((sum, row) => sum + (row[key] ?? 0), 0),
        }));
        const first = suppressGroups(rows, min);
        const second = suppressAgainst(first, suppressGroups(cols, min), (a, b) => table[a]?.[b] ?? 0, min);

        for (const g of second.groups) if (g.published) expect(g.n).toBeGreaterThanOrEqual(min);
        const hidden = second.groups.filter((g) => !g.published).reduce((sum, g) => sum + g.n, 0);
        if (second.totalPublished) expect(hidden === 0 || hidden >= min).toBe(true);

        const setsOf = (s: Suppression<number>) => {
          const hiddenKeys = s.groups.filter((g) => !g.published).map((g) => g.key);
          const sets = s.groups.filter((g) => g.published).map((g) => [g.key]);
          return hiddenKeys.length > 0 ? [...sets, hiddenKeys] : sets;
        };
        if (!first.totalPublished) return;
        for (const a of setsOf(first)) {
          for (const b of setsOf(second)) {
            let overlap = 0;
            for (const r of a) for (const c of b) overlap += table[r]?.[c] ?? 0;
            if (overlap === 0) continue;
            const nA = a.reduce((sum, r) => sum + (rows[r]?.n ?? 0), 0);
            const nB = b.reduce((sum, c) => sum + (cols[c]?.n ?? 0), 0);
            for (const rest of [nA - overlap, nB - overlap]) {
              expect(rest === 0 || rest >= min, `difference of ${rest}`).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('hides a role group that is one person short of a published organisation', () => {
    // Organisation 0: 6 respondents, 5 of whom are midwives; the sixth is a GP.
    const table = [
      [5, 1],
      [0, 6],
    ];
    const first = suppressGroups(
      [
        { key: 0, n: 6 },
        { key: 1, n: 6 },
      ],
      5,
    );
    const roles = suppressGroups(
      [
        { key: 0, n: 5 },
        { key: 1, n: 7 },
      ],
      5,
    );
    expect(roles.groups.every((g) => g.published)).toBe(true);
    const second = suppressAgainst(first, roles, (a, b) => table[a]?.[b] ?? 0, 5);
    expect(second.groups.find((g) => g.key === 0)?.published).toBe(false);
  });
});
