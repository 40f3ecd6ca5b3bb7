import { createTestDb } from '@tks/db/client';
import { afterEach, describe, expect, it } from 'vitest';
import { insertCoalition } from '../../../test/helper';
import { insertOutboxMessage, markOutboxMessageFailed, markOutboxMessageSent, selectOutbox } from './mail.queries';

const handles: Array<{ close(): void }> = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.close();
});

function testDb() {
  const handle = createTestDb();
  handles.push(handle);
  return handle.db;
}

function message(coalitionId: number | null, subject: string) {
  return {
    coalitionId,
    toAddress: 'iemand@example.org',
    subject,
    bodyText: `Tekst van ${subject}`,
    bodyHtml: `<p>${subject}</p>`,
    transport: 'outbox' as const,
  };
}

describe('selectOutbox', () => {
  it("returns only the coalition's own messages, newest first, within the limit", () => {
    const db = testDb();
    const noord = insertCoalition(db, { slug: 'noord', name: 'Coalitie Noord' });
    const zuid = insertCoalition(db, { slug: 'zuid', name: 'Coalitie Zuid' });
    insertOutboxMessage(db, message(noord.id, 'noord 1'));
    insertOutboxMessage(db, message(zuid.id, 'zuid 1'));
    insertOutboxMessage(db, message(null, 'platform 1'));
    insertOutboxMessage(db, message(noord.id, 'noord 2'));
    insertOutboxMessage(db, message(noord.id, 'noord 3'));

    expect(selectOutbox(db, { coalitionId: noord.id, limit: 10 }).map((m) => m.subject)).toEqual([
      'noord 3',
      'noord 2',
      'noord 1',
    ]);
    expect(selectOutbox(db, { coalitionId: noord.id, limit: 2 }).map((m) => m.subject)).toEqual(['noord 3', 'noord 2']);
    expect(selectOutbox(db, { coalitionId: zuid.id, limit: 10 }).map((m) => m.subject)).toEqual(['zuid 1']);
  });

  it('returns platform messages (no coalition) for coalitionId null and nothing of any coalition', () => {
    const db = testDb();
    const noord = insertCoalition(db, { slug: 'noord', name: 'Coalitie Noord' });
    insertOutboxMessage(db, message(noord.id, 'noord 1'));
    insertOutboxMessage(db, message(null, 'wachtwoord'));

    expect(selectOutbox(db, { coalitionId: null, limit: 10 }).map((m) => m.subject)).toEqual(['wachtwoord']);
  });

  it('returns exactly the fields of the outbox contract, with delivery state', () => {
    const db = testDb();
    const sent = insertOutboxMessage(db, { ...message(null, 'verstuurd'), transport: 'smtp' });
    const failed = insertOutboxMessage(db, { ...message(null, 'mislukt'), transport: 'smtp' });
    markOutboxMessageSent(db, sent, '2026-11-22T10:00:00.000Z');
    markOutboxMessageFailed(db, failed, 'ESOCKET: connect ECONNREFUSED 127.0.0.1:2525');

    const [latest, earlier] = selectOutbox(db, { coalitionId: null, limit: 10 });
    expect(latest).toEqual({
      id: failed,
      toAddress: 'iemand@example.org',
      subject: 'mislukt',
      bodyText: 'Tekst van mislukt',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      transport: 'smtp',
      sentAt: null,
      error: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:2525',
    });
    expect(earlier).toMatchObject({ id: sent, sentAt: '2026-11-22T10:00:00.000Z', error: null });
  });
});
