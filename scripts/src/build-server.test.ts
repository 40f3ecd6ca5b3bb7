import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer, START_NODE_FLAGS } from './build-server';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('the bundled server', () => {
  it('is what `pnpm start` runs, with the shared Node flags', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.start).toContain(`node ${START_NODE_FLAGS.join(' ')} server/dist/start.mjs`);
    expect(manifest.scripts.build).toContain('scripts/src/build-server.ts');
  });

  it('starts without a TypeScript loader, migrates a new database and answers', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tks-build-server-'));
    const bundle = join(folder, 'start.mjs');
    await buildServer('scripts/src/start.ts', bundle);
    const source = readFileSync(bundle, 'utf8');
    // Our TypeScript is compiled in; npm packages are imported from where they are installed.
    expect(source).not.toMatch(/from "@tks\//);
    expect(source).toMatch(/from "file:\/\/[^"]+node_modules[^"]+better-sqlite3/);

    const child: ChildProcess = spawn(process.execPath, [...START_NODE_FLAGS, bundle], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        DATABASE_PATH: join(folder, 'tks.db'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => {
      child.kill('SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        const match = /running on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
    const health = (await (await fetch(`${url}/api/health`)).json()) as {
      status: string;
      database: { appliedMigrations: number };
    };
    expect(health.status).toBe('ok');
    expect(health.database.appliedMigrations).toBeGreaterThanOrEqual(7);
  }, 60_000);
});
