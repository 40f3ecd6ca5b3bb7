import type { Db } from '@tks/db/client';
import { auditLog, importBatches, indicatorDefinitions, indicatorValues } from '@tks/db/schema';
import { INDICATOR_CATALOGUE } from '@tks/shared/indicator-catalogue';
import { eq } from 'drizzle-orm';
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
    expect(indicators[0].latest).toEqual({ period: '2025-Q2', value: 29.5, suppressed: false });
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

async function asRole(app: App, db: Db, coalitionId: number, role: 'coordinator' | 'partner' | 'director') {
  const user = insertUser(db, { email: `${role}@test.example`, name: `De ${role}` });
  insertMembership(db, user.id, coalitionId, role);
  return { user, browser: await browserFor(app, user.id) };
}

const newIndicator = {
  code: 'own-01',
  nameNl: 'Eigen indicator',
  nameEn: 'Own indicator',
  descriptionNl: 'Een indicator die de coalitie zelf bijhoudt.',
  source: 'other',
  component: 'meten_weten',
  unit: 'percent',
  numeratorText: 'Gezinnen met een plan',
  denominatorText: 'Besproken gezinnen',
  factor: 100,
  direction: 'higher_better',
  frequency: 'quarterly',
  plausibleMin: 0,
  plausibleMax: 100,
  colourBands: [
    { from: 0, to: 50, code: 'attention' },
    { from: 50, to: 80, code: 'developing' },
    { from: 80, to: 100, code: 'strong' },
  ],
  references: [
    { kind: 'target', validFrom: '2025-Q1', value: 80 },
    { kind: 'baseline', validFrom: '2025-Q1', value: 60 },
  ],
};

function definitionOf(detail: { indicator: Record<string, unknown> }) {
  const { id: _id, code: _code, archived: _a, archivedAt: _at, updatedAt: _u, ...rest } = detail.indicator;
  return rest;
}

function auditEntries(db: Db, entityType: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityType, entityType)).all();
}

describe('POST /api/coalitions/:slug/indicators', () => {
  it('adds an indicator with its first target and baseline, and audits both', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const { browser, user } = await asRole(app, db, coalition.id, 'coordinator');
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators',
      payload: newIndicator,
    });
    expect(response.statusCode).toBe(201);
    const detail = response.json();
    // Codes are stored in upper case, as extracts name them.
    expect(detail.indicator).toMatchObject({ code: 'OWN-01', nameNl: 'Eigen indicator', archived: false });
    expect(detail.references.map((r: { kind: string; value: number }) => [r.kind, r.value])).toEqual([
      ['baseline', 60],
      ['target', 80],
    ]);
    expect(detail.values).toEqual([]);
    const entries = auditEntries(db, 'indicator');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', userId: user.id, coalitionId: coalition.id });
    expect(auditEntries(db, 'indicator_reference')).toHaveLength(2);
  });

  it('refuses a code that is taken', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    insertIndicator(db, coalition.id, 'OWN-01');
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators',
      payload: newIndicator,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('indicator_code_taken');
  });

  it('explains band problems in Dutch beside the band and edge to fix, and saves nothing', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators',
      payload: {
        ...newIndicator,
        colourBands: [
          { from: 0, to: 40, code: 'attention' },
          { from: 45, to: 80, code: 'developing' },
          { from: 75, to: 90, code: 'strong' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('validation_failed');
    expect(body.fieldErrors).toEqual([
      {
        path: 'body.colourBands.1.from',
        message: 'Er zit een gat tussen band 1 (tot 40) en band 2 (vanaf 45). Laat band 2 beginnen bij 40.',
      },
      {
        path: 'body.colourBands.2.from',
        message: 'Band 3 (vanaf 75) overlapt band 2 (tot 80). Laat band 3 beginnen bij 80.',
      },
      {
        path: 'body.colourBands.2.to',
        message: 'Band 3 moet eindigen bij 100, de bovenkant van het plausibele bereik.',
      },
    ]);
    expect(db.select().from(indicatorDefinitions).all()).toHaveLength(0);
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });

  it('answers in English when asked, and needs a plausible range for bands', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators',
      headers: { 'accept-language': 'en' },
      payload: { ...newIndicator, plausibleMin: null },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fieldErrors).toEqual([
      { path: 'body.plausibleMin', message: 'Colour bands lie on the plausible range: fill in its bottom and top.' },
    ]);
  });

  it('refuses a missing name and an unknown unit through the schema', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators',
      payload: { ...newIndicator, nameNl: '', unit: 'liters' },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().fieldErrors.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.nameNl', 'body.unit']));
  });

  it('is for coordinators only', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    for (const role of ['partner', 'director'] as const) {
      const { browser } = await asRole(app, db, coalition.id, role);
      const response = await injectAs(app, browser, {
        method: 'POST',
        url: '/api/coalitions/teststad/indicators',
        payload: newIndicator,
      });
      expect(response.statusCode).toBe(403);
    }
    expect(db.select().from(indicatorDefinitions).all()).toHaveLength(0);
  });
});

