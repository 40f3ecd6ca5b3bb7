import { useInfiniteQuery } from '@tanstack/react-query';
import { formatDateTime, formatNumber } from '@tks/shared/format';
import type { AuditEntry } from '@tks/shared/schemas/audit';
import { type FormEvent, useId, useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { TextField } from '../../../components/form/Field';
import { Loading } from '../../../components/Loading';
import { TableScroll } from '../../../components/TableScroll';
import { isMessageKey, type Translate } from '../../../i18n/translate';
import { useLocale } from '../../../i18n/useLocale';
import { type AuditFilters, auditQueries } from './queries';

const NO_FILTERS: Required<AuditFilters> = { entityType: '', action: '', from: '', to: '' };

/** Keeps only the filters that were filled in, so "no filter" and "empty filter" share one cache entry. */
function applied(filters: Required<AuditFilters>): AuditFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value.trim() !== ''));
}

export function AuditLogSection({ slug, headingId }: { slug: string; headingId: string }) {
  const { t, locale } = useLocale();
  const [draft, setDraft] = useState(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>({});
  const query = useInfiniteQuery(auditQueries.list(slug, filters));
  const id = useId();
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];
  const set = (field: keyof AuditFilters) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters(applied(draft));
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.audit.heading')}</h2>
      <p>{t('admin.audit.intro')}</p>
      <form className="filters" onSubmit={submit} aria-label={t('admin.audit.filters')}>
        <TextField
          id={`${id}-entity`}
          label={t('admin.audit.filter.entityType')}
          list={`${id}-entity-options`}
          autoComplete="off"
          value={draft.entityType}
          onChange={(event) => set('entityType')(event.target.value)}
        />
        <TextField
          id={`${id}-action`}
          label={t('admin.audit.filter.action')}
          list={`${id}-action-options`}
          autoComplete="off"
          value={draft.action}
          onChange={(event) => set('action')(event.target.value)}
        />
        <TextField
          id={`${id}-from`}
          label={t('admin.audit.filter.from')}
          type="date"
          value={draft.from}
          onChange={(event) => set('from')(event.target.value)}
        />
        <TextField
          id={`${id}-to`}
          label={t('admin.audit.filter.to')}
          type="date"
          value={draft.to}
          onChange={(event) => set('to')(event.target.value)}
        />
        {/* Suggestions from what is already on screen; any other value can still be typed. */}
        <datalist id={`${id}-entity-options`}>
          {[...new Set(entries.map((entry) => entry.entityType))].map((value) => (
            <option key={value} value={value} label={codeLabel(t, 'audit.entity', value)} />
          ))}
        </datalist>
        <datalist id={`${id}-action-options`}>
          {[...new Set(entries.map((entry) => entry.action))].map((value) => (
            <option key={value} value={value} label={codeLabel(t, 'audit.action', value)} />
          ))}
        </datalist>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {t('admin.audit.filter.apply')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters({});
            }}
          >
            {t('admin.audit.filter.clear')}
          </button>
        </div>
      </form>

      {query.isError ? <ErrorState error={query.error} headingLevel={3} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? (
        <Loading />
      ) : entries.length === 0 && !query.isError ? (
        <EmptyState title={t('admin.audit.empty')} headingLevel={3} />
      ) : entries.length > 0 ? (
        <AuditTable entries={entries} />
      ) : null}

      <p className="count-status" role="status">
        {entries.length === 1
          ? t('admin.audit.shownOne')
          : entries.length > 1
            ? t('admin.audit.shown', { n: formatNumber(entries.length, locale) })
            : null}
      </p>
      {query.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? t('state.loading') : t('admin.audit.more')}
        </button>
      ) : null}
    </section>
  );
}

function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, locale } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('admin.audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.column.when')}</th>
            <th scope="col">{t('admin.audit.column.who')}</th>
            <th scope="col">{t('admin.audit.column.action')}</th>
            <th scope="col">{t('admin.audit.column.entity')}</th>
            <th scope="col">{t('admin.audit.column.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" className="nowrap">
                {formatDateTime(entry.createdAt, locale)}
              </th>
              <td>{entry.userName ?? <span className="code">{entry.actor}</span>}</td>
              <td>{codeLabel(t, 'audit.action', entry.action)}</td>
              <td>
                {codeLabel(t, 'audit.entity', entry.entityType)}
                {entry.entityId !== null ? <span className="missing"> #{entry.entityId}</span> : null}
              </td>
              <td>
                <AuditDetails entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** An action or entity code in words; a code without a message (from a newer server) as it is. */
function codeLabel(t: Translate, prefix: 'audit.action' | 'audit.entity', code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useLocale();
  if (entry.before === null && entry.after === null)
    return <span className="missing">{t('admin.audit.noDetails')}</span>;
  return (
    <details className="disclosure">
      <summary>
        {t('admin.audit.showDetails')}
        <span className="visually-hidden">
          {' '}
          {codeLabel(t, 'audit.action', entry.action)} {codeLabel(t, 'audit.entity', entry.entityType)}
        </span>
      </summary>
      <dl className="audit-diff">
        <dt>{t('admin.audit.before')}</dt>
        <dd>{entry.before === null ? <span className="missing">—</span> : <pre>{json(entry.before)}</pre>}</dd>
        <dt>{t('admin.audit.after')}</dt>
        <dd>{entry.after === null ? <span className="missing">—</span> : <pre>{json(entry.after)}</pre>}</dd>
      </dl>
    </details>
  );
}
