import { describe, expect, it } from 'vitest';
import { randomToken } from '../features/auth/tokens';
import { maskTokens } from './request-log';

describe('maskTokens', () => {
  it('masks the token of a personal link wherever it sits in the URL', () => {
    const token = randomToken();
    expect(maskTokens(`/q/${token}`)).toBe('/q/[token]');
    expect(maskTokens(`/api/respond/${token}/draft`)).toBe('/api/respond/[token]/draft');
    expect(maskTokens(`/api/share/${token}?lang=en`)).toBe('/api/share/[token]?lang=en');
    expect(maskTokens(`/reset?token=${token}`)).toBe('/reset?token=[token]');
  });

  it('leaves ordinary paths and long lowercase slugs alone', () => {
    expect(maskTokens('/api/coalitions/coalitie-kansrijke-start-voorbeeldstad/thermometer')).toBe(
      '/api/coalitions/coalitie-kansrijke-start-voorbeeldstad/thermometer',
    );
    expect(maskTokens('/c/voorbeeldstad/trends?quarter=2026-Q3')).toBe('/c/voorbeeldstad/trends?quarter=2026-Q3');
  });
});