describe('PUT /api/coalitions/:slug/indicators/:code', () => {
  it('changes the definition, keeps the code, and audits before and after', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const created = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators',
      payload: newIndicator,
    });
    const { code: _code, references: _references, ...definition } = newIndicator;
    const response = await injectAs(app, browser, {
      method: 'PUT',
      url: '/api/coalitions/teststad/indicators/own-01',
      payload: { ...definition, nameNl: 'Gezinnen met een gezamenlijk plan', direction: 'lower_better' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().indicator).toMatchObject({
      code: 'OWN-01',
      nameNl: 'Gezinnen met een gezamenlijk plan',
      direction: 'lower_better',
    });
    expect(definitionOf(response.json())).toEqual({
      ...definitionOf(created.json()),
      nameNl: 'Gezinnen met een gezamenlijk plan',
      direction: 'lower_better',
    });
    const update = auditEntries(db, 'indicator').find((e) => e.action === 'update');
    expect(update?.before).toMatchObject({ nameNl: 'Eigen indicator', direction: 'higher_better' });
    expect(update?.after).toMatchObject({ nameNl: 'Gezinnen met een gezamenlijk plan', direction: 'lower_better' });
  });

  it('checks bands on the plausible range of the indicator', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    insertIndicator(db, coalition.id, 'ZIN-04');
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const { code: _code, references: _references, ...definition } = newIndicator;
    const bands = [
      { from: 0, to: 6, code: 'strong' },
      { from: 6, to: 10, code: 'developing' },
      { from: 10, to: 30, code: 'attention' },
    ];
    const ok = await injectAs(app, browser, {
      method: 'PUT',
      url: '/api/coalitions/teststad/indicators/ZIN-04',
      payload: { ...definition, unit: 'per_1000', factor: 1000, plausibleMax: 30, colourBands: bands },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().indicator.colourBands).toEqual(bands);
    const wrong = await injectAs(app, browser, {
      method: 'PUT',
      url: '/api/coalitions/teststad/indicators/ZIN-04',
      payload: { ...definition, plausibleMax: 30, colourBands: [{ from: 0, to: 10, code: 'strong' }] },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fieldErrors).toEqual([
      {
        path: 'body.colourBands.0.to',
        message: 'Band 1 moet eindigen bij 30, de bovenkant van het plausibele bereik.',
      },
    ]);
  });

  it('answers 404 for an unknown code and 403 for a partner', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    insertIndicator(db, coalition.id, 'JGZ-04');
    const { code: _code, references: _references, ...definition } = newIndicator;
    const coordinator = await asRole(app, db, coalition.id, 'coordinator');
    const missing = await injectAs(app, coordinator.browser, {
      method: 'PUT',
      url: '/api/coalitions/teststad/indicators/NOPE-1',
      payload: definition,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('indicator_not_found');
    const partner = await asRole(app, db, coalition.id, 'partner');
    const refused = await injectAs(app, partner.browser, {
      method: 'PUT',
      url: '/api/coalitions/teststad/indicators/JGZ-04',
      payload: definition,
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('POST /api/coalitions/:slug/indicators/:code/archive and /restore', () => {
  it('archives and restores, keeps the values, and audits each change once', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const indicator = insertIndicator(db, coalition.id, 'JGZ-04');
    db.insert(indicatorValues)
      .values({
        coalitionId: coalition.id,
        indicatorId: indicator.id,
        period: '2025-Q1',
        periodFirstIndex: 8100,
        periodLastIndex: 8100,
        value: 31,
      })
      .run();
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const archived = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators/JGZ-04/archive',
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().indicator.archived).toBe(true);
    // Archiving twice changes nothing more.
    await injectAs(app, browser, { method: 'POST', url: '/api/coalitions/teststad/indicators/JGZ-04/archive' });

    const page = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/teststad/indicators/JGZ-04' });
    expect(page.statusCode).toBe(200);
    expect(page.json().values).toHaveLength(1);
    const list = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/teststad/indicators' });
    expect(list.json().indicators[0]).toMatchObject({ code: 'JGZ-04', archived: true, latest: { value: 31 } });

    const restored = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators/JGZ-04/restore',
    });
    expect(restored.json().indicator).toMatchObject({ archived: false, archivedAt: null });
    expect(auditEntries(db, 'indicator').map((e) => e.action)).toEqual(['archive', 'restore']);
  });

  it('is refused to a director', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    insertIndicator(db, coalition.id, 'JGZ-04');
    const { browser } = await asRole(app, db, coalition.id, 'director');
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators/JGZ-04/archive',
    });
    expect(response.statusCode).toBe(403);
    expect(db.select().from(indicatorDefinitions).get()?.archivedAt).toBeNull();
  });
});

