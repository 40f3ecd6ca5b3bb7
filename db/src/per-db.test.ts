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
    const valueFor = perDb(() => ({ build: ++builds }));
    expect(valueFor(first.db)).toBe(valueFor(first.db));
    expect(valueFor(second.db)).not.toBe(valueFor(first.db));
    expect(builds).toBe(2);
  });
});
