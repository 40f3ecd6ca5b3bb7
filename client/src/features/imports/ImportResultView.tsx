import { formatNumber } from '@tks/shared/format';
import type { ImportIssue, ImportResult, ImportRow } from '@tks/shared/schemas/imports';
import { type ReactNode, useId } from 'react';
import { StatGrid } from '../../components/StatGrid';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey } from '../../lib/periods';

const ROWS_SHOWN = 200;

/** What a file would do (or why it cannot): counts, errors and warnings by place, and the rows. */
export function ImportResultView({ result, commitButton }: { result: ImportResult; commitButton: ReactNode }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const rejected = result.outcome === 'rejected';
  const details = [
    result.format ? result.format.toUpperCase() : null,
    result.encoding,
    result.delimiter
      ? t('imports.result.delimiter', { delimiter: result.delimiter === '\t' ? 'tab' : result.delimiter })
      : null,
    result.sheet ? t('imports.result.sheet', { sheet: result.sheet }) : null,
    result.layout ? t(result.layout === 'long' ? 'imports.result.layout.long' : 'imports.result.layout.wide') : null,
  ].filter((part): part is string => part !== null);
  const n = (value: number) => formatNumber(value, locale, { maxDecimals: 0 });

  return (
    <section className="section import-result" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('imports.result.heading', { file: result.fileName })}</h2>
      {details.length > 0 ? <p className="hint-inline">{details.join(' · ')}</p> : null}
      <StatGrid
        stats={[
          { id: 'insert', label: t('imports.count.insert'), value: n(result.counts.insert) },
          { id: 'update', label: t('imports.count.update'), value: n(result.counts.update) },
          { id: 'unchanged', label: t('imports.count.unchanged'), value: n(result.counts.unchanged) },
          { id: 'errors', label: t('imports.count.errors'), value: n(result.errorCount) },
          { id: 'warnings', label: t('imports.count.warnings'), value: n(result.warningCount) },
        ]}
      />
      {rejected ? (
        <div className="import-alert import-alert--error" role="alert">
          <p>
            <strong>{t('imports.rejected.title', { count: result.errorCount })}</strong> {t('imports.rejected.body')}
          </p>
        </div>
      ) : null}
      {result.sameFileBatchId !== null ? (
        <p className="import-alert">{t('imports.sameFile', { batch: result.sameFileBatchId })}</p>
      ) : null}
      {result.errors.length > 0 ? (
        <IssueTable issues={result.errors} total={result.errorCount} caption={t('imports.errors.caption')} />
      ) : null}
      {result.warnings.length > 0 ? (
        <IssueTable issues={result.warnings} total={result.warningCount} caption={t('imports.warnings.caption')} />
      ) : null}
      {commitButton}
      {result.rows.length > 0 ? <RowsTable rows={result.rows} total={result.counts.values} /> : null}
    </section>
  );
}

function IssueTable({ issues, total, caption }: { issues: readonly ImportIssue[]; total: number; caption: string }) {
  const { t } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table import-issues">
        <caption id={captionId}>
          {caption}
          {total > issues.length ? ` ${t('imports.issues.more', { shown: issues.length, total })}` : null}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('imports.column.line')}
            </th>
            <th scope="col">{t('imports.column.column')}</th>
            <th scope="col">{t('imports.column.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            // Issues have no identity of their own; their order is the file's order.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              <td className="num nowrap">{issue.line ?? '—'}</td>
              <td className="nowrap">
                {issue.column ?? '—'}
                {issue.field ? <span className="hint-inline"> ({issue.field})</span> : null}
              </td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const ACTION_BADGE = { insert: 'badge--ok', update: 'badge--warning', unchanged: 'badge--neutral' } as const;

function RowsTable({ rows, total }: { rows: readonly ImportRow[]; total: number }) {
  const { t, locale } = useLocale();
  const captionId = useId();
  const shown = rows.slice(0, ROWS_SHOWN);
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, locale, { maxDecimals: 3 }));
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table import-rows">
        <caption id={captionId}>
          {t('imports.rows.caption')}
          {total > shown.length ? ` ${t('imports.issues.more', { shown: shown.length, total })}` : null}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('imports.column.line')}
            </th>
            <th scope="col">{t('imports.column.indicator')}</th>
            <th scope="col">{t('imports.column.period')}</th>
            <th scope="col" className="num">
              {t('imports.column.value')}
            </th>
            <th scope="col" className="num">
              {t('imports.column.numerator')}
            </th>
            <th scope="col" className="num">
              {t('imports.column.denominator')}
            </th>
            <th scope="col" className="num">
              {t('imports.column.previous')}
            </th>
            <th scope="col">{t('imports.column.action')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={`${row.line}-${row.column ?? ''}`}>
              <td className="num nowrap">
                {row.line}
                {row.column ? <span className="hint-inline"> {row.column}</span> : null}
              </td>
              <th scope="row" className="code nowrap">
                {row.indicatorCode}
              </th>
              <td className="nowrap">{formatPeriodKey(row.period, locale)}</td>
              <td className="num">{number(row.value)}</td>
              <td className="num">{number(row.numerator)}</td>
              <td className="num">{number(row.denominator)}</td>
              <td className="num">{row.previous ? number(row.previous.value) : '—'}</td>
              <td>
                <span className={`badge ${ACTION_BADGE[row.action]}`}>{t(`imports.action.${row.action}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