describe('POST /api/coalitions/:slug/indicators/:code/references', () => {
  it('adds a new target from a quarter on without changing the earlier one, and corrects the same quarter', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    await injectAs(app, browser, { method: 'POST', url: '/api/coalitions/teststad/indicators', payload: newIndicator });
    const url = '/api/coalitions/teststad/indicators/OWN-01/references';
    const raised = await injectAs(app, browser, {
      method: 'POST',
      url,
      payload: { kind: 'target', validFrom: '2026-Q1', value: 85, note: 'Nieuw convenant' },
    });
    expect(raised.statusCode).toBe(200);
    const targets = () =>
      raised
        .json()
        .references.filter((r: { kind: string }) => r.kind === 'target')
        .map((r: { validFrom: string; value: number }) => [r.validFrom, r.value]);
    expect(targets()).toEqual([
      ['2025-Q1', 80],
      ['2026-Q1', 85],
    ]);
    const corrected = await injectAs(app, browser, {
      method: 'POST',
      url,
      payload: { kind: 'target', validFrom: '2026-Q1', value: 90 },
    });
    const after = corrected
      .json()
      .references.filter((r: { kind: string }) => r.kind === 'target')
      .map((r: { validFrom: string; value: number }) => [r.validFrom, r.value]);
    expect(after).toEqual([
      ['2025-Q1', 80],
      ['2026-Q1', 90],
    ]);
    expect(auditEntries(db, 'indicator_reference').map((e) => e.action)).toEqual([
      'create',
      'create',
      'create',
      'update',
    ]);
  });

  it('refuses a quarter that is not one', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    insertIndicator(db, coalition.id, 'JGZ-04');
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators/JGZ-04/references',
      payload: { kind: 'target', validFrom: '2026-Q5', value: 40 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fieldErrors[0].path).toBe('body.validFrom');
  });
});

