import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime, formatTime } from '@tks/shared/format';
import type { ImportBatch } from '@tks/shared/schemas/imports';
import { useId } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction';
import { EmptyState } from '../../components/EmptyState';
import { describeError } from '../../components/ErrorState';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { useUndoImportMutation } from './mutations';
import { importQueries } from './queries';

export function ImportBatchesSection({ slug, headingId }: { slug: string; headingId: string }) {
  const { t } = useLocale();
  const query = useQuery(importQueries.batches(slug));
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('imports.batches.heading')}</h2>
      <p>{t('imports.batches.intro')}</p>
      <QueryResult
        query={query}
        headingLevel={3}
        isEmpty={(data) => data.batches.length === 0}
        empty={<EmptyState title={t('imports.batches.empty')} headingLevel={3} />}
      >
        {(data) => <BatchesTable slug={slug} batches={data.batches} />}
      </QueryResult>
    </section>
  );
}

function BatchesTable({ slug, batches }: { slug: string; batches: readonly ImportBatch[] }) {
  const { t } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table data-table--compact">
        <caption id={captionId}>{t('imports.batches.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.batches.column.number')}</th>
            <th scope="col">{t('imports.batches.column.file')}</th>
            <th scope="col">{t('imports.batches.column.when')}</th>
            <th scope="col">{t('imports.batches.column.by')}</th>
            <th scope="col" className="num">
              {t('imports.count.insert')}
            </th>
            <th scope="col" className="num">
              {t('imports.count.update')}
            </th>
            <th scope="col" className="num">
              {t('imports.count.unchanged')}
            </th>
            <th scope="col">{t('imports.batches.column.status')}</th>
            <th scope="col">{t('admin.members.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <BatchRow key={batch.id} slug={slug} batch={batch} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function BatchRow({ slug, batch }: { slug: string; batch: ImportBatch }) {
  const { t, locale } = useLocale();
  const undo = useUndoImportMutation(slug);
  return (
    <tr>
      <td className="num">{batch.id}</td>
      <th scope="row" className="import-file-name">
        {batch.fileName}
      </th>
      {/* Date and time may take two lines (not the date itself), so the table fits a desktop. */}
      <td>
        <span className="nowrap">{formatDate(batch.createdAt, locale)}</span>{' '}
        <span className="nowrap">{formatTime(batch.createdAt, locale)}</span>
      </td>
      <td>
        {batch.importedBy ?? '—'}
        <span className="hint-inline"> ({t(`imports.channel.${batch.channel}`)})</span>
      </td>
      <td className="num">{batch.inserted}</td>
      <td className="num">{batch.updated}</td>
      <td className="num">{batch.unchanged}</td>
      <td className="import-batch-status">
        {batch.status === 'undone' ? (
          <>
            <span className="badge badge--neutral">{t('imports.batches.status.undone')}</span>
            {batch.undoneAt ? <span className="hint-inline"> {formatDateTime(batch.undoneAt, locale)}</span> : null}
          </>
        ) : (
          <span className="badge badge--ok">{t('imports.batches.status.committed')}</span>
        )}
      </td>
      <td>
        {batch.canUndo ? (
          <ConfirmAction
            label={t('imports.batches.undo')}
            accessibleLabel={t('imports.batches.undoFor', { number: batch.id, file: batch.fileName })}
            question={t('imports.batches.undoQuestion', { number: batch.id })}
            confirmLabel={t('imports.batches.undoConfirm')}
            pending={undo.isPending}
            onConfirm={() => undo.mutate(batch.id)}
          />
        ) : batch.status === 'committed' ? (
          <span className="hint-inline">{t('imports.batches.undoBlocked')}</span>
        ) : null}
        {undo.isError ? (
          <p className="row-actions__error" role="alert">
            {describeError(undo.error, t)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
