import type { ImportResult } from '@tks/shared/schemas/imports';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { NoAccessPage } from '../../app/NoAccessPage';
import { coalitionUrl, SEGMENTS } from '../../app/paths';
import { describeError } from '../../components/ErrorState';
import { SelectField } from '../../components/form/Field';
import { PageHeader } from '../../components/PageHeader';
import { useLocale } from '../../i18n/useLocale';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { ImportBatchesSection } from './ImportBatchesSection';
import { ImportResultView } from './ImportResultView';
import { useCommitImportMutation, usePreviewImportMutation } from './mutations';
import './imports.css';

export function ImportPage() {
  const slug = useCoalitionSlug();
  const role = useCoalitionRole(slug);
  if (role !== 'coordinator') return <NoAccessPage scope="page" />;
  return <CoordinatorImport slug={slug} />;
}

function CoordinatorImport({ slug }: { slug: string }) {
  const { t } = useLocale();
  const fileId = useId();
  const sheetId = useId();
  const batchesId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [committed, setCommitted] = useState<ImportResult | null>(null);
  const preview = usePreviewImportMutation(slug);
  const commit = useCommitImportMutation(slug);

  const check = (chosen: File, chosenSheet: string | null) => {
    setCommitted(null);
    commit.reset();
    preview.mutate({ file: chosen, sheet: chosenSheet });
  };

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setSheet(null);
    if (chosen) check(chosen, null);
    else preview.reset();
  };

  const store = () => {
    if (!file) return;
    commit.mutate(
      { file, sheet },
      {
        onSuccess: (result) => {
          setCommitted(result);
          if (result.outcome === 'committed' || result.outcome === 'unchanged') {
            preview.reset();
            setFile(null);
            setSheet(null);
            if (inputRef.current) inputRef.current.value = '';
          }
        },
      },
    );
  };

  const result = commit.data && commit.data.outcome === 'rejected' ? commit.data : preview.data;
  const canCommit =
    result !== undefined && result.outcome === 'preview' && result.counts.insert + result.counts.update > 0;

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')}>
        <p>
          <Link to={coalitionUrl(slug, SEGMENTS.indicators)}>{t('imports.toIndicators')}</Link>
        </p>
      </PageHeader>

      <section className="section" aria-labelledby={fileId}>
        <h2 id={fileId}>{t('imports.choose.heading')}</h2>
        <p>{t('imports.choose.formats')}</p>
        <div className="form form--panel">
          <div className="field">
            <label htmlFor={`${fileId}-input`} className="field__label">
              {t('imports.choose.label')}
            </label>
            <p id={`${fileId}-hint`} className="field__hint">
              {t('imports.choose.hint')}
            </p>
            <input
              ref={inputRef}
              id={`${fileId}-input`}
              className="field__input import-file"
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${fileId}-hint`}
              onChange={chooseFile}
            />
          </div>
          {file && preview.data && preview.data.sheets.length > 1 ? (
            <SelectField
              id={sheetId}
              label={t('imports.choose.sheet')}
              value={sheet ?? preview.data.sheet ?? ''}
              onChange={(event) => {
                setSheet(event.target.value);
                check(file, event.target.value);
              }}
            >
              {preview.data.sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <p className="form__status" role="status">
            {preview.isPending ? t('imports.checking') : null}
            {commit.isPending ? t('imports.storing') : null}
          </p>
        </div>
        {preview.isError ? (
          <p className="import-alert import-alert--error" role="alert">
            {describeError(preview.error, t)}
          </p>
        ) : null}
        {commit.isError ? (
          <p className="import-alert import-alert--error" role="alert">
            {describeError(commit.error, t)}
          </p>
        ) : null}
        {committed && committed.outcome !== 'rejected' ? <CommittedNotice slug={slug} result={committed} /> : null}
      </section>

      {result ? (
        <ImportResultView
          result={result}
          commitButton={
            result.outcome === 'preview' ? (
              <div className="form__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!canCommit || commit.isPending}
                  onClick={store}
                >
                  {t('imports.commit', { count: result.counts.insert + result.counts.update })}
                </button>
                {!canCommit ? <p className="hint-inline">{t('imports.nothingToStore')}</p> : null}
              </div>
            ) : null
          }
        />
      ) : null}

      <ImportBatchesSection slug={slug} headingId={batchesId} />
    </>
  );
}

function CommittedNotice({ slug, result }: { slug: string; result: ImportResult }) {
  const { t } = useLocale();
  return (
    <div className="callout" role="status">
      <h3 className="callout__title">
        {result.outcome === 'committed'
          ? t('imports.committed.title', { batch: result.batchId ?? 0 })
          : t('imports.unchanged.title')}
      </h3>
      <p>
        {result.outcome === 'committed'
          ? t('imports.committed.body', {
              file: result.fileName,
              insert: result.counts.insert,
              update: result.counts.update,
              unchanged: result.counts.unchanged,
            })
          : t('imports.unchanged.body', { file: result.fileName })}
      </p>
      <p>
        <Link to={coalitionUrl(slug, SEGMENTS.indicators)}>{t('imports.toIndicators')}</Link>
      </p>
    </div>
  );
}
