import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helper';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeClientDist() {
  const dir = mkdtempSync(join(tmpdir(), 'tks-client-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title><div id="root"></div>');
  writeFileSync(join(dir, 'app.js'), 'console.log("app")');
  return dir;
}

describe('serving the built client', () => {
  it('serves index.html for the root and for client routes, and assets as files', async () => {
    const { app } = await buildTestApp({ clientDist: fakeClientDist() });
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<title>shell</title>');
    const deep = await app.inject({ method: 'GET', url: '/c/voorbeeldstad/trends' });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toMatch(/text\/html/);
    const asset = await app.inject({ method: 'GET', url: '/app.js' });
    expect(asset.body).toContain('console.log');
  });

  it('serves the questionnaire page for a personal link, never cached and without a referrer', async () => {
    const dist = fakeClientDist();
    writeFileSync(join(dist, 'respond.html'), '<!doctype html><title>vragenlijst</title><div id="respond"></div>');
    const { app } = await buildTestApp({ clientDist: dist });
    const response = await app.inject({ method: 'GET', url: `/q/${'A'.repeat(43)}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>vragenlijst</title>');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers a missing asset with a 404, not with index.html', async () => {
    const { app } = await buildTestApp({ clientDist: fakeClientDist() });
    const response = await app.inject({ method: 'GET', url: '/assets/index-0ld.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/json/);
  });

  it('keeps JSON 404s for unknown API routes', async () => {
    const { app } = await buildTestApp({ clientDist: fakeClientDist() });
    const response = await app.inject({ method: 'GET', url: '/api/unknown' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('route_not_found');
  });

  it('answers a JSON 404 when no client has been built', async () => {
    const { app } = await buildTestApp({ clientDist: join(tmpdir(), 'does-not-exist-tks') });
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });
});
