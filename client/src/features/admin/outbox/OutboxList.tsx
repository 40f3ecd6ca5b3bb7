import { formatDateTime } from '@tks/shared/format';
import type { OutboxMessage } from '@tks/shared/schemas/outbox';
import { useLocale } from '../../../i18n/useLocale';
import { outboxStatus, splitLinks } from './outboxStatus';

const STATUS_BADGE = { sent: 'badge--ok', stored: 'badge--neutral', failed: 'badge--danger' } as const;

/** Every mail the app sent or kept, newest first as the server lists them; open one to read it. */
export function OutboxList({ messages }: { messages: readonly OutboxMessage[] }) {
  return (
    <ul className="outbox">
      {messages.map((message) => (
        <OutboxItem key={message.id} message={message} />
      ))}
    </ul>
  );
}

function OutboxItem({ message }: { message: OutboxMessage }) {
  const { t, locale } = useLocale();
  const status = outboxStatus(message);
  return (
    <li className="outbox__item">
      <h3 className="outbox__subject">{message.subject}</h3>
      <dl className="outbox__meta">
        <div>
          <dt>{t('outbox.to')}</dt>
          <dd>{message.toAddress}</dd>
        </div>
        <div>
          <dt>{t('outbox.date')}</dt>
          <dd>{formatDateTime(message.sentAt ?? message.createdAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('outbox.status')}</dt>
          <dd>
            <span className={`badge ${STATUS_BADGE[status]}`}>{t(`outbox.status.${status}`)}</span>
          </dd>
        </div>
      </dl>
      {message.error !== null ? (
        <p className="outbox__error">
          {t('outbox.error')} {message.error}
        </p>
      ) : null}
      <details className="disclosure">
        <summary>
          {t('outbox.read')}
          <span className="visually-hidden">: {message.subject}</span>
        </summary>
        {/* Mail is plain text: line breaks kept, addresses made clickable, nothing interpreted as HTML. */}
        <div className="outbox__body">
          {splitLinks(message.bodyText).map((part) =>
            part.kind === 'link' ? (
              <a key={part.start} href={part.href}>
                {part.href}
              </a>
            ) : (
              <span key={part.start}>{part.text}</span>
            ),
          )}
        </div>
      </details>
    </li>
  );
}
