import type { OutboxMessage } from '@tks/shared/schemas/outbox';

export type OutboxStatus = 'sent' | 'stored' | 'failed';

/** Failed when delivery reported an error, sent once delivered, otherwise kept in the outbox only. */
export function outboxStatus(message: Pick<OutboxMessage, 'sentAt' | 'error'>): OutboxStatus {
  if (message.error !== null) return 'failed';
  return message.sentAt !== null ? 'sent' : 'stored';
}

/** `start` is the part's offset in the text: stable, unique, and so usable as a React key. */
export type TextPart = { kind: 'text'; start: number; text: string } | { kind: 'link'; start: number; href: string };

// Punctuation that ends a sentence is not part of the address it follows.
const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
const TRAILING = /[.,;:!?)\]]+$/;

/** Splits mail text so the addresses in it can be shown as links and the rest as plain text. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(TRAILING, '');
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', start: last, text: text.slice(last, start) });
    parts.push({ kind: 'link', start, href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', start: last, text: text.slice(last) });
  return parts;
}
