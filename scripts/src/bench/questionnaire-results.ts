import { createTestDb } from '@tks/db/client';
import { buildApp } from '@tks/server/app';
import { createSession } from '@tks/server/features/auth/sessions.service';
import { loadDemoCoalition } from '../demo/load';
import { timeSequential } from './_timing';

/*
 * The coordinator's questionnaire reads on the demo coalition (six rounds, ~200 responses): the
 * rounds list, response tracking of a round, and its results with and without a breakdown, where
 * the suppression rules run per dimension on every request. Goal: p99 under 50 ms in process, so
 * a page with live tracking and a meeting switching breakdowns never waits.
 */

const GOAL_P99_MS = 50;

const handle = createTestDb();
const { coalition } = await loadDemoCoalition(handle.db);
const app = await buildApp({ db: handle.db });
await app.ready();
const coordinator = handle.db.query.users
  .findFirst({ where: (users, { eq }) => eq(users.email, 'coordinator@voorbeeldstad.example') })
  .sync();
if (!coordinator) throw new Error('the demo coordinator is missing');
const cookies = { tks_session: createSession(handle.db, coordinator.id, 12, 'bench').token };
const base = `/api/coalitions/${coalition.slug}`;

const list = await app.inject({ method: 'GET', url: `${base}/rounds`, cookies });
const latest = (list.json() as { rounds: Array<{ id: number }> }).rounds[0];
if (!latest) throw new Error('the demo has no rounds');

async function measure(name: string, url: string, requests = 300) {
  const run = async () => {
    const response = await app.inject({ method: 'GET', url, cookies });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
  };
  const { perSecond, p50, p99 } = await timeSequential(run, { warmUp: 20, requests });
  return {
    route: name,
    'requests/s': Math.round(perSecond),
    'p50 ms': p50.toFixed(2),
    'p99 ms': p99.toFixed(2),
    goal: p99 <= GOAL_P99_MS ? `met (≤ ${GOAL_P99_MS} ms)` : `MISSED (> ${GOAL_P99_MS} ms)`,
  };
}

const figures = [
  await measure('GET rounds', `${base}/rounds`),
  await measure('GET round tracking', `${base}/rounds/${latest.id}`),
  await measure('GET results', `${base}/rounds/${latest.id}/results`),
  await measure('GET results by organisation', `${base}/rounds/${latest.id}/results?breakdown=organisation`),
  await measure('GET results by role', `${base}/rounds/${latest.id}/results?breakdown=role`),
];
console.log('Questionnaire reads of the demo coordinator, in process (app.inject), one request at a time:');
console.table(figures);

await app.close();
handle.close();
