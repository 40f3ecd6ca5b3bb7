import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { formatNumber } from '@tks/shared/format';
import { BREAKDOWNS, type Breakdown, type RoundResults } from '@tks/shared/schemas/questionnaires';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { StatGrid } from '../../components/StatGrid';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { BandLabel } from '../thermometer/BandLabel';
import { ChangeText, DistributionBar, GroupsTable, ScoreFigures } from './DimensionFigures';
import { questionnaireUrls } from './paths';
import { questionnaireQueries } from './queries';
import { useNumericParam } from './useRoundId';

export function ResultsPage() {
  const slug = useCoalitionSlug();
  const roundId = useNumericParam('roundId') ?? 0;
  const [breakdown, setBreakdown] = useState<Breakdown>('none');
  const query = useQuery({
    ...questionnaireQueries.results(slug, roundId, breakdown),
    placeholderData: (prev) => prev,
  });
  return (
    <QueryResult query={query}>
      {(results) => <Results slug={slug} results={results} breakdown={breakdown} onBreakdown={setBreakdown} />}
    </QueryResult>
  );
}

export function ReadingBands({ results }: { results: RoundResults }) {
  const { t, locale } = useLocale();
  return (
    <ul className="reading-bands">
      {results.bands.map((band) => (
        <li key={band.code}>
          <BandLabel code={band.code} />{' '}
          <span className="hint-inline">
            {t('questionnaires.bands.range', {
              from: formatNumber(band.from, locale),
              to: formatNumber(band.to, locale),
              meanFrom: formatNumber(1 + (band.from / 100) * 4, locale, { decimals: 1 }),
              meanTo: formatNumber(1 + (band.to / 100) * 4, locale, { decimals: 1 }),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Results({
  slug,
  results,
  breakdown,
  onBreakdown,
}: {
  slug: string;
  results: RoundResults;
  breakdown: Breakdown;
  onBreakdown: (b: Breakdown) => void;
}) {
  const { t, locale } = useLocale();
  const breakdownId = useId();
  const openId = useId();
  const bandsId = useId();
  const { round } = results;
  return (
    <>
      <PageHeader
        title={t('questionnaires.results.title', { round: round.title })}
        eyebrow={t('questionnaires.round.eyebrow', { quarter: formatQuarterKey(round.quarter, locale) })}
        description={t('questionnaires.results.description', { min: results.minGroupSize })}
      >
        <ul className="link-list link-list--inline">
          <li>
            <Link to={questionnaireUrls.overview(slug)}>{t('questionnaires.backToOverview')}</Link>
          </li>
          <li>
            <Link to={questionnaireUrls.discuss(slug, round.id)}>{t('questionnaires.link.discuss')}</Link>
          </li>
        </ul>
      </PageHeader>
      {results.preliminary ? <p className="callout">{t('questionnaires.results.preliminary')}</p> : null}
      <StatGrid
        stats={[
          { id: 'respondents', label: t('questionnaires.results.respondents'), value: results.respondents },
          {
            id: 'score',
            label: t('questionnaires.results.overall'),
            value: results.published ? formatNumber(results.overall.score, locale, { decimals: 0 }) : '—',
          },
          {
            id: 'mean',
            label: t('questionnaires.results.overallMean'),
            value: results.published ? formatNumber(results.overall.mean, locale, { decimals: 1 }) : '—',
          },
          { id: 'min', label: t('questionnaires.results.minimum'), value: results.minGroupSize },
        ]}
      />
      {!results.published ? (
        <p className="callout">
          {t('questionnaires.results.notPublished', { n: results.respondents, min: results.minGroupSize })}
        </p>
      ) : null}

      <section className="section" aria-labelledby={bandsId}>
        <h2 id={bandsId}>{t('questionnaires.bands.heading')}</h2>
        <ReadingBands results={results} />
        <p className="hint">{t('questionnaires.change.rule')}</p>
      </section>

      <fieldset className="breakdown-choice">
        <legend id={breakdownId}>{t('questionnaires.results.breakdown')}</legend>
        {BREAKDOWNS.map((b) => (
          <label key={b} className="breakdown-choice__option">
            <input type="radio" name="breakdown" value={b} checked={breakdown === b} onChange={() => onBreakdown(b)} />
            {t(`questionnaires.breakdown.${b}`)}
          </label>
        ))}
        {breakdown !== 'none' ? (
          <p className="hint">{t('questionnaires.results.breakdownRule', { min: results.minGroupSize })}</p>
        ) : null}
      </fieldset>

      <div className={breakdown === 'none' ? 'dimension-list' : 'dimension-list dimension-list--wide'}>
        {results.dimensions.map((d) => {
          const name = locale === 'nl' ? d.nameNl : d.nameEn;
          return (
            <section key={d.code} className="dimension-card" aria-labelledby={`dimension-${d.code}`}>
              <h2 id={`dimension-${d.code}`} className="dimension-card__title">
                <span className="dimension-card__code">{d.code}</span> {name}
              </h2>
              <p className="hint">{t('questionnaires.results.component', { name: COMPONENTS[d.component][locale] })}</p>
              <ScoreFigures dimension={d} />
              {d.published ? (
                <>
                  {d.distribution ? (
                    <DistributionBar
                      distribution={d.distribution}
                      label={t('questionnaires.results.distributionOf', { name })}
                    />
                  ) : null}
                  <p>
                    <ChangeText dimension={d} results={results} />
                  </p>
                  <p className="hint">
                    {d.spread
                      ? t('questionnaires.results.spread', {
                          n: d.spread.organisations,
                          lowest: formatNumber(d.spread.lowest, locale, { decimals: 0 }),
                          highest: formatNumber(d.spread.highest, locale, { decimals: 0 }),
                        })
                      : t('questionnaires.results.noSpread')}
                  </p>
                  <GroupsTable
                    dimension={d}
                    title={t(`questionnaires.results.groupsCaption.${breakdown === 'role' ? 'role' : 'organisation'}`, {
                      name,
                    })}
                  />
                  <details className="disclosure">
                    <summary>{t('questionnaires.results.items', { n: d.items.length })}</summary>
                    <ul className="item-results">
                      {d.items.map((item) => (
                        <li key={item.code}>
                          <p>
                            <span className="dimension-card__code">{item.code}</span>{' '}
                            {locale === 'nl' ? item.textNl : item.textEn}
                          </p>
                          {item.distribution ? (
                            <>
                              <p className="hint">
                                {t('questionnaires.results.mean', {
                                  mean: formatNumber(item.mean, locale, { decimals: 1 }),
                                })}{' '}
                                · {t('questionnaires.results.n', { n: item.n })}
                              </p>
                              <DistributionBar distribution={item.distribution} label={item.code} />
                            </>
                          ) : (
                            <p className="suppressed">{t('questionnaires.results.dimensionHidden', { n: item.n })}</p>
                          )}
                        </li>
                      ))}
                    </ul>
                  </details>
                </>
              ) : null}
            </section>
          );
        })}
      </div>

      <section className="section" aria-labelledby={openId}>
        <h2 id={openId}>{t('questionnaires.results.openHeading')}</h2>
        {results.openQuestions.map((q) => (
          <div key={q.code} className="open-answers">
            <h3>{locale === 'nl' ? q.textNl : q.textEn}</h3>
            {q.answers === null ? (
              <p className="suppressed">{t('questionnaires.results.openHidden', { min: results.minGroupSize })}</p>
            ) : q.groups.length > 0 ? (
              q.groups.map((g) => (
                <div key={g.key}>
                  <h4>{g.label || t('questionnaires.invitee.noRole')}</h4>
                  <AnswerList answers={g.answers} />
                </div>
              ))
            ) : (
              <AnswerList answers={q.answers} />
            )}
          </div>
        ))}
        {breakdown !== 'none' ? <p className="hint">{t('questionnaires.results.openGroupsRule')}</p> : null}
      </section>
    </>
  );
}

function AnswerList({ answers }: { answers: readonly string[] }) {
  const { t } = useLocale();
  if (answers.length === 0) return <p className="missing">{t('questionnaires.results.noOpenAnswers')}</p>;
  return (
    <ul className="open-answers__list">
      {answers.map((a, i) => (
        // Answers may repeat word for word; their position is their identity here.
        // biome-ignore lint/suspicious/noArrayIndexKey: a static, sorted list
        <li key={i}>{a}</li>
      ))}
    </ul>
  );
}
