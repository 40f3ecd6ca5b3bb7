import { describe, expect, it } from 'vitest';
import { outboxStatus, splitLinks } from './outboxStatus';

describe('outboxStatus', () => {
  it('tells failed, sent and stored apart', () => {
    expect(outboxStatus({ sentAt: null, error: 'Verbinding geweigerd' })).toBe('failed');
    expect(outboxStatus({ sentAt: '2026-11-20T10:00:00.000Z', error: null })).toBe('sent');
    expect(outboxStatus({ sentAt: null, error: null })).toBe('stored');
  });
});

describe('splitLinks', () => {
  it('separates addresses from the text around them, leaving trailing punctuation outside', () => {
    expect(splitLinks('Open https://a.example/x?token=1. Of (https://b.example/y), klaar')).toEqual([
      { kind: 'text', start: 0, text: 'Open ' },
      { kind: 'link', start: 5, href: 'https://a.example/x?token=1' },
      { kind: 'text', start: 32, text: '. Of (' },
      { kind: 'link', start: 38, href: 'https://b.example/y' },
      { kind: 'text', start: 57, text: '), klaar' },
    ]);
  });

  it('leaves text without addresses alone and never links other schemes', () => {
    expect(splitLinks('Geen link, ook geen javascript:alert(1)')).toEqual([
      { kind: 'text', start: 0, text: 'Geen link, ook geen javascript:alert(1)' },
    ]);
  });
});
