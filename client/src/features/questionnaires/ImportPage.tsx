import { useQuery } from '@tanstack/react-query';
import type { ImportPreview, InstrumentVersionDetail } from '@tks/shared/schemas/questionnaires';
import { type ChangeEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { type ColumnTarget, fileToBase64, mappingFromTargets, targetsFromMapping } from './importMapping';
import { type ImportUpload, useImportCommitMutation, useImportPreviewMutation } from './mutations';
import { questionnaireUrls } from './paths';
import { questionnaireQueries } from './queries';
import { useNumericParam } from './useRoundId';

export function ImportPage() {
  const slug = useCoalitionSlug();
  const roundId = useNumericParam('roundId') ?? 0;
  const round = useQuery(questionnaireQueries.round(slug, roundId));
  const versionId = round.data?.instrumentVersionId ?? 0;
  const version = useQuery({ ...questionnaireQueries.version(slug, versionId), enabled: versionId > 0 });
  const { t } = useLocale();
  return (
    <>
      <PageHeader
        title={t('questionnaires.import.title')}
        eyebrow={round.data?.title}
        description={t('questionnaires.import.description')}
      >
        <p>
          <Link to={questionnaireUrls.round(slug, roundId)}>{t('questionnaires.import.back')}</Link>
        </p>
      </PageHeader>
      <QueryResult query={version}>{(v) => <Importer slug={slug} roundId={roundId} version={v} />}</QueryResult>
    </>
  );
}

function Importer({ slug, roundId, version }: { slug: string; roundId: number; version: InstrumentVersionDetail }) {
  const { t, locale } = useLocale();
  const id = useId();
  const preview = useImportPreviewMutation(slug, roundId);
  const commit = useImportCommitMutation(slug, roundId);
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [result, setResult] = useState<ImportPreview | null>(null);
  const [targets, setTargets] = useState<ColumnTarget[]>([]);
  const [imported, setImported] = useState<number | null>(null);
  const items = [...version.dimensions.flatMap((d) => d.items), ...version.openQuestions];

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setImported(null);
    if (!file) return;
    const next = { fileName: file.name, contentBase64: await fileToBase64(file) };
    setUpload(next);
    preview.mutate(next, {
      onSuccess: (data) => {
        const suggested = targetsFromMapping(data.suggested, data.columns.length);
        setTargets(suggested);
        const mapping = mappingFromTargets(suggested);
        if (mapping && Object.keys(mapping.items).length > 0) {
          preview.mutate({ ...next, mapping }, { onSuccess: setResult });
        } else setResult(data);
      },
    });
  };

  const recheck = () => {
    const mapping = mappingFromTargets(targets);
    if (!upload || !mapping) return;
    preview.mutate({ ...upload, mapping }, { onSuccess: setResult });
  };

  const mapping = mappingFromTargets(targets);
  const canImport =
    upload !== null && mapping !== null && result !== null && result.problems.length === 0 && result.valid > 0;

  return (
    <div className="importer">
      <div className="field">
        <label htmlFor={`${id}-file`} className="field__label">
          {t('questionnaires.import.file')}
        </label>
        <p id={`${id}-file-hint`} className="field__hint">
          {t('questionnaires.import.fileHint')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => void choose(e)}
        />
      </div>
      {preview.isError ? (
        <p role="alert" className="field__error">
          {describeError(preview.error, t)}
        </p>
      ) : null}
      {result && result.columns.length > 0 ? (
        <section className="section" aria-labelledby={`${id}-columns`}>
          <h2 id={`${id}-columns`}>{t('questionnaires.import.columns', { n: result.columns.length })}</h2>
          <p>{t('questionnaires.import.columnsIntro')}</p>
          <TableScroll labelledBy={`${id}-columns`}>
            <table className="data-table data-table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('questionnaires.import.column')}</th>
                  <th scope="col">{t('questionnaires.import.samples')}</th>
                  <th scope="col">{t('questionnaires.import.target')}</th>
                </tr>
              </thead>
              <tbody>
                {result.columns.map((column) => (
                  <tr key={column.index}>
                    <th scope="row">{column.header}</th>
                    <td className="import-samples">{column.samples.join(' · ') || '—'}</td>
                    <td>
                      <select
                        className="field__input field__input--compact"
                        aria-label={t('questionnaires.import.targetFor', { column: column.header })}
                        value={targets[column.index] ?? ''}
                        onChange={(e) => {
                          const next = [...targets];
                          next[column.index] = e.target.value as ColumnTarget;
                          setTargets(next);
                        }}
                      >
                        <option value="">{t('questionnaires.import.skip')}</option>
                        <option value="organisation">{t('questionnaires.import.organisation')}</option>
                        <option value="role">{t('questionnaires.import.role')}</option>
                        {items.map((item) => (
                          <option key={item.code} value={`item:${item.code}`}>
                            {item.code} — {(locale === 'nl' ? item.textNl : item.textEn).slice(0, 60)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {mapping === null ? <p className="field__error">{t('questionnaires.import.needOrganisation')}</p> : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={!mapping || preview.isPending}
            onClick={recheck}
          >
            {t('questionnaires.import.recheck')}
          </button>
        </section>
      ) : null}
      {result ? (
        <section className="section" aria-labelledby={`${id}-check`}>
          <h2 id={`${id}-check`}>{t('questionnaires.import.check')}</h2>
          <p role="status">
            {t('questionnaires.import.summary', {
              rows: result.rows,
              valid: result.valid,
              problems: result.problems.length,
            })}
          </p>
          {result.problems.length > 0 ? (
            <TableScroll labelledBy={`${id}-problems`}>
              <table className="data-table data-table--compact">
                <caption id={`${id}-problems`}>{t('questionnaires.import.problems')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('questionnaires.import.line')}</th>
                    <th scope="col">{t('questionnaires.import.column')}</th>
                    <th scope="col">{t('questionnaires.import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.problems.map((p) => (
                    <tr key={`${p.line}-${p.column}-${p.message}`}>
                      <td>{p.line}</td>
                      <td>{p.column ?? '—'}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          {result.sample.length > 0 ? (
            <TableScroll labelledBy={`${id}-sample`}>
              <table className="data-table data-table--compact">
                <caption id={`${id}-sample`}>{t('questionnaires.import.sample')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('questionnaires.import.line')}</th>
                    <th scope="col">{t('questionnaires.import.organisation')}</th>
                    <th scope="col">{t('questionnaires.import.role')}</th>
                    <th scope="col">{t('questionnaires.import.answers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.sample.map((row) => (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <td>{row.organisation}</td>
                      <td>{row.role ?? '—'}</td>
                      <td>{row.answers}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            disabled={!canImport || commit.isPending}
            onClick={() => {
              if (!upload || !mapping) return;
              commit.mutate(
                { ...upload, mapping },
                {
                  onSuccess: (r) => {
                    setImported(r.imported);
                    setResult(null);
                    setUpload(null);
                  },
                },
              );
            }}
          >
            {t('questionnaires.import.commit', { n: result.valid })}
          </button>
          {commit.isError ? (
            <p role="alert" className="field__error">
              {describeError(commit.error, t)}
            </p>
          ) : null}
        </section>
      ) : null}
      <div role="status">
        {imported !== null ? <p className="callout">{t('questionnaires.import.done', { n: imported })}</p> : null}
      </div>
    </div>
  );
}
