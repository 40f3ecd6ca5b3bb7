import type { Db } from '@tks/db/client';
import {
  annotations,
  indicatorDefinitions,
  indicatorReferences,
  indicatorValues,
  measureTargets,
  mirrorConversations,
} from '@tks/db/schema';
import { zThermometer, zTrends } from '@tks/shared/schemas/thermometer';
import { describe, expect, it } from 'vitest';
import { insertRoundWithAnswers } from '../../../test/fixtures';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertOrganisation,
  insertUser,
} from '../../../test/helper';

const Q = (key: string) => {
  const [year, q] = key.split('-Q').map(Number);
  return (year ?? 0) * 4 + (q ?? 1) - 1;
};

function insertIndicator(
  db: Db,
  coalitionId: number,
  values: Record<string, number>,
  extra: Partial<typeof indicatorDefinitions.$inferInsert> = {},
) {
  const [definition] = db
    .insert(indicatorDefinitions)
    .values({
      coalitionId,
      code: 'JGZ-04',
      nameNl: 'Uitsluitend borstvoeding 3 mnd',
      nameEn: 'Exclusively breastfed at 3 months',
      source: 'jgz',
      component: 'meten_weten',
      unit: 'percent',
      direction: 'higher_better',
      frequency: 'quarterly',
      ...extra,
    })
    .returning()
    .all();
  if (!definition) throw new Error('no indicator');
  for (const [period, value] of Object.entries(values)) {
    db.insert(indicatorValues)
      .values({
        coalitionId,
        indicatorId: definition.id,
        period,
        periodFirstIndex: Q(period),
        periodLastIndex: Q(period),
        value,
      })
      .run();
  }
  return definition;
}

/** JGZ-04 with baseline 20 and target 40 from 2025-Q1, and values 20, 30, (none), 45 over 2025. */
function insertIndicatorFrom20To40(db: Db, coalitionId: number) {
  const indicator = insertIndicator(db, coalitionId, { '2025-Q1': 20, '2025-Q2': 30, '2025-Q4': 45 });
  const reference = {
    coalitionId,
    indicatorId: indicator.id,
    validFromQuarter: '2025-Q1',
    validFromIndex: Q('2025-Q1'),
  };
  db.insert(indicatorReferences)
    .values([
      { ...reference, kind: 'baseline', value: 20 },
      { ...reference, kind: 'target', value: 40 },
    ])
    .run();
}

/** The definition of insertIndicatorFrom20To40 with its baseline and target, but no values. */
function insertIndicatorFrom20To40Definition(db: Db, coalitionId: number) {
  const indicator = insertIndicator(db, coalitionId, {});
  const reference = {
    coalitionId,
    indicatorId: indicator.id,
    validFromQuarter: '2025-Q1',
    validFromIndex: Q('2025-Q1'),
  };
  db.insert(indicatorReferences)
    .values([
      { ...reference, kind: 'baseline', value: 0 },
      { ...reference, kind: 'target', value: 1 },
    ])
    .run();
  return indicator;
}

