import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb } from './client';
import { perDb } from './per-db';

const handles: Array<{ close(): void }> = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.close();
});

describe('perDb', () => {
  it('builds once per database and keeps databases apart', () => {
    const first = createTestDb();
    const second = createTestDb();
    handles.push(first, second);
    let builds = 0;
    const valueOf = perDb(() => ({ build: ++builds }));
    expect(valueOf(first.db)).toBe(valueOf(first.db));
    expect(valueOf(second.db)).not.toBe(valueOf(first.db));
    expect(builds).toBe(2);
  });
});
