import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreDatabase } from '@tks/db/backup';
import { openDatabase } from '@tks/db/client';
import { shareLinks } from '@tks/db/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, signedInClient, startApp } from './harness';

let app: RunningApp;

function runBackupCommand(databasePath: string, out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/backup.ts', '--out', out], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, DATABASE_PATH: databasePath },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}
const dir = mkdtempSync(join(tmpdir(), 'tks-backup-e2e-'));

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a backup of the running server', () => {
  it('restores to a sound database holding every change the server had confirmed', async () => {
    const coordinator = await signedInClient(app.url, 'coordinator@voorbeeldstad.example', 'kansrijk-coordinator');
    const confirmed: number[] = [];
    let writing = true;
    // Changes through the API, one after another, until told to stop: the server is busy writing
    // while the backup runs.
    const writer = (async () => {
      for (let i = 0; writing && i < 5000; i++) {
        const response = await coordinator.request('POST', '/api/coalitions/voorbeeldstad/share-links', {
          quarter: '2026-Q3',
          label: `backup-test ${i}`,
          expiresInDays: 7,
        });
        if (response.status !== 201) throw new Error(`write ${i} answered ${response.status}`);
        confirmed.push(((await response.json()) as { id: number }).id);
      }
    })();

    while (confirmed.length < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    const confirmedBeforeBackup = [...confirmed];
    const backupPath = join(dir, 'backup.db');
    // The backup command in its own process, as an operator runs it, while this process keeps writing.
    const backup = await runBackupCommand(app.databasePath, backupPath);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/integrity\s+ok/);
    const countAtBackupEnd = confirmed.length;
    expect(countAtBackupEnd).toBeGreaterThan(confirmedBeforeBackup.length);
    while (confirmed.length < countAtBackupEnd + 20) await new Promise((resolve) => setTimeout(resolve, 10));
    writing = false;
    await writer;

    const restoredPath = join(dir, 'restored.db');
    await restoreDatabase(backupPath, restoredPath);
    const restored = openDatabase(restoredPath, { migrate: false });
    try {
      expect(restored.db.get<{ integrity_check: string }>(sql`pragma integrity_check`)?.integrity_check).toBe('ok');
      const ids = new Set(
        restored.db
          .select({ id: shareLinks.id })
          .from(shareLinks)
          .all()
          .map((r) => r.id),
      );
      const missing = confirmedBeforeBackup.filter((id) => !ids.has(id));
      expect(missing).toEqual([]);
      // The server kept writing after the snapshot; those later rows are, rightly, not in it.
      expect(ids.size).toBeLessThan(confirmed.length);
    } finally {
      restored.close();
    }
  });
});
