import { performance } from 'node:perf_hooks';
import { createTestDb, type Db } from '@tks/db/client';
import * as schema from '@tks/db/schema';
import { verifyPassword } from '@tks/server/features/auth/password';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoCoalition } from './generate';
import { DemoAlreadyLoadedError, demoLoginsIfPresent, isDatabaseEmpty, loadDemoCoalition } from './load';
import type { DemoCoalitionData } from './types';

const handles: Array<{ close(): void }> = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.close();
});

function testDb(): Db {
  const handle = createTestDb();
  handles.push(handle);
  return handle.db;
}

const data = generateDemoCoalition();

function sum<T>(rows: readonly T[], count: (row: T) => number): number {
  return rows.reduce((n, row) => n + count(row), 0);
}

/** Row counts the loaded database must have, computed from the generated data. */
function expectedCounts(d: DemoCoalitionData) {
  const rounds = d.rounds;
  return {
    coalitions: 1,
    organisations: d.organisations.length,
    users: d.users.length,
    memberships: d.users.filter((u) => u.role !== 'platform_admin').length,
    instruments: 1,
    instrumentVersions: 1,
    dimensions: 7,
    items: 37,
    instrumentVersionItems: 37,
    rounds: rounds.length,
    invitations: sum(rounds, (r) => r.invitations.length),
    responses: sum(rounds, (r) => r.responses.length),
    answers: sum(rounds, (r) => sum(r.responses, (x) => x.answers.length)),
    roundConclusions: sum(rounds, (r) => r.conclusions.length),
    indicatorDefinitions: 24,
    indicatorReferences: sum(d.indicators, (i) => i.references.length),
    indicatorValues: sum(d.indicators, (i) => i.values.length),
    importBatches: 1,
    sharingAgreements: d.sharingAgreements.length,
    sharingAgreementParties: sum(d.sharingAgreements, (a) => a.partyKeys.length),
    mirrorConversations: d.mirrorConversations.length,
    learningActivities: d.learningActivities.length,
    learningActivityParticipants: sum(d.learningActivities, (a) => a.participantKeys.length),
    carePlanCounts: d.carePlanCounts.length,
    improvementActions: d.improvementActions.length,
    obstacles: sum(d.improvementActions, (a) => a.obstacles.length) + d.ungroupedObstacles.length,
    annotations: d.annotations.length,
    measureTargets: d.measureTargets.length,
    auditLog: 1,
  };
}

const COUNTED_TABLES = {
  coalitions: schema.coalitions,
  organisations: schema.organisations,
  users: schema.users,
  memberships: schema.memberships,
  instruments: schema.instruments,
  instrumentVersions: schema.instrumentVersions,
  dimensions: schema.dimensions,
  items: schema.items,
  instrumentVersionItems: schema.instrumentVersionItems,
  rounds: schema.rounds,
  invitations: schema.invitations,
  responses: schema.responses,
  answers: schema.answers,
  roundConclusions: schema.roundConclusions,
  indicatorDefinitions: schema.indicatorDefinitions,
  indicatorReferences: schema.indicatorReferences,
  indicatorValues: schema.indicatorValues,
  importBatches: schema.importBatches,
  sharingAgreements: schema.sharingAgreements,
  sharingAgreementParties: schema.sharingAgreementParties,
  mirrorConversations: schema.mirrorConversations,
  learningActivities: schema.learningActivities,
  learningActivityParticipants: schema.learningActivityParticipants,
  carePlanCounts: schema.carePlanCounts,
  improvementActions: schema.improvementActions,
  obstacles: schema.obstacles,
  annotations: schema.annotations,
  measureTargets: schema.measureTargets,
  auditLog: schema.auditLog,
} satisfies Record<keyof ReturnType<typeof expectedCounts>, unknown>;

async function actualCounts(db: Db): Promise<Record<string, number>> {
  const counts = await Promise.all(
    Object.entries(COUNTED_TABLES).map(async ([name, table]) => [name, await db.$count(table)] as const),
  );
  return Object.fromEntries(counts);
}

