import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@tks/shared/format';
import type { ShareLink } from '@tks/shared/schemas/share-links';
import { useId, useState } from 'react';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { describeError } from '../../../components/ErrorState';
import { QueryResult } from '../../../components/QueryResult';
import { TableScroll } from '../../../components/TableScroll';
import { useLocale } from '../../../i18n/useLocale';
import { formatQuarterKey } from '../../../lib/periods';
import { CreatedShareLinkPanel } from './CreatedShareLinkPanel';
import { CreateShareLinkForm } from './CreateShareLinkForm';
import { useRevokeShareLinkMutation } from './mutations';
import { shareLinkQueries } from './queries';
import { shareLinkStatus } from './shareLinkStatus';

export function ShareLinksSection({ slug, headingId }: { slug: string; headingId: string }) {
  const { t } = useLocale();
  const query = useQuery(shareLinkQueries.list(slug));
  const createId = useId();
  // The address exists only here, in memory, until the panel is closed: the server keeps no copy.
  const [created, setCreated] = useState<{ url: string; quarter: string } | null>(null);

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.shareLinks.heading')}</h2>
      <p>{t('admin.shareLinks.intro')}</p>
      {created ? (
        <CreatedShareLinkPanel url={created.url} quarter={created.quarter} onClose={() => setCreated(null)} />
      ) : null}
      <QueryResult
        query={query}
        headingLevel={3}
        isEmpty={(data) => data.shareLinks.length === 0}
        empty={<EmptyState title={t('admin.shareLinks.empty')} headingLevel={3} />}
      >
        {(data) => <ShareLinksTable slug={slug} links={data.shareLinks} />}
      </QueryResult>
      <h3 id={createId}>{t('admin.shareLinks.create.heading')}</h3>
      <CreateShareLinkForm
        slug={slug}
        labelledBy={createId}
        onCreated={(link) => setCreated({ url: link.url, quarter: link.quarter })}
      />
    </section>
  );
}

function ShareLinksTable({ slug, links }: { slug: string; links: readonly ShareLink[] }) {
  const { t } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('admin.shareLinks.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.shareLinks.column.quarter')}</th>
            <th scope="col">{t('admin.shareLinks.column.label')}</th>
            <th scope="col">{t('admin.shareLinks.column.created')}</th>
            <th scope="col">{t('admin.shareLinks.column.expires')}</th>
            <th scope="col">{t('admin.shareLinks.column.status')}</th>
            <th scope="col">{t('admin.members.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <ShareLinkRow key={link.id} slug={slug} link={link} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const STATUS_BADGE = { active: 'badge--ok', expired: 'badge--neutral', revoked: 'badge--danger' } as const;

function ShareLinkRow({ slug, link }: { slug: string; link: ShareLink }) {
  const { t, locale } = useLocale();
  const revoke = useRevokeShareLinkMutation(slug);
  const status = shareLinkStatus(link);
  const quarter = formatQuarterKey(link.quarter, locale);
  const name = link.label ?? quarter;
  return (
    <tr>
      <th scope="row" className="nowrap">
        {quarter}
      </th>
      <td>{link.label ?? <span className="missing">{t('admin.shareLinks.noLabel')}</span>}</td>
      <td className="nowrap">{formatDate(link.createdAt, locale)}</td>
      <td className="nowrap">{formatDate(link.expiresAt, locale)}</td>
      <td>
        <span className={`badge ${STATUS_BADGE[status]}`}>{t(`admin.shareLinks.status.${status}`)}</span>
        {link.revokedAt ? <span className="hint-inline"> {formatDate(link.revokedAt, locale)}</span> : null}
      </td>
      <td>
        {status === 'active' ? (
          <ConfirmAction
            label={t('admin.shareLinks.revoke')}
            accessibleLabel={t('admin.shareLinks.revokeFor', { name })}
            question={t('admin.shareLinks.revokeQuestion', { name })}
            confirmLabel={t('admin.shareLinks.revokeConfirm')}
            pending={revoke.isPending}
            onConfirm={() => revoke.mutate(link.id)}
          />
        ) : null}
        {revoke.isError ? (
          <p className="row-actions__error" role="alert">
            {describeError(revoke.error, t)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
