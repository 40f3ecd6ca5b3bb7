import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { formatDateTime, formatNumber } from '@tks/shared/format';
import type { DimensionResult, RoundResults } from '@tks/shared/schemas/questionnaires';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { coalitionUrl, SEGMENTS } from '../../app/paths';
import { describeError } from '../../components/ErrorState';
import { TextAreaField, TextField } from '../../components/form/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { BandIcon } from '../thermometer/BandLabel';
import { bandName } from '../thermometer/text';
import { ChangeText, DistributionBar, ScoreFigures } from './DimensionFigures';
import { useCreateActionMutation, useSaveConclusionMutation } from './mutations';
import { questionnaireUrls } from './paths';
import { questionnaireQueries } from './queries';
import { ReadingBands } from './ResultsPage';
import { useNumericParam } from './useRoundId';

/** The results for the coalition meeting: one dimension at a time, large, with the meeting's conclusions. */
export function DiscussionPage() {
  const slug = useCoalitionSlug();
  const roundId = useNumericParam('roundId') ?? 0;
  const query = useQuery(questionnaireQueries.results(slug, roundId, 'none'));
  return <QueryResult query={query}>{(results) => <Discussion slug={slug} results={results} />}</QueryResult>;
}

const OVERVIEW = 'overzicht';

