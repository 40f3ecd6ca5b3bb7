import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../../components/EmptyState';
import { QueryResult } from '../../../components/QueryResult';
import { useT } from '../../../i18n/useLocale';
import { OutboxList } from './OutboxList';
import { outboxQueries } from './queries';

export function OutboxSection({ slug, headingId }: { slug: string; headingId: string }) {
  const t = useT();
  const query = useQuery(outboxQueries.list(slug));
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.outbox.heading')}</h2>
      <p>{t('admin.outbox.intro')}</p>
      <QueryResult
        query={query}
        headingLevel={3}
        isEmpty={(data) => data.messages.length === 0}
        empty={<EmptyState title={t('outbox.empty')} headingLevel={3} />}
      >
        {(data) => <OutboxList messages={data.messages} />}
      </QueryResult>
    </section>
  );
}
