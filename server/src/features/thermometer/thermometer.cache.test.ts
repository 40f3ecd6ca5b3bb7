import { gunzipSync } from 'node:zlib';
import type { Db } from '@tks/db/client';
import {
  answers,
  coalitions,
  indicatorDefinitions,
  indicatorReferences,
  indicatorValues,
  learningActivities,
  learningActivityParticipants,
  measureTargets,
  mirrorConversations,
  rounds,
} from '@tks/db/schema';
import { zThermometer, zTrends } from '@tks/shared/schemas/thermometer';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
import { ByteLru, cachedBody, cacheMisses, coalitionDataVersion } from './thermometer.cache';
import { buildThermometer } from './thermometer.service';

const Q = (key: string) => {
  const [year, q] = key.split('-Q').map(Number);
  return (year ?? 0) * 4 + (q ?? 1) - 1;
};

/*
 * The thermometer and the trends are served from a cache keyed by the coalition's data version,
 * which database triggers raise on every write. These tests write in every way the data can change
 * and check that the next answer reflects the write, and that without a write the cache is used.
 */

async function setup() {
  const ctx = await buildTestApp();
  const coalition = insertCoalition(ctx.db);
  const other = insertCoalition(ctx.db, { slug: 'elders', name: 'Elders', municipality: 'Elders' });
  const org = insertOrganisation(ctx.db, coalition.id, 'JGZ Teststad', 'social');
  const coordinator = insertUser(ctx.db, { email: 'coordinator@test.example' });
  insertMembership(ctx.db, coordinator.id, coalition.id, 'coordinator');
  const browser = await browserFor(ctx.app, coordinator.id);
  const [indicator] = ctx.db
    .insert(indicatorDefinitions)
    .values({
      coalitionId: coalition.id,
      code: 'JGZ-04',
      nameNl: 'Borstvoeding',
      nameEn: 'Breastfeeding',
      source: 'jgz',
      component: 'meten_weten',
      unit: 'percent',
      direction: 'higher_better',
      frequency: 'quarterly',
    })
    .returning()
    .all();
  if (!indicator) throw new Error('no indicator');
  const value = (period: string, v: number) =>
    ctx.db
      .insert(indicatorValues)
      .values({
        coalitionId: coalition.id,
        indicatorId: indicator.id,
        period,
        periodFirstIndex: Q(period),
        periodLastIndex: Q(period),
        value: v,
      })
      .run();
  value('2025-Q1', 20);
  value('2025-Q4', 30);
  ctx.db
    .insert(indicatorReferences)
    .values(
      (['baseline', 'target'] as const).map((kind, i) => ({
        coalitionId: coalition.id,
        indicatorId: indicator.id,
        kind,
        validFromQuarter: '2025-Q1',
        validFromIndex: Q('2025-Q1'),
        value: [20, 40][i] ?? 0,
      })),
    )
    .run();
  const thermometer = async (quarter = '2025-Q4') => {
    const response = await injectAs(ctx.app, browser, {
      method: 'GET',
      url: `/api/coalitions/teststad/thermometer?quarter=${quarter}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return zThermometer.parse(response.json());
  };
  const trends = async () => {
    const response = await injectAs(ctx.app, browser, { method: 'GET', url: '/api/coalitions/teststad/trends' });
    expect(response.statusCode, response.body).toBe(200);
    return zTrends.parse(response.json());
  };
  const measure = (t: Awaited<ReturnType<typeof thermometer>>, key: string) =>
    t.components.flatMap((c) => c.measures).find((m) => m.key === key);
  const context = () => ({ id: coalition.id, slug: coalition.slug, name: coalition.name });
  return { ...ctx, coalition, other, org, indicator, browser, thermometer, trends, measure, value, context };
}

describe('the thermometer cache', () => {
  it('answers a repeated request from the cache, and the same as computing afresh', async () => {
    const s = await setup();
    const first = await s.thermometer();
    const misses = cacheMisses(s.db);
    const second = await s.thermometer();
    expect(cacheMisses(s.db)).toBe(misses);
    expect(second).toEqual(first);
    expect(measure(first)).toMatchObject({ value: 30, score: 50 });

    function measure(t: typeof first) {
      return s.measure(t, 'indicator:JGZ-04');
    }
  });

  it('sends gzip to a client that accepts it, and plain JSON to one that does not', async () => {
    const s = await setup();
    const url = '/api/coalitions/teststad/thermometer?quarter=2025-Q4';
    const zipped = await injectAs(s.app, s.browser, { method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/^application\/json/);
    const plain = await injectAs(s.app, s.browser, { method: 'GET', url, headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('computes another quarter after a write from the new data, not from inputs loaded before it', async () => {
    const s = await setup();
    const latest = await s.thermometer('2025-Q4');
    expect(s.measure(latest, 'indicator:JGZ-04')).toMatchObject({ value: 30 });
    // Inputs were loaded for 2025-Q4; 2025-Q3 was never asked for, so its body is not cached.
    s.value('2025-Q3', 35);
    const before = cacheMisses(s.db);
    const third = await s.thermometer('2025-Q3');
    expect(cacheMisses(s.db)).toBe(before + 1);
    expect(s.measure(third, 'indicator:JGZ-04')).toMatchObject({ value: 35 });
    // And without a write, another quarter from the same inputs equals a fresh computation.
    const second = await s.thermometer('2025-Q2');
    const fresh = zThermometer.parse(
      JSON.parse(
        JSON.stringify(
          z.encode(
            zThermometer,
            buildThermometer(s.db, { ...s.context(), role: 'coordinator', organisationId: null }, '2025-Q2'),
          ),
        ),
      ),
    );
    expect({ ...second, generatedAt: null }).toEqual({ ...fresh, generatedAt: null });
  });

  it('keeps each cached body in memory of its own size, not in a 16 KB gzip chunk', async () => {
    const { db } = await buildTestApp();
    const body = { rows: Array.from({ length: 200 }, (_, i) => ({ i, label: `row ${i}` })) };
    const gzip = cachedBody(db, 1, 'sized', z.unknown(), () => body);
    expect(JSON.parse(gunzipSync(gzip).toString('utf8'))).toEqual(body);
    expect(gzip.length).toBeLessThan(4 * 1024);
    // Small buffers may share Node's 8 KB pool; gzipSync's own output chunk is 16 KB.
    expect(gzip.buffer.byteLength).toBeLessThanOrEqual(8 * 1024);
  });

  it('never serves a thermometer computed before a write, whatever was written', async () => {
    const s = await setup();
    const { db, coalition } = s;
    const writes: Array<[string, () => void, (t: Awaited<ReturnType<typeof s.thermometer>>) => void]> = [
      [
        'a corrected indicator value',
        () => {
          db.update(indicatorValues)
            .set({ supersededAt: '2026-01-01T00:00:00Z' })
            .where(eq(indicatorValues.period, '2025-Q4'))
            .run();
          s.value('2025-Q4', 35);
        },
        (t) => expect(s.measure(t, 'indicator:JGZ-04')?.value).toBe(35),
      ],
      [
        'a new target',
        () => db.update(indicatorReferences).set({ value: 50 }).where(eq(indicatorReferences.kind, 'target')).run(),
        (t) => expect(s.measure(t, 'indicator:JGZ-04')?.target).toBe(50),
      ],
      [
        'a questionnaire round with answers',
        () =>
          insertRoundWithAnswers(db, coalition.id, s.org.id, {
            quarter: '2025-Q4',
            dimensionCode: 'A',
            component: 'samenwerken_leren',
            respondents: Array.from({ length: 5 }, () => [4, 4]),
          }),
        (t) => expect(s.measure(t, 'dimension:A')?.value).toBe(4),
      ],
      [
        'a changed answer (a table without a coalition column)',
        () => db.update(answers).set({ value: 5 }).run(),
        (t) => expect(s.measure(t, 'dimension:A')?.value).toBe(5),
      ],
      [
        'a reopened round',
        () => db.update(rounds).set({ status: 'open' }).run(),
        (t) => expect(s.measure(t, 'dimension:A')).toBeUndefined(),
      ],
      [
        'a mirror conversation and a register target',
        () => {
          db.insert(mirrorConversations)
            .values({
              coalitionId: coalition.id,
              heldOn: '2025-11-12',
              theme: 'Kraamtijd',
              parentsCount: 7,
              professionalsCount: 9,
            })
            .run();
          db.insert(measureTargets)
            .values({
              coalitionId: coalition.id,
              measureCode: 'mirror_conversations_per_year',
              validFromQuarter: '2025-Q1',
              validFromIndex: Q('2025-Q1'),
              target: 2,
            })
            .run();
        },
        (t) => expect(s.measure(t, 'register:mirror_conversations_per_year')?.value).toBe(1),
      ],
      [
        'a learning activity and its participants',
        () => {
          const [activity] = db
            .insert(learningActivities)
            .values({ coalitionId: coalition.id, heldOn: '2025-11-03', kind: 'case_discussion', title: 'Casus' })
            .returning()
            .all();
          db.insert(learningActivityParticipants)
            .values({ activityId: activity?.id ?? 0, organisationId: s.org.id })
            .run();
        },
        (t) => expect(s.measure(t, 'register:learning_breadth')?.value).toBe(100),
      ],
      [
        'other score bands',
        () =>
          db
            .update(coalitions)
            .set({
              scoreBands: [
                { from: 0, to: 60, code: 'attention' },
                { from: 60, to: 80, code: 'developing' },
                { from: 80, to: 100, code: 'strong' },
              ],
            })
            .where(eq(coalitions.id, coalition.id))
            .run(),
        (t) => expect(t.bands[0]?.to).toBe(60),
      ],
      [
        'a raw SQL write outside the app',
        () => db.run(sql`update indicator_values set value = 38 where superseded_at is null and period = '2025-Q4'`),
        (t) => expect(s.measure(t, 'indicator:JGZ-04')?.value).toBe(38),
      ],
    ];
    for (const [what, write, check] of writes) {
      await s.thermometer(); // cached now
      const before = coalitionDataVersion(db, coalition.id);
      write();
      expect(coalitionDataVersion(db, coalition.id), what).toBeGreaterThan(before);
      check(await s.thermometer());
    }
  });

  it('is not invalidated by a write to another coalition', async () => {
    const s = await setup();
    await s.thermometer();
    const misses = cacheMisses(s.db);
    s.db
      .insert(mirrorConversations)
      .values({
        coalitionId: s.other.id,
        heldOn: '2025-11-12',
        theme: 'Elders',
        parentsCount: 6,
        professionalsCount: 8,
      })
      .run();
    await s.thermometer();
    expect(cacheMisses(s.db)).toBe(misses);
  });

  it('shows a new, changed or removed annotation in the trends at once', async () => {
    const s = await setup();
    expect((await s.trends()).annotations).toEqual([]);
    const post = await injectAs(s.app, s.browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/annotations',
      payload: { quarter: '2025-Q4', text: 'Nieuwe verwijsroute' },
    });
    expect(post.statusCode).toBe(201);
    expect((await s.trends()).annotations.map((a) => a.text)).toEqual(['Nieuwe verwijsroute']);
    await injectAs(s.app, s.browser, {
      method: 'PUT',
      url: `/api/coalitions/teststad/annotations/${post.json().id}`,
      payload: { quarter: '2025-Q4', text: 'Verwijsroute herzien' },
    });
    expect((await s.trends()).annotations.map((a) => a.text)).toEqual(['Verwijsroute herzien']);
    await injectAs(s.app, s.browser, {
      method: 'DELETE',
      url: `/api/coalitions/teststad/annotations/${post.json().id}`,
    });
    expect((await s.trends()).annotations).toEqual([]);
  });
});

/** Tables whose rows belong to a coalition but never feed a computed view. */
const NOT_VERSIONED = new Set([
  'memberships',
  'auth_tokens',
  'invitations',
  'share_links',
  'api_keys',
  'outbox_messages',
  'audit_log',
  'coalition_data_versions',
]);

describe('the data version triggers', () => {
  it('cover every table with a coalition column, for insert, update and delete', async () => {
    const { db } = await buildTestApp();
    expect(tablesMissingTriggers(db)).toEqual([]);
  });
});

function tablesMissingTriggers(db: Db): string[] {
  const tables = db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table'`);
  const triggers = new Set(
    db.all<{ name: string }>(sql`select name from sqlite_master where type = 'trigger'`).map((t) => t.name),
  );
  return tables
    .filter(({ name }) => !NOT_VERSIONED.has(name))
    .filter(({ name }) =>
      db.all<{ name: string }>(sql`select name from pragma_table_info(${name})`).some((c) => c.name === 'coalition_id'),
    )
    .flatMap(({ name }) =>
      ['insert', 'update', 'delete'].map((op) => `${name}_data_version_${op}`).filter((t) => !triggers.has(t)),
    );
}

describe('ByteLru', () => {
  const body = (bytes: number) => ({ version: 1, gzip: Buffer.alloc(bytes) });

  it('stays within its byte budget, dropping the body not asked for longest', () => {
    const lru = new ByteLru(300);
    lru.set('a', body(100));
    lru.set('b', body(100));
    lru.set('c', body(100));
    // 'a' is the oldest, but it was asked for: 'b' goes instead.
    expect(lru.get('a')).toBeDefined();
    lru.set('d', body(100));
    expect(lru.byteSize).toBeLessThanOrEqual(300);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c'), lru.get('d')].every(Boolean)).toBe(true);
  });

  it('still keeps its budget when every body was asked for, and replaces a body in place', () => {
    const lru = new ByteLru(250);
    for (const key of ['a', 'b']) lru.set(key, body(100));
    lru.get('a');
    lru.get('b');
    lru.set('c', body(100));
    expect(lru.byteSize).toBeLessThanOrEqual(250);
    expect(lru.size).toBe(2);
    lru.set('c', body(50));
    expect(lru.byteSize).toBeLessThanOrEqual(250);
    expect(lru.get('c')?.gzip.length).toBe(50);
  });
});