async function setup() {
  const ctx = await buildTestApp();
  const coalition = insertCoalition(ctx.db);
  const org = insertOrganisation(ctx.db, coalition.id, 'JGZ Teststad', 'social');
  const user = insertUser(ctx.db, { email: 'director@test.example' });
  insertMembership(ctx.db, user.id, coalition.id, 'director');
  const browser = await browserFor(ctx.app, user.id);
  const get = async (quarter?: string) => {
    const response = await injectAs(ctx.app, browser, {
      method: 'GET',
      url: `/api/coalitions/teststad/thermometer${quarter ? `?quarter=${quarter}` : ''}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return zThermometer.parse(response.json());
  };
  return { ...ctx, coalition, org, get };
}

describe('GET /api/coalitions/:slug/thermometer', () => {
  it('scores an indicator as progress from baseline to target, using the latest value at or before the quarter', async () => {
    const { db, coalition, get } = await setup();
    insertIndicatorFrom20To40(db, coalition.id);

    const q3 = await get('2025-Q3');
    const meten = q3.components.find((c) => c.code === 'meten_weten');
    expect(meten?.measures[0]).toMatchObject({
      key: 'indicator:JGZ-04',
      status: 'scored',
      score: 50,
      period: '2025-Q2',
      value: 30,
      target: 40,
      baseline: 20,
    });
    expect(meten?.score).toBe(50);

    const latest = await get();
    expect(latest.quarter).toBe('2025-Q4');
    expect(latest.availableQuarters).toEqual(['2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
    const now = latest.components.find((c) => c.code === 'meten_weten');
    expect(now?.score).toBe(100);
    expect(now?.previousQuarter).toMatchObject({ quarter: '2025-Q3', score: 50, change: 50, meaningful: true });
    expect(now?.sparkline.map((s) => s.score)).toEqual([null, null, null, null, 0, 50, 50, 100]);
  });

  it('never turns missing data into zero, and says how much a score rests on', async () => {
    const { db, coalition, get } = await setup();
    insertIndicator(db, coalition.id, { '2025-Q1': 20 }, { code: 'KS-01', direction: 'context' });
    const result = await get('2025-Q1');
    expect(result.overall).toMatchObject({ score: null, band: null, componentsWithData: 0, componentsTotal: 5 });
    for (const component of result.components) {
      expect(component.score).toBeNull();
      expect(component.band).toBeNull();
    }
    const meten = result.components.find((c) => c.code === 'meten_weten');
    expect(meten?.measures[0]).toMatchObject({ status: 'context', score: null, value: 20 });
    expect(meten?.coverage).toEqual({ scored: 0, total: 0 });
  });

  it('marks old values stale instead of scoring them', async () => {
    const { db, coalition, get } = await setup();
    const indicator = insertIndicator(db, coalition.id, { '2024-Q1': 40 });
    db.insert(indicatorReferences)
      .values({
        coalitionId: coalition.id,
        indicatorId: indicator.id,
        kind: 'target',
        validFromQuarter: '2024-Q1',
        validFromIndex: Q('2024-Q1'),
        value: 40,
      })
      .run();
    expect((await get('2024-Q3')).components[0]?.measures[0]?.status).toBe('scored');
    const late = await get('2024-Q4');
    expect(late.components[0]?.measures[0]).toMatchObject({
      status: 'stale',
      score: null,
      period: '2024-Q1',
      value: 40,
    });
  });

  it('counts an archived indicator for the quarters before it was archived, and not after', async () => {
    const { db, coalition, get } = await setup();
    insertIndicatorFrom20To40(db, coalition.id);
    db.update(indicatorDefinitions).set({ archivedAt: '2025-10-15T10:00:00.000Z' }).run();
    const before = (await get('2025-Q3')).components.find((c) => c.code === 'meten_weten');
    expect(before?.measures.map((m) => [m.key, m.status, m.score])).toEqual([['indicator:JGZ-04', 'scored', 50]]);
    const after = (await get('2025-Q4')).components.find((c) => c.code === 'meten_weten');
    expect(after?.measures.some((m) => m.key === 'indicator:JGZ-04')).toBe(false);
    expect(after?.score).toBeNull();
  });

  it('withholds and does not score an indicator value built on a count below 10', async () => {
    const { db, coalition, get } = await setup();
    const indicator = insertIndicatorFrom20To40Definition(db, coalition.id);
    db.insert(indicatorValues)
      .values({
        coalitionId: coalition.id,
        indicatorId: indicator.id,
        period: '2025-Q1',
        periodFirstIndex: Q('2025-Q1'),
        periodLastIndex: Q('2025-Q1'),
        value: 0.8,
        numerator: 8,
        denominator: 1000,
      })
      .run();
    const meten = (await get('2025-Q1')).components.find((c) => c.code === 'meten_weten');
    expect(meten?.measures[0]).toMatchObject({
      status: 'suppressed',
      value: null,
      score: null,
      n: null,
      period: '2025-Q1',
    });
    expect(meten?.score).toBeNull();
  });

  it('scores a questionnaire dimension as (mean − 1) / 4 × 100, and hides it below the minimum group size', async () => {
    const { db, coalition, org, get } = await setup();
    const five = [
      [4, 4, null],
      [5, 3, 4],
      [4, 4, 4],
      [3, 5, 4],
      [4, 4, 4],
    ];
    insertRoundWithAnswers(db, coalition.id, org.id, {
      quarter: '2025-Q2',
      dimensionCode: 'B',
      component: 'samenwerken_leren',
      respondents: five,
    });
    insertRoundWithAnswers(db, coalition.id, org.id, {
      quarter: '2025-Q4',
      dimensionCode: 'B',
      component: 'samenwerken_leren',
      respondents: five.slice(0, 4),
    });

    const q2 = await get('2025-Q2');
    const samenwerken = q2.components.find((c) => c.code === 'samenwerken_leren');
    // Mean of the 14 answers (the "don't know" left out) is 4, so the score is 75.
    expect(samenwerken?.measures[0]).toMatchObject({ key: 'dimension:B', status: 'scored', value: 4, score: 75, n: 5 });
    expect(samenwerken?.band).toBe('strong');

    const q4 = await get('2025-Q4');
    expect(q4.components.find((c) => c.code === 'samenwerken_leren')?.measures[0]).toMatchObject({
      status: 'suppressed',
      value: null,
      score: null,
      n: null,
    });
  });

  it('feeds the registers into their components against their targets', async () => {
    const { db, coalition, get } = await setup();
    db.insert(mirrorConversations)
      .values([
        {
          coalitionId: coalition.id,
          heldOn: '2025-02-10',
          theme: 'Eerste contact',
          parentsCount: 7,
          professionalsCount: 12,
        },
        {
          coalitionId: coalition.id,
          heldOn: '2025-09-15',
          theme: 'Overdracht',
          parentsCount: 8,
          professionalsCount: 10,
        },
      ])
      .run();
    db.insert(measureTargets)
      .values({
        coalitionId: coalition.id,
        measureCode: 'mirror_conversations_per_year',
        validFromQuarter: '2025-Q1',
        validFromIndex: Q('2025-Q1'),
        target: 4,
      })
      .run();
    const result = await get('2025-Q4');
    const reflecteren = result.components.find((c) => c.code === 'reflecteren');
    expect(reflecteren?.measures[0]).toMatchObject({
      key: 'register:mirror_conversations_per_year',
      status: 'scored',
      value: 2,
      target: 4,
      score: 50,
    });
    expect(result.overall).toMatchObject({ score: 50, band: 'developing', componentsWithData: 1 });
    // Before the first conversation the register was not in use yet: missing, not zero.
    const before = await get('2024-Q4');
    expect(before.components.find((c) => c.code === 'reflecteren')?.measures[0]?.status).toBe('missing');
  });
});

describe('GET /api/coalitions/:slug/trends', () => {
  it('scores every quarter with data the way the thermometer does, with gaps as null and the annotations', async () => {
    const { app, db, coalition, get } = await setup();
    insertIndicatorFrom20To40(db, coalition.id);
    db.insert(annotations)
      .values({
        coalitionId: coalition.id,
        quarter: '2025-Q2',
        quarterIndex: Q('2025-Q2'),
        text: 'Nieuwe verwijsroute',
        component: 'meten_weten',
      })
      .run();
    const user = insertUser(db, { email: 'partner@test.example' });
    insertMembership(db, user.id, coalition.id, 'partner');
    const response = await injectAs(app, await browserFor(app, user.id), {
      method: 'GET',
      url: '/api/coalitions/teststad/trends',
    });
    expect(response.statusCode).toBe(200);
    const trends = zTrends.parse(response.json());
    expect(trends.quarters).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const meten = trends.components.find((c) => c.code === 'meten_weten');
    expect(meten?.points.map((p) => p.score)).toEqual([0, 50, 50, 100]);
    expect(trends.components.find((c) => c.code === 'reflecteren')?.points.every((p) => p.score === null)).toBe(true);
    expect(trends.annotations).toEqual([
      {
        id: expect.any(Number),
        quarter: '2025-Q2',
        text: 'Nieuwe verwijsroute',
        component: 'meten_weten',
        indicatorId: null,
        indicatorCode: null,
      },
    ]);
    // The same numbers as the thermometer for that quarter.
    expect((await get('2025-Q2')).components.find((c) => c.code === 'meten_weten')?.score).toBe(50);
  });
});

describe('GET /api/coalitions/:slug/trends: per measure', () => {
  it('gives every measure a point per quarter with its value, a gap where the thermometer has none, and the target valid then', async () => {
    const { app, db, coalition } = await setup();
    const indicator = insertIndicator(db, coalition.id, { '2024-Q1': 10, '2025-Q1': 20, '2025-Q2': 30, '2025-Q4': 45 });
    const reference = { coalitionId: coalition.id, indicatorId: indicator.id };
    db.insert(indicatorReferences)
      .values([
        { ...reference, kind: 'baseline', value: 20, validFromQuarter: '2025-Q1', validFromIndex: Q('2025-Q1') },
        { ...reference, kind: 'target', value: 40, validFromQuarter: '2025-Q1', validFromIndex: Q('2025-Q1') },
        { ...reference, kind: 'target', value: 50, validFromQuarter: '2025-Q3', validFromIndex: Q('2025-Q3') },
        { ...reference, kind: 'national', value: 31, validFromQuarter: '2024-Q1', validFromIndex: Q('2024-Q1') },
      ])
      .run();
    const user = insertUser(db, { email: 'partner@test.example' });
    insertMembership(db, user.id, coalition.id, 'partner');
    const response = await injectAs(app, await browserFor(app, user.id), {
      method: 'GET',
      url: '/api/coalitions/teststad/trends',
    });
    const trends = zTrends.parse(response.json());
    expect(trends.quarters).toHaveLength(8);
    const jgz = trends.measures.find((m) => m.key === 'indicator:JGZ-04');
    expect(jgz).toMatchObject({ component: 'meten_weten', unit: 'percent', indicatorId: indicator.id });
    const points = jgz?.points ?? [];
    expect(points.map((p) => p.quarter)).toEqual(trends.quarters);
    // 2024-Q4 and 2024-Q3: the 2024-Q1 value is too old for a quarterly indicator, so a gap, not a stale value.
    expect(points.map((p) => p.value)).toEqual([10, 10, 10, null, 20, 30, 30, 45]);
    expect(points.map((p) => p.status)).toEqual([
      'no_target',
      'no_target',
      'no_target',
      'stale',
      'scored',
      'scored',
      'scored',
      'scored',
    ]);
    expect(points.map((p) => p.target)).toEqual([null, null, null, null, 40, 40, 50, 50]);
    expect(points.map((p) => p.reference)).toEqual([31, 31, 31, 31, 31, 31, 31, 31]);
    expect(points[6]).toMatchObject({ period: '2025-Q2', score: 33.33333333333333 });
    // Registers and dimensions are there too, as missing rather than zero.
    const register = trends.measures.find((m) => m.key === 'register:mirror_conversations_per_year');
    expect(register?.points.every((p) => p.value === null && p.status === 'missing')).toBe(true);
  });
});
