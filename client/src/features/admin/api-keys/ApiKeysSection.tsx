import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '@tks/shared/format';
import { type ApiKey, type CreatedApiKey, zNewApiKey } from '@tks/shared/schemas/imports';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { describeError } from '../../../components/ErrorState';
import { TextField } from '../../../components/form/Field';
import { QueryResult } from '../../../components/QueryResult';
import { TableScroll } from '../../../components/TableScroll';
import { useLocale } from '../../../i18n/useLocale';
import { useCreateApiKeyMutation, useRevokeApiKeyMutation } from './mutations';
import { apiKeyQueries } from './queries';

/** Keys for automated feeds: created here, shown once, listed by their first characters, revoked at once. */
export function ApiKeysSection({ slug, headingId }: { slug: string; headingId: string }) {
  const { t } = useLocale();
  const query = useQuery(apiKeyQueries.list(slug));
  const createId = useId();
  // The key exists only here, in memory, until the panel is closed: the server keeps only its hash.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.apiKeys.heading')}</h2>
      <p>{t('admin.apiKeys.intro')}</p>
      {created ? <CreatedApiKeyPanel slug={slug} apiKey={created} onClose={() => setCreated(null)} /> : null}
      <QueryResult
        query={query}
        headingLevel={3}
        isEmpty={(data) => data.apiKeys.length === 0}
        empty={<EmptyState title={t('admin.apiKeys.empty')} headingLevel={3} />}
      >
        {(data) => <ApiKeysTable slug={slug} apiKeys={data.apiKeys} />}
      </QueryResult>
      <h3 id={createId}>{t('admin.apiKeys.create.heading')}</h3>
      <CreateApiKeyForm slug={slug} labelledBy={createId} onCreated={setCreated} />
    </section>
  );
}

function ApiKeysTable({ slug, apiKeys }: { slug: string; apiKeys: readonly ApiKey[] }) {
  const { t } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('admin.apiKeys.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.apiKeys.column.name')}</th>
            <th scope="col">{t('admin.apiKeys.column.prefix')}</th>
            <th scope="col">{t('admin.apiKeys.column.created')}</th>
            <th scope="col">{t('admin.apiKeys.column.lastUsed')}</th>
            <th scope="col">{t('admin.apiKeys.column.status')}</th>
            <th scope="col">{t('admin.members.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((key) => (
            <ApiKeyRow key={key.id} slug={slug} apiKey={key} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ApiKeyRow({ slug, apiKey }: { slug: string; apiKey: ApiKey }) {
  const { t, locale } = useLocale();
  const revoke = useRevokeApiKeyMutation(slug);
  return (
    <tr>
      <th scope="row">{apiKey.name}</th>
      <td className="code nowrap">{apiKey.prefix}…</td>
      <td className="nowrap">{formatDate(apiKey.createdAt, locale)}</td>
      <td className="nowrap">
        {apiKey.lastUsedAt ? (
          formatDateTime(apiKey.lastUsedAt, locale)
        ) : (
          <span className="missing">{t('admin.apiKeys.neverUsed')}</span>
        )}
      </td>
      <td>
        {apiKey.revokedAt ? (
          <>
            <span className="badge badge--danger">{t('admin.apiKeys.status.revoked')}</span>
            <span className="hint-inline"> {formatDate(apiKey.revokedAt, locale)}</span>
          </>
        ) : (
          <span className="badge badge--ok">{t('admin.apiKeys.status.active')}</span>
        )}
      </td>
      <td>
        {apiKey.revokedAt ? null : (
          <ConfirmAction
            label={t('admin.apiKeys.revoke')}
            accessibleLabel={t('admin.apiKeys.revokeFor', { name: apiKey.name })}
            question={t('admin.apiKeys.revokeQuestion', { name: apiKey.name })}
            confirmLabel={t('admin.apiKeys.revokeConfirm')}
            pending={revoke.isPending}
            onConfirm={() => revoke.mutate(apiKey.id)}
          />
        )}
        {revoke.isError ? (
          <p className="row-actions__error" role="alert">
            {describeError(revoke.error, t)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

function CreateApiKeyForm({
  slug,
  labelledBy,
  onCreated,
}: {
  slug: string;
  labelledBy: string;
  onCreated: (key: CreatedApiKey) => void;
}) {
  const { t } = useLocale();
  const create = useCreateApiKeyMutation(slug);
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zNewApiKey.safeParse({ name });
    if (!parsed.success) {
      setError(t('admin.apiKeys.error.name'));
      return;
    }
    setError(undefined);
    create.mutate(parsed.data, {
      onSuccess: (key) => {
        setName('');
        onCreated(key);
      },
      onError: (failure) => setError(describeError(failure, t)),
    });
  };

  return (
    <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      <TextField
        id={`${id}-name`}
        label={t('admin.apiKeys.field.name')}
        hint={t('admin.apiKeys.field.name.hint')}
        autoComplete="off"
        value={name}
        error={error}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('admin.apiKeys.create.submit')}
        </button>
      </div>
    </form>
  );
}

function CreatedApiKeyPanel({ slug, apiKey, onClose }: { slug: string; apiKey: CreatedApiKey; onClose: () => void }) {
  const { t } = useLocale();
  const titleId = useId();
  const inputId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(apiKey.key);
      setCopy('copied');
    } catch {
      inputRef.current?.select();
      setCopy('failed');
    }
  };
  const example = `curl -X POST -H "Authorization: Bearer ${apiKey.key}" -H "Content-Type: text/csv" --data-binary @extract.csv "${window.location.origin}/api/coalitions/${slug}/imports?fileName=extract.csv"`;

  return (
    <section className="created-link" aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1} className="created-link__title">
        {t('admin.apiKeys.created.title', { name: apiKey.name })}
      </h3>
      <p className="created-link__warning">{t('admin.apiKeys.created.once')}</p>
      <label htmlFor={inputId} className="field__label">
        {t('admin.apiKeys.created.label')}
      </label>
      <div className="created-link__row">
        <input
          ref={inputRef}
          id={inputId}
          className="field__input created-link__url"
          type="text"
          readOnly
          value={apiKey.key}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copyKey()}>
          {t('admin.shareLinks.created.copy')}
        </button>
      </div>
      <p className="form__status" role="status">
        {copy === 'copied' ? t('admin.apiKeys.created.copied') : null}
        {copy === 'failed' ? t('admin.shareLinks.created.copyFailed') : null}
      </p>
      <p>{t('admin.apiKeys.created.example')}</p>
      <pre className="error-details" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {example}
      </pre>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('admin.apiKeys.created.close')}
      </button>
    </section>
  );
}