describe('loadDemoCoalition', () => {
  it('writes the whole generated coalition, with every row where it belongs', async () => {
    const db = testDb();
    expect(isDatabaseEmpty(db)).toBe(true);

    const started = performance.now();
    const result = await loadDemoCoalition(db, { data });
    const elapsed = performance.now() - started;

    expect(result.coalition).toEqual({ slug: 'voorbeeldstad', name: 'Coalitie Kansrijke Start Voorbeeldstad' });
    expect(isDatabaseEmpty(db)).toBe(false);
    expect(await actualCounts(db)).toEqual(expectedCounts(data));
    expect(db.all('pragma foreign_key_check')).toEqual([]);
    // Includes hashing four passwords with scrypt.
    expect(elapsed).toBeLessThan(3000);
  });

  it('returns logins that work against the stored password hashes', async () => {
    const db = testDb();
    const { logins } = await loadDemoCoalition(db, { data });
    expect(logins.map((l) => l.role).sort()).toEqual(['coordinator', 'director', 'partner', 'platform_admin']);
    const stored = db.select({ email: schema.users.email, hash: schema.users.passwordHash }).from(schema.users).all();
    for (const login of logins) {
      const user = stored.find((u) => u.email === login.email);
      expect(user?.hash, login.email).not.toContain(login.password);
      expect(await verifyPassword(login.password, user?.hash ?? ''), login.email).toBe(true);
    }
    const admin = db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, 'admin@voorbeeldstad.example') }).sync();
    expect(admin?.isPlatformAdmin).toBe(true);
  });

  it('stores invitation tokens only as hashes and records the load in the audit log', async () => {
    const db = testDb();
    await loadDemoCoalition(db, { data });
    const hashes = db.select({ tokenHash: schema.invitations.tokenHash }).from(schema.invitations).all();
    const tokens = new Set(data.rounds.flatMap((r) => r.invitations.map((i) => i.token)));
    expect(hashes.some((h) => tokens.has(h.tokenHash))).toBe(false);
    expect(db.select().from(schema.auditLog).all()).toEqual([
      expect.objectContaining({ actor: 'seed', action: 'create', entityType: 'coalition', userId: null }),
    ]);
  });

  it('refuses to load a second time and leaves the first load untouched', async () => {
    const db = testDb();
    await loadDemoCoalition(db, { data });
    const before = await actualCounts(db);
    await expect(loadDemoCoalition(db, { data })).rejects.toBeInstanceOf(DemoAlreadyLoadedError);
    expect(await actualCounts(db)).toEqual(before);
  });

  it('refuses when one of the demo accounts already exists, writing nothing', async () => {
    const db = testDb();
    db.insert(schema.users).values({ email: 'partner@voorbeeldstad.example', name: 'Bestaand account' }).run();
    await expect(loadDemoCoalition(db, { data })).rejects.toThrow(/partner@voorbeeldstad\.example/);
    expect(isDatabaseEmpty(db)).toBe(true);
  });

  it('writes all or nothing when the data turn out to be inconsistent halfway', async () => {
    const db = testDb();
    const [first, ...rest] = data.improvementActions;
    if (!first) throw new Error('The demo has no improvement actions');
    // Improvement actions are written late, after most other rows are already in.
    const broken: DemoCoalitionData = {
      ...data,
      improvementActions: [{ ...first, source: { kind: 'meeting', learningActivityKey: 'no-such-meeting' } }, ...rest],
    };
    await expect(loadDemoCoalition(db, { data: broken })).rejects.toThrow(/no-such-meeting/);
    expect(isDatabaseEmpty(db)).toBe(true);
    expect(await db.$count(schema.users)).toBe(0);
  });
});

describe('demoLoginsIfPresent', () => {
  it('lists the demo logins only once the demo coalition is loaded', async () => {
    const db = testDb();
    expect(demoLoginsIfPresent(db)).toEqual([]);
    const { logins } = await loadDemoCoalition(db, { data });
    expect(demoLoginsIfPresent(db)).toEqual(logins);
  });
});