describe('GET /api/coalitions/:slug/indicators/:code', () => {
  it('gives the definition, the references that hold now, and every value with its batch, interval and history', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const coordinator = await asRole(app, db, coalition.id, 'coordinator');
    await injectAs(app, coordinator.browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/indicators',
      payload: newIndicator,
    });
    const indicatorId = db.select().from(indicatorDefinitions).get()?.id ?? 0;
    const [batch] = db
      .insert(importBatches)
      .values({
        coalitionId: coalition.id,
        kind: 'indicator_values',
        channel: 'web',
        fileName: 'jgz-2025.csv',
        fileHash: 'abc',
        userId: coordinator.user.id,
      })
      .returning()
      .all();
    const base = { coalitionId: coalition.id, indicatorId, importBatchId: batch?.id ?? null };
    const [old] = db
      .insert(indicatorValues)
      .values({
        ...base,
        period: '2025-Q1',
        periodFirstIndex: 8100,
        periodLastIndex: 8100,
        value: 30,
        numerator: 60,
        denominator: 200,
        supersededAt: '2025-06-01T00:00:00Z',
      })
      .returning()
      .all();
    db.insert(indicatorValues)
      .values([
        {
          ...base,
          period: '2025-Q1',
          periodFirstIndex: 8100,
          periodLastIndex: 8100,
          value: 31.5,
          numerator: 63,
          denominator: 200,
        },
        // A small numerator: the value and the numerator are withheld.
        {
          ...base,
          period: '2025-Q3',
          periodFirstIndex: 8102,
          periodLastIndex: 8102,
          value: 4,
          numerator: 8,
          denominator: 200,
        },
      ])
      .run();
    expect(old).toBeDefined();

    const partner = await asRole(app, db, coalition.id, 'partner');
    const response = await injectAs(app, partner.browser, {
      method: 'GET',
      url: '/api/coalitions/teststad/indicators/own-01',
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.suppressionThreshold).toBe(10);
    expect(detail.current.target).toMatchObject({ value: 80, validFrom: '2025-Q1' });
    expect(detail.values.map((v: { period: string; current: boolean }) => [v.period, v.current])).toEqual([
      ['2025-Q1', false],
      ['2025-Q1', true],
      ['2025-Q3', true],
    ]);
    const [superseded, current, small] = detail.values;
    expect(superseded).toMatchObject({ value: 30, supersededAt: '2025-06-01T00:00:00Z' });
    expect(current).toMatchObject({
      value: 31.5,
      numerator: 63,
      denominator: 200,
      suppressed: false,
      batch: { fileName: 'jgz-2025.csv', channel: 'web', by: 'De coordinator' },
    });
    expect(current.interval.low).toBeCloseTo(25.46, 1);
    expect(current.interval.high).toBeCloseTo(38.23, 1);
    expect(small).toMatchObject({ value: null, numerator: null, denominator: 200, suppressed: true, interval: null });
    // The withheld figures are not in the response at all.
    expect(JSON.stringify(small)).not.toMatch(/"value":4\b|"numerator":8\b/);
  });

  it('answers 404 for an unknown code, and keeps other coalitions out', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const other = insertCoalition(db, { slug: 'elders', name: 'Elders', municipality: 'Elders' });
    insertIndicator(db, other.id, 'JGZ-04');
    const { browser } = await asRole(app, db, coalition.id, 'partner');
    const unknown = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/teststad/indicators/JGZ-04' });
    expect(unknown.statusCode).toBe(404);
    const foreign = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/elders/indicators/JGZ-04' });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('the default catalogue', () => {
  it('comes with a new coalition', async () => {
    const { app, db } = await buildTestApp();
    const admin = insertUser(db, { email: 'admin@test.example', isPlatformAdmin: true });
    const response = await injectAs(app, await browserFor(app, admin.id), {
      method: 'POST',
      url: '/api/admin/coalitions',
      payload: {
        slug: 'nieuwstad',
        name: 'Coalitie Nieuwstad',
        municipality: 'Nieuwstad',
        coordinatorEmail: 'co@n.example',
      },
    });
    expect(response.statusCode).toBe(201);
    const codes = db
      .select({ code: indicatorDefinitions.code })
      .from(indicatorDefinitions)
      .orderBy(indicatorDefinitions.sortOrder)
      .all();
    expect(codes.map((c) => c.code)).toEqual(INDICATOR_CATALOGUE.map((entry) => entry.code));
  });

  it('adds only what a coalition is missing, once', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    insertIndicator(db, coalition.id, 'JGZ-04');
    const { browser } = await asRole(app, db, coalition.id, 'coordinator');
    const url = '/api/coalitions/teststad/indicators/default-catalogue';
    const first = await injectAs(app, browser, { method: 'POST', url });
    expect(first.statusCode).toBe(200);
    expect(first.json().added).toHaveLength(INDICATOR_CATALOGUE.length - 1);
    expect(first.json().added).not.toContain('JGZ-04');
    const second = await injectAs(app, browser, { method: 'POST', url });
    expect(second.json().added).toEqual([]);
    expect(auditEntries(db, 'indicator_catalogue')).toHaveLength(1);
    const page = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/teststad/indicators/JGZ-06' });
    expect(page.json().current).toMatchObject({ target: { value: 95 }, national: { value: 92.5 } });
  });
});
