import { performance } from 'node:perf_hooks';
import { createTestDb } from '@tks/db/client';
import { buildApp } from '@tks/server/app';
import { createSession } from '@tks/server/features/auth/sessions.service';
import { loadDemoCoalition } from '../demo/load';
import { timeSequential } from './_timing';

/*
 * How long the demo coalition takes to load, and the in-process throughput and latency of the
 * read endpoints every page calls (signed in as the demo coordinator), next to a bare JSON route
 * measured in the same run.
 */

interface Figures {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function measure(name: string, run: () => Promise<unknown>, requests = 2000): Promise<Figures> {
  return { name, ...(await timeSequential(run, { warmUp: 100, requests })) };
}

const handle = createTestDb();
const loadStarted = performance.now();
const { coalition } = await loadDemoCoalition(handle.db);
const loadMs = performance.now() - loadStarted;

const app = await buildApp({ db: handle.db });
const coordinator = handle.db.query.users
  .findFirst({ where: (users, { eq }) => eq(users.email, 'coordinator@voorbeeldstad.example') })
  .sync();
if (!coordinator) throw new Error('the demo coordinator is missing');
const cookies = { tks_session: createSession(handle.db, coordinator.id, 12, 'bench').token };
app.get('/bench/bare', async () => ({ ok: true }));
await app.ready();

const inject = (url: string) => async () => {
  const response = await app.inject({ method: 'GET', url, cookies });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
};

const results = [
  await measure('bare JSON route', inject('/bench/bare')),
  await measure('GET /api/coalitions/:slug', inject(`/api/coalitions/${coalition.slug}`)),
  await measure('GET /api/coalitions/:slug/indicators', inject(`/api/coalitions/${coalition.slug}/indicators`)),
  await measure('GET /api/coalitions/:slug/thermometer', inject(`/api/coalitions/${coalition.slug}/thermometer`), 500),
];

console.log(`Demo coalition loaded into a fresh database in ${loadMs.toFixed(0)} ms`);
console.log('In-process (app.inject) figures, one request at a time:');
console.table(
  results.map((r) => ({
    route: r.name,
    'requests/s': Math.round(r.perSecond),
    'p50 ms': r.p50.toFixed(2),
    'p99 ms': r.p99.toFixed(2),
    'vs bare': `${((r.perSecond / (results[0]?.perSecond ?? 1)) * 100).toFixed(0)}%`,
  })),
);
console.log(`Server process memory (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);

await app.close();
handle.close();
