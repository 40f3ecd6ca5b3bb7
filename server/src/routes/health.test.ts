import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helper';
import { APP_VERSION } from '../version';

describe('GET /api/health', () => {
  it('answers 200 with the version and a migrated database', async () => {
    const { app } = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.version).toBe(APP_VERSION);
    expect(body.database.ok).toBe(true);
    expect(body.database.appliedMigrations).toBeGreaterThanOrEqual(2);
  });

  it('answers 503 when the database is gone', async () => {
    const { app, closeDatabase } = await buildTestApp();
    closeDatabase();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json().status).toBe('degraded');
  });
});
