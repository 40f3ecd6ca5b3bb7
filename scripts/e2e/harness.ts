import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildServer, START_NODE_FLAGS } from '../src/build-server';
import { CHROMIUM_ARGS, findChromium } from '../src/chromium';

const SCRIPTS_DIR = fileURLToPath(new URL('..', import.meta.url));
/**
 * The built client the app under test serves. `E2E_CLIENT_DIST` points at another build, so that
 * several people (or agents) can build and test on one machine without overwriting each other.
 */
const CLIENT_DIST = process.env.E2E_CLIENT_DIST ?? fileURLToPath(new URL('../../client/dist', import.meta.url));
const CLIENT_INDEX = join(CLIENT_DIST, 'index.html');
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

let bundled: Promise<string> | undefined;

/**
 * The server bundled as `pnpm start` bundles it (scripts/src/build-server.ts), once per test
 * process and into a file of its own, so that parallel test files never share a half-written one.
 */
function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    pruneBundlesOfEndedRuns();
    const file = join(tmpdir(), `tks-e2e-server-${process.pid}.mjs`);
    await buildServer('scripts/src/start.ts', file);
    return file;
  })();
  return bundled;
}

/** Test processes end without a chance to clean up: their bundles go once their process is gone. */
function pruneBundlesOfEndedRuns() {
  for (const name of readdirSync(tmpdir())) {
    const pid = /^tks-e2e-server-(\d+)\.mjs(\.map)?$/.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    rmSync(join(tmpdir(), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  url: string;
  databasePath: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop: () => Promise<number | null>;
}

/**
 * Starts the app as a user would (`pnpm start`'s bundle and flags, fresh database file, demo data)
 * but with node directly, so the test owns the process and can end it.
 */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  if (!existsSync(CLIENT_INDEX)) throw new Error('The client is not built: run `pnpm build` first (`pnpm test` does).');
  const dataDir = mkdtempSync(join(tmpdir(), 'tks-e2e-'));
  const port = await freePort();
  let output = '';
  const bundle = await serverBundle();
  const child: ChildProcess = spawn(process.execPath, [...START_NODE_FLAGS, bundle], {
    cwd: SCRIPTS_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CLIENT_DIST,
      ...env,
      DATABASE_PATH: env.DATABASE_PATH ?? join(dataDir, 'thermometer.db'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const databasePath = env.DATABASE_PATH ?? join(dataDir, 'thermometer.db');
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app did not become healthy in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    databasePath,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `pnpm --filter @tks/scripts ensure-chromium`.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Collects everything a page reports as wrong: console errors, uncaught exceptions, failed requests. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation cancels what the previous page still had in flight; that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.url()}`);
  });
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Captions of the tables in the page's main content that are wider than their box, so that part
 * of them is only reached by scrolling sideways. (A string, as the scripts have no DOM types.)
 */
export async function tablesWiderThanTheirBox(page: Page): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelectorAll('main table')]
    .filter((table) => table.scrollWidth > table.parentElement.clientWidth)
    .map((table) => table.querySelector('caption')?.textContent ?? '(no caption)')`)) as string[];
}

/** A minimal cookie-keeping HTTP client, signed in through the real sign-in endpoint. */
export async function signedInClient(baseUrl: string, email: string, password: string) {
  const jar = new Map<string, string>();
  let csrfToken = '';
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', ...value] = pair.split('=');
      jar.set(name.trim(), value.join('='));
    }
    return response;
  };
  csrfToken = ((await (await request('GET', '/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
  const signIn = await request('POST', '/api/auth/sign-in', { email, password });
  if (!signIn.ok) throw new Error(`sign-in as ${email} failed: ${signIn.status}`);
  csrfToken = ((await signIn.json()) as { csrfToken: string }).csrfToken;
  return { request };
}

export const DEMO = {
  coordinator: { email: 'coordinator@voorbeeldstad.example', password: 'kansrijk-coordinator' },
  partner: { email: 'partner@voorbeeldstad.example', password: 'kansrijk-partner' },
  director: { email: 'director@voorbeeldstad.example', password: 'kansrijk-bestuurder' },
  admin: { email: 'admin@voorbeeldstad.example', password: 'kansrijk-beheerder' },
} as const;

/** Signs in through the real sign-in page, as a person would. */
export async function signInThroughPage(page: Page, baseUrl: string, who: { email: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mailadres').fill(who.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/**
 * One app (fresh database, demo data) and one browser for a test file, ended afterwards. The app
 * must stop cleanly on SIGTERM: graceful shutdown is checked in every browser test file.
 */
export function useAppAndBrowser(env: Record<string, string> = {}) {
  const context = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    context.app = await startApp(env);
    context.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context.browser?.close();
    if (context.app) expect(await context.app.stop()).toBe(0);
  });
  return context;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so the page's content security policy
 * does not get in the way) and returns the serious and critical violations.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const json = await page.evaluate(`
    axe.run(document, { resultTypes: ['violations'] }).then((result) =>
      JSON.stringify(result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)),
      }))))
  `);
  const violations = JSON.parse(String(json)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
