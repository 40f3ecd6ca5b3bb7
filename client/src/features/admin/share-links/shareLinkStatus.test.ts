import { describe, expect, it } from 'vitest';
import { shareLinkStatus } from './shareLinkStatus';

const now = new Date('2026-11-21T12:00:00.000Z');

describe('shareLinkStatus', () => {
  it('is active until the expiry moment', () => {
    expect(shareLinkStatus({ expiresAt: '2026-11-21T12:00:01.000Z', revokedAt: null }, now)).toBe('active');
    expect(shareLinkStatus({ expiresAt: '2026-11-21T12:00:00.000Z', revokedAt: null }, now)).toBe('expired');
  });

  it('calls a revoked link revoked, also once it would have expired', () => {
    expect(shareLinkStatus({ expiresAt: '2026-01-01T00:00:00.000Z', revokedAt: '2025-12-01T00:00:00.000Z' }, now)).toBe(
      'revoked',
    );
  });
});