function Discussion({ slug, results }: { slug: string; results: RoundResults }) {
  const { t, locale } = useLocale();
  const canEdit = useCoalitionRole(slug) === 'coordinator';
  const [params, setParams] = useSearchParams();
  const codes = [OVERVIEW, ...results.dimensions.map((d) => d.code)];
  const current = codes.includes(params.get('d') ?? '') ? (params.get('d') as string) : OVERVIEW;
  const index = codes.indexOf(current);
  const go = (i: number) => setParams({ d: codes[Math.max(0, Math.min(codes.length - 1, i))] ?? OVERVIEW });
  const stageRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [presenting, setPresenting] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    // Moving to the next dimension moves focus to its title, so a screen reader announces it.
    if (first.current) {
      first.current = false;
      return;
    }
    if (current !== '') headingRef.current?.focus();
  }, [current]);

  useEffect(() => {
    const leave = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', leave);
    return () => document.removeEventListener('fullscreenchange', leave);
  }, []);

  const togglePresent = () => {
    const next = !presenting;
    setPresenting(next);
    if (next) void stageRef.current?.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  const dimension = results.dimensions.find((d) => d.code === current) ?? null;
  const conclusionFor = (code: string | null) => results.conclusions.find((c) => c.dimensionCode === code) ?? null;

  return (
    <>
      <PageHeader
        title={t('questionnaires.discuss.title', { round: results.round.title })}
        eyebrow={t('questionnaires.round.eyebrow', { quarter: formatQuarterKey(results.round.quarter, locale) })}
        description={t('questionnaires.discuss.description')}
      >
        <ul className="link-list link-list--inline">
          <li>
            <Link to={questionnaireUrls.overview(slug)}>{t('questionnaires.backToOverview')}</Link>
          </li>
          <li>
            <Link to={questionnaireUrls.results(slug, results.round.id)}>{t('questionnaires.link.results')}</Link>
          </li>
        </ul>
      </PageHeader>
      <div ref={stageRef} className={presenting ? 'discussion discussion--present' : 'discussion'}>
        <nav className="discussion__nav" aria-label={t('questionnaires.discuss.navLabel')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={index === 0}
            onClick={() => go(index - 1)}
          >
            ← {t('questionnaires.discuss.previous')}
          </button>
          <p className="discussion__position">
            {t('questionnaires.discuss.position', { n: index + 1, total: codes.length })}
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={index === codes.length - 1}
            onClick={() => go(index + 1)}
          >
            {t('questionnaires.discuss.next')} →
          </button>
          <button type="button" className="button button--secondary" aria-pressed={presenting} onClick={togglePresent}>
            {presenting ? t('questionnaires.discuss.stopPresenting') : t('questionnaires.discuss.present')}
          </button>
        </nav>
        <ol className="discussion__steps">
          {codes.map((code, i) => (
            <li key={code}>
              <button
                type="button"
                className="discussion__step"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                {code === OVERVIEW ? t('questionnaires.discuss.overview') : code}
              </button>
            </li>
          ))}
        </ol>

        {dimension ? (
          <section className="discussion__slide" aria-labelledby="discussion-title">
            <h2 id="discussion-title" ref={headingRef} tabIndex={-1} className="discussion__title">
              <span className="dimension-card__code">{dimension.code}</span>{' '}
              {locale === 'nl' ? dimension.nameNl : dimension.nameEn}
            </h2>
            <p className="hint">
              {t('questionnaires.results.component', { name: COMPONENTS[dimension.component][locale] })}
            </p>
            <DimensionSlide dimension={dimension} results={results} />
            <ConclusionEditor
              key={`c-${dimension.code}`}
              slug={slug}
              roundId={results.round.id}
              dimensionCode={dimension.code}
              saved={conclusionFor(dimension.code)}
              canEdit={canEdit}
            />
            {canEdit ? (
              <ActionForm
                key={`a-${dimension.code}`}
                slug={slug}
                roundId={results.round.id}
                dimension={dimension}
                conclusion={conclusionFor(dimension.code)?.conclusion ?? ''}
              />
            ) : null}
          </section>
        ) : (
          <section className="discussion__slide" aria-labelledby="discussion-title">
            <h2 id="discussion-title" ref={headingRef} tabIndex={-1} className="discussion__title">
              {t('questionnaires.discuss.overview')}
            </h2>
            <p className="discussion__big">
              {results.published
                ? t('questionnaires.discuss.overallLine', {
                    score: formatNumber(results.overall.score, locale, { decimals: 0 }),
                    mean: formatNumber(results.overall.mean, locale, { decimals: 1 }),
                    n: results.respondents,
                  })
                : t('questionnaires.results.notPublished', { n: results.respondents, min: results.minGroupSize })}
            </p>
            <ul className="overview-scores">
              {results.dimensions.map((d) => (
                <li key={d.code}>
                  <button type="button" className="overview-scores__item" onClick={() => go(codes.indexOf(d.code))}>
                    <span className="dimension-card__code">{d.code}</span>
                    <span className="overview-scores__name">{locale === 'nl' ? d.nameNl : d.nameEn}</span>
                    <span className="overview-scores__score">
                      {d.published ? formatNumber(d.score, locale, { decimals: 0 }) : '—'}
                    </span>
                    <BandIcon code={d.band} />
                    <span className="visually-hidden">{bandName(d.band, t)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <ReadingBands results={results} />
            <ConclusionEditor
              key="c-overall"
              slug={slug}
              roundId={results.round.id}
              dimensionCode={null}
              saved={conclusionFor(null)}
              canEdit={canEdit}
            />
          </section>
        )}
      </div>
    </>
  );
}

function DimensionSlide({ dimension, results }: { dimension: DimensionResult; results: RoundResults }) {
  const { t, locale } = useLocale();
  return (
    <div className="discussion__figures">
      <ScoreFigures dimension={dimension} large />
      {dimension.published && dimension.distribution ? (
        <div>
          <DistributionBar
            distribution={dimension.distribution}
            label={t('questionnaires.results.distributionOf', {
              name: locale === 'nl' ? dimension.nameNl : dimension.nameEn,
            })}
          />
          <p className="discussion__change">
            <ChangeText dimension={dimension} results={results} />
          </p>
          {dimension.spread ? (
            <p className="hint">
              {t('questionnaires.results.spread', {
                n: dimension.spread.organisations,
                lowest: formatNumber(dimension.spread.lowest, locale, { decimals: 0 }),
                highest: formatNumber(dimension.spread.highest, locale, { decimals: 0 }),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ConclusionEditor({
  slug,
  roundId,
  dimensionCode,
  saved,
  canEdit,
}: {
  slug: string;
  roundId: number;
  dimensionCode: string | null;
  saved: { conclusion: string; updatedAt: string } | null;
  canEdit: boolean;
}) {
  const { t, locale } = useLocale();
  const id = useId();
  const [text, setText] = useState(saved?.conclusion ?? '');
  const save = useSaveConclusionMutation(slug, roundId);
  const [status, setStatus] = useState('');
  if (!canEdit) {
    return (
      <div className="conclusion">
        <h3>{t('questionnaires.discuss.conclusion')}</h3>
        {saved?.conclusion ? (
          <p>{saved.conclusion}</p>
        ) : (
          <p className="missing">{t('questionnaires.discuss.noConclusion')}</p>
        )}
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { dimensionCode, conclusion: text },
      { onSuccess: () => setStatus(t('questionnaires.discuss.saved', { time: formatDateTime(new Date(), locale) })) },
    );
  };
  return (
    <form className="conclusion form" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('questionnaires.discuss.conclusion')}</h3>
      <TextAreaField
        id={`${id}-text`}
        label={t('questionnaires.discuss.conclusionLabel')}
        hint={t('questionnaires.discuss.conclusionHint')}
        rows={4}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setStatus('');
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('questionnaires.discuss.saveConclusion')}
        </button>
        <p className="form__status" role="status">
          {status}
        </p>
      </div>
      {save.isError ? (
        <p role="alert" className="field__error">
          {describeError(save.error, t)}
        </p>
      ) : null}
    </form>
  );
}

function ActionForm({
  slug,
  roundId,
  dimension,
  conclusion,
}: {
  slug: string;
  roundId: number;
  dimension: DimensionResult;
  conclusion: string;
}) {
  const { t } = useLocale();
  const id = useId();
  const create = useCreateActionMutation(slug, roundId);
  const [values, setValues] = useState({ title: '', description: conclusion, ownerName: '', dueOn: '' });
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.title.trim().length < 3) {
      setError(t('form.error.tooShort', { n: 3 }));
      return;
    }
    setError(undefined);
    create.mutate(
      {
        title: values.title.trim(),
        description: values.description.trim(),
        component: dimension.component,
        ownerName: values.ownerName.trim() || null,
        dueOn: values.dueOn || null,
        dimensionCode: dimension.code,
      },
      {
        onSuccess: (action) => {
          setCreated(action.title);
          setValues({ title: '', description: '', ownerName: '', dueOn: '' });
        },
      },
    );
  };
  return (
    <details className="disclosure action-from-results">
      <summary>{t('questionnaires.discuss.createAction')}</summary>
      <form className="form" noValidate onSubmit={submit} aria-label={t('questionnaires.discuss.createAction')}>
        <TextField
          id={`${id}-title`}
          label={t('questionnaires.discuss.actionTitle')}
          value={values.title}
          error={error}
          onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
        />
        <TextAreaField
          id={`${id}-description`}
          label={t('questionnaires.discuss.actionDescription')}
          optional
          rows={3}
          value={values.description}
          onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
        />
        <div className="form__row">
          <TextField
            id={`${id}-owner`}
            label={t('questionnaires.discuss.actionOwner')}
            optional
            value={values.ownerName}
            onChange={(e) => setValues((v) => ({ ...v, ownerName: e.target.value }))}
          />
          <TextField
            id={`${id}-due`}
            label={t('questionnaires.discuss.actionDue')}
            optional
            type="date"
            value={values.dueOn}
            onChange={(e) => setValues((v) => ({ ...v, dueOn: e.target.value }))}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('questionnaires.discuss.actionSubmit')}
          </button>
        </div>
        <div role="status">
          {created ? (
            <p>
              {t('questionnaires.discuss.actionCreated', { title: created })}{' '}
              <Link to={coalitionUrl(slug, SEGMENTS.actions)}>{t('questionnaires.discuss.toActions')}</Link>
            </p>
          ) : null}
        </div>
        {create.isError ? (
          <p role="alert" className="field__error">
            {describeError(create.error, t)}
          </p>
        ) : null}
      </form>
    </details>
  );
}
