import { createTestDb, type Db } from '@tks/db/client';
import { coalitions, organisations } from '@tks/db/schema';
import { afterEach } from 'vitest';
import { type AppOptions, buildApp } from '../src/app';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A fresh app on a fresh in-memory database for every test; closed automatically afterwards. */
export async function buildTestApp(options: Partial<AppOptions> = {}) {
  const handle = createTestDb();
  const app = await buildApp({ db: handle.db, ...options });
  cleanups.push(async () => {
    await app.close();
    handle.close();
  });
  return { app, db: handle.db, closeDatabase: handle.close };
}

export function insertCoalition(db: Db, overrides: Partial<typeof coalitions.$inferInsert> = {}) {
  const [coalition] = db
    .insert(coalitions)
    .values({ slug: 'teststad', name: 'Coalitie Kansrijke Start Teststad', municipality: 'Teststad', ...overrides })
    .returning()
    .all();
  if (!coalition) throw new Error('coalition not inserted');
  return coalition;
}

export function insertOrganisation(
  db: Db,
  coalitionId: number,
  name: string,
  domain: 'medical' | 'social' | 'municipal' | 'other' = 'medical',
) {
  const [organisation] = db.insert(organisations).values({ coalitionId, name, domain }).returning().all();
  if (!organisation) throw new Error('organisation not inserted');
  return organisation;
}
