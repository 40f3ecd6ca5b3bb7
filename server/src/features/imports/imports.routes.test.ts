import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rawConnection } from '@tks/db/raw';
import { auditLog, indicatorValues } from '@tks/db/schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserFor, buildTestApp, injectAs, insertMembership, insertUser } from '../../../test/helper';
import { seedImportCoalition } from '../../../test/import-fixtures';
import type { App } from '../../app';

const CORPUS = fileURLToPath(new URL('../../../test/import-corpus/', import.meta.url));
const corpus = (name: string) => readFileSync(`${CORPUS}${name}`);

async function setUp(options: Parameters<typeof buildTestApp>[0] = {}) {
  const { app, db } = await buildTestApp(options);
  const coalition = seedImportCoalition(db);
  const coordinator = insertUser(db, { email: 'coordinator@test.example', name: 'Cora Coördinator' });
  insertMembership(db, coordinator.id, coalition.id, 'coordinator');
  const browser = await browserFor(app, coordinator.id);
  return { app, db, coalition, browser };
}

function upload(app: App, browser: Awaited<ReturnType<typeof browserFor>>, path: string, body: Buffer | string) {
  return injectAs(app, browser, {
    method: 'POST',
    url: `/api/coalitions/teststad/${path}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: body,
  });
}

const csv = (...lines: string[]) => `indicator;periode;waarde\n${lines.join('\n')}\n`;

describe('POST /api/coalitions/:slug/imports/preview', () => {
  it('previews without storing anything', async () => {
    const { app, db, browser } = await setUp();
    const response = await upload(
      app,
      browser,
      'imports/preview?fileName=extract.csv',
      corpus('long-semicolon-decimal-comma.csv'),
    );
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ outcome: 'preview', fileName: 'extract.csv', counts: { values: 6, insert: 6 } });
    expect(db.select().from(indicatorValues).all()).toHaveLength(0);
  });

  it('answers a rejected file with its errors by line and column (the check itself succeeded: 200)', async () => {
    const { app, browser } = await setUp();
    const response = await upload(app, browser, 'imports/preview', corpus('unknown-codes.csv'));
    expect(response.statusCode).toBe(200);
    expect(response.json().outcome).toBe('rejected');
    expect(response.json().errors[0].text).toMatch(/^Regel 3, kolom 1 \(indicator\): De indicatorcode 'JGZ-99'/);
  });

  it('refuses a file over the size limit with a 413 in Dutch, before reading it', async () => {
    const { app, browser } = await setUp({ importLimits: { maxBytes: 1000 } });
    const response = await upload(app, browser, 'imports/preview', Buffer.alloc(5000, 'JGZ-04;K1 2025;31\n'));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: 'import_too_large',
      message: expect.stringMatching(/^Het bestand is te groot/),
    });
  });

  it('refuses too many lines with a 413', async () => {
    const { app, browser } = await setUp({ importLimits: { maxRows: 3 } });
    const response = await upload(
      app,
      browser,
      'imports/preview',
      csv('JGZ-04;K1 2025;1', 'JGZ-04;K2 2025;2', 'JGZ-04;K3 2025;3'),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('import_too_many_rows');
  });
});

describe('POST /api/coalitions/:slug/imports', () => {
  it('commits a batch; the same file again changes nothing; a correction supersedes and keeps history', async () => {
    const { app, db, browser } = await setUp();
    const first = await upload(app, browser, 'imports?fileName=a.csv', csv('JGZ-04;K1 2025;31,5', 'JGZ-05;K1 2025;19'));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ outcome: 'committed', counts: { insert: 2, update: 0, unchanged: 0 } });
    const batchId = first.json().batchId;

    const again = await upload(app, browser, 'imports?fileName=a.csv', csv('JGZ-04;K1 2025;31,5', 'JGZ-05;K1 2025;19'));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      outcome: 'unchanged',
      batchId: null,
      sameFileBatchId: batchId,
      counts: { unchanged: 2 },
    });

    const corrected = await upload(
      app,
      browser,
      'imports?fileName=b.csv',
      csv('JGZ-04;K1 2025;32', 'JGZ-05;K1 2025;19'),
    );
    expect(corrected.json()).toMatchObject({ outcome: 'committed', counts: { insert: 0, update: 1, unchanged: 1 } });
    expect(corrected.json().rows[0]).toMatchObject({ action: 'update', value: 32, previous: { value: 31.5 } });

    const history = db.select().from(indicatorValues).where(eq(indicatorValues.period, '2025-Q1')).all();
    const jgz04 = history.filter((row) => row.indicatorId === 1).sort((a, b) => a.id - b.id);
    expect(jgz04.map((row) => [row.value, row.supersededAt !== null])).toEqual([
      [31.5, true],
      [32, false],
    ]);
    expect(jgz04[0]?.supersededById).toBe(jgz04[1]?.id);

    const batches = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/teststad/imports' });
    expect(
      batches
        .json()
        .batches.map((b: { fileName: string; importedBy: string; canUndo: boolean }) => [
          b.fileName,
          b.importedBy,
          b.canUndo,
        ]),
    ).toEqual([
      ['b.csv', 'Cora Coördinator', true],
      ['a.csv', 'Cora Coördinator', false],
    ]);
  });

  it('stores nothing from a file with any error', async () => {
    const { app, db, browser } = await setUp();
    const response = await upload(app, browser, 'imports', csv('JGZ-04;K1 2025;31,5', 'JGZ-04;K9 2025;31,5'));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ outcome: 'rejected', errorCount: 1, batchId: null });
    expect(db.select().from(indicatorValues).all()).toHaveLength(0);
  });

  it('reads the sheet asked for', async () => {
    const { app, browser } = await setUp();
    const response = await upload(app, browser, 'imports/preview?sheet=Toelichting', corpus('wide-two-sheets.xlsx'));
    expect(response.json()).toMatchObject({
      outcome: 'rejected',
      sheet: 'Toelichting',
      errors: [{ code: 'header_not_found' }],
    });
  });
});

describe('POST /api/coalitions/:slug/imports/:id/undo', () => {
  it('withdraws the batch, brings back what it replaced, and logs it; a later correction blocks undo', async () => {
    const { app, db, browser } = await setUp();
    const first = (await upload(app, browser, 'imports', csv('JGZ-04;K1 2025;31,5'))).json();
    const second = (await upload(app, browser, 'imports', csv('JGZ-04;K1 2025;33', 'JGZ-05;K1 2025;19'))).json();

    const blocked = await injectAs(app, browser, {
      method: 'POST',
      url: `/api/coalitions/teststad/imports/${first.batchId}/undo`,
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('import_undo_blocked');

    const undo = await injectAs(app, browser, {
      method: 'POST',
      url: `/api/coalitions/teststad/imports/${second.batchId}/undo`,
    });
    expect(undo.statusCode).toBe(204);
    const current = db
      .select()
      .from(indicatorValues)
      .all()
      .filter((row) => row.supersededAt === null);
    expect(current.map((row) => [row.indicatorId, row.value])).toEqual([[1, 31.5]]);
    expect(db.select().from(indicatorValues).all()).toHaveLength(3);
    const audit = db.select().from(auditLog).where(eq(auditLog.entityType, 'import_batch')).all();
    expect(audit.map((entry) => entry.action)).toEqual(['import', 'import', 'undo']);

    const twice = await injectAs(app, browser, {
      method: 'POST',
      url: `/api/coalitions/teststad/imports/${second.batchId}/undo`,
    });
    expect(twice.json().code).toBe('import_already_undone');
    // With the later batch undone, the first can go too.
    const firstUndo = await injectAs(app, browser, {
      method: 'POST',
      url: `/api/coalitions/teststad/imports/${first.batchId}/undo`,
    });
    expect(firstUndo.statusCode).toBe(204);
    expect(
      db
        .select()
        .from(indicatorValues)
        .all()
        .filter((row) => row.supersededAt === null),
    ).toHaveLength(0);
  });
});

describe('API keys', () => {
  async function createKey(app: App, browser: Awaited<ReturnType<typeof browserFor>>, name = 'JGZ-koppeling') {
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/api-keys',
      payload: { name },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: number; key: string; prefix: string };
  }

  it('shows a new key once, lists it by prefix only, and stores only a hash', async () => {
    const { app, db, browser } = await setUp();
    const created = await createKey(app, browser);
    expect(created.key).toMatch(/^tks_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const list = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/teststad/api-keys' });
    expect(JSON.stringify(list.json())).not.toContain(created.key);
    const stored = JSON.stringify(rawConnection(db).prepare('select * from api_keys').all());
    expect(stored).not.toContain(created.key);
  });

  it('lets a feed post JSON rows and files with the key, without a session or CSRF token', async () => {
    const { app, db, browser } = await setUp();
    const { key, id } = await createKey(app, browser);
    const json = await app.inject({
      method: 'POST',
      url: '/api/coalitions/teststad/imports',
      headers: { authorization: `Bearer ${key}` },
      payload: {
        fileName: 'feed.json',
        rows: [
          { indicator: 'JGZ-04', period: 'K1 2025', value: '31,5' },
          { indicator: 'ZIN-03', period: '2024', numerator: 66, denominator: 1000 },
        ],
      },
    });
    expect(json.statusCode).toBe(201);
    expect(json.json()).toMatchObject({ outcome: 'committed', format: 'json', counts: { insert: 2 } });
    expect(json.json().rows[1].value).toBe(6.6);

    const file = await app.inject({
      method: 'POST',
      url: '/api/coalitions/teststad/imports?fileName=extract.csv&dryRun=true',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
      payload: corpus('long-semicolon-decimal-comma.csv'),
    });
    expect(file.statusCode).toBe(200);
    expect(file.json()).toMatchObject({
      outcome: 'preview',
      counts: { values: 6, insert: 4, update: 1, unchanged: 1 },
    });

    const rejected = await app.inject({
      method: 'POST',
      url: '/api/coalitions/teststad/imports',
      headers: { authorization: `Bearer ${key}` },
      payload: { rows: [{ indicator: 'JGZ-04', period: '2025', value: 3 }] },
    });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().errors[0].text).toMatch(
      /^Rij 1, veld period: De periode 2025 past niet bij indicator JGZ-04/,
    );

    const batches = await app.inject({
      method: 'GET',
      url: '/api/coalitions/teststad/imports',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(batches.json().batches[0]).toMatchObject({ channel: 'api', importedBy: 'API-sleutel JGZ-koppeling' });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'import')).all();
    expect(audit[0]?.actor).toBe(`api-key:${id}`);
  });

  it('refuses a revoked key, an unknown key, and the key on routes that do not admit keys', async () => {
    const { app, browser } = await setUp();
    const { key, id } = await createKey(app, browser);
    const members = await app.inject({
      method: 'GET',
      url: '/api/coalitions/teststad/members',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(members.statusCode).toBe(401);
    const revoke = await injectAs(app, browser, { method: 'DELETE', url: `/api/coalitions/teststad/api-keys/${id}` });
    expect(revoke.statusCode).toBe(204);
    for (const presented of [key, 'tks_unknown']) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/coalitions/teststad/imports',
        headers: { authorization: `Bearer ${presented}` },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({
        code: 'api_key_invalid',
        message: 'Deze API-sleutel is onbekend of ingetrokken.',
      });
    }
  });
});
