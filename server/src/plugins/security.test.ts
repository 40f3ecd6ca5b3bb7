import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helper';

describe('security headers', () => {
  it('sends a strict content security policy and the usual hardening headers on API responses', async () => {
    const { app } = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('sends them on error responses too', async () => {
    const { app } = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sends exactly the same set of headers on every request (the middleware is built once)', async () => {
    const { app } = await buildTestApp();
    const headersOf = async (url: string) => {
      const response = await app.inject({ method: 'GET', url });
      const { date: _date, 'content-length': _length, 'content-type': _type, ...rest } = response.headers;
      return Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('x-ratelimit')));
    };
    const first = await headersOf('/api/health');
    expect(first).toMatchObject({
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
    expect(first['cross-origin-embedder-policy']).toBeUndefined();
    expect(await headersOf('/api/health')).toEqual(first);
  });
});
