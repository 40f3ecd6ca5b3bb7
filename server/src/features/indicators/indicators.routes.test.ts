import type { Db } from '@tks/db/client';
import { indicatorDefinitions, indicatorValues } from '@tks/db/schema';
import { describe, expect, it } from 'vitest';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertUser,
} from '../../../test/helper';
import type { App } from '../../app';

async function getAsPartner(app: App, db: Db, coalitionId: number, url: string) {
  const user = insertUser(db, { email: 'partner@test.example' });
  insertMembership(db, user.id, coalitionId, 'partner');
  return injectAs(app, await browserFor(app, user.id), { method: 'GET', url });
}

function insertIndicator(db: Db, coalitionId: number, code: string) {
  const [row] = db
    .insert(indicatorDefinitions)
    .values({
      coalitionId,
      code,
      nameNl: `Indicator ${code}`,
      nameEn: `Indicator ${code}`,
      source: 'jgz',
      component: 'meten_weten',
      unit: 'percent',
      direction: 'higher_better',
      frequency: 'quarterly',
    })
    .returning()
    .all();
  if (!row) throw new Error('indicator not inserted');
  return row;
}

describe('GET /api/coalitions/:slug/indicators', () => {
  it('gives each indicator its most recent current value, and null when it has none', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const withData = insertIndicator(db, coalition.id, 'JGZ-04');
    insertIndicator(db, coalition.id, 'JGZ-05');
    const base = { coalitionId: coalition.id, indicatorId: withData.id };
    db.insert(indicatorValues)
      .values([
        { ...base, period: '2025-Q1', periodFirstIndex: 8100, periodLastIndex: 8100, value: 28 },
        { ...base, period: '2025-Q2', periodFirstIndex: 8101, periodLastIndex: 8101, value: 29.5 },
        // A superseded correction must not count as the latest value.
        {
          ...base,
          period: '2025-Q3',
          periodFirstIndex: 8102,
          periodLastIndex: 8102,
          value: 99,
          supersededAt: '2025-11-01T00:00:00Z',
        },
      ])
      .run();

    const response = await getAsPartner(app, db, coalition.id, '/api/coalitions/teststad/indicators');
    expect(response.statusCode).toBe(200);
    const { indicators } = response.json();
    expect(indicators.map((i: { code: string }) => i.code)).toEqual(['JGZ-04', 'JGZ-05']);
    expect(indicators[0].latest).toEqual({ period: '2025-Q2', value: 29.5 });
    expect(indicators[1].latest).toBeNull();
  });

  it('reports the latest quarter with data on the coalition summary', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const indicator = insertIndicator(db, coalition.id, 'ZIN-03');
    db.insert(indicatorValues)
      .values({
        coalitionId: coalition.id,
        indicatorId: indicator.id,
        period: '2025',
        periodFirstIndex: 8100,
        periodLastIndex: 8103,
        value: 6.6,
      })
      .run();
    const response = await getAsPartner(app, db, coalition.id, '/api/coalitions/teststad');
    expect(response.json().latestQuarter).toBe('2025-Q4');
  });
});
