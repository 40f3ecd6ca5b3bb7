import { formatNumber, formatSignedNumber } from '@tks/shared/format';
import { LIKERT_VALUES, type LikertValue } from '@tks/shared/instrument-default';
import type { DimensionResult, Distribution, RoundResults } from '@tks/shared/schemas/questionnaires';
import { useId } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { BandLabel } from '../thermometer/BandLabel';

/** The share of each answer, for the bar; "don't know" is shown apart as it is not on the scale. */
export function distributionShares(
  distribution: Distribution,
): { value: LikertValue | 'dk'; count: number; share: number }[] {
  const total = distribution.counts.reduce((a, b) => a + b, 0) + distribution.dontKnow;
  const share = (n: number) => (total > 0 ? (n / total) * 100 : 0);
  return [
    ...LIKERT_VALUES.map((value, i) => ({
      value,
      count: distribution.counts[i] ?? 0,
      share: share(distribution.counts[i] ?? 0),
    })),
    { value: 'dk' as const, count: distribution.dontKnow, share: share(distribution.dontKnow) },
  ];
}

export function DistributionBar({ distribution, label }: { distribution: Distribution; label: string }) {
  const { t, locale } = useLocale();
  const parts = distributionShares(distribution);
  return (
    <figure className="distribution">
      <figcaption className="visually-hidden">{label}</figcaption>
      <div className="distribution__bar" aria-hidden="true">
        {parts
          .filter((p) => p.count > 0)
          .map((p) => (
            <span
              key={p.value}
              className={`distribution__part distribution__part--${p.value}`}
              style={{ width: `${p.share}%` }}
            />
          ))}
      </div>
      <ul className="distribution__legend">
        {parts.map((p) => (
          <li key={p.value}>
            <span className={`distribution__swatch distribution__part--${p.value}`} aria-hidden="true" />
            {t(p.value === 'dk' ? 'questionnaires.answer.dontKnow' : `questionnaires.answer.${p.value as LikertValue}`)}
            : <strong>{p.count}</strong>{' '}
            <span className="hint-inline">({formatNumber(p.share, locale, { decimals: 0 })}%)</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function ChangeText({ dimension, results }: { dimension: DimensionResult; results: RoundResults }) {
  const { t, locale } = useLocale();
  if (!results.previousRound) return <>{t('questionnaires.change.noPrevious')}</>;
  const quarter = formatQuarterKey(results.previousRound.quarter, locale);
  if (!dimension.change) return <>{t('questionnaires.change.notComparable', { quarter })}</>;
  const { change, meaningful, margin, previousScore } = dimension.change;
  const signed = formatSignedNumber(change, locale, { decimals: 0 });
  return (
    <>
      {meaningful
        ? t(change > 0 ? 'questionnaires.change.up' : 'questionnaires.change.down', { change: signed, quarter })
        : t('questionnaires.change.none', { change: signed, quarter })}{' '}
      <span className="hint-inline">
        {t('questionnaires.change.detail', {
          previous: formatNumber(previousScore, locale, { decimals: 0 }),
          margin: formatNumber(margin, locale, { decimals: 0 }),
        })}
      </span>
    </>
  );
}

export function ScoreFigures({ dimension, large = false }: { dimension: DimensionResult; large?: boolean }) {
  const { t, locale } = useLocale();
  if (!dimension.published) {
    return <p className="suppressed">{t('questionnaires.results.dimensionHidden', { n: dimension.n })}</p>;
  }
  return (
    <div className={large ? 'score-figures score-figures--large' : 'score-figures'}>
      <p className="score-figures__main">
        <span className="score-figures__value">{formatNumber(dimension.score, locale, { decimals: 0 })}</span>
        <span className="score-figures__unit">{t('questionnaires.results.outOf100')}</span>
      </p>
      <p className="score-figures__detail">
        {t('questionnaires.results.mean', { mean: formatNumber(dimension.mean, locale, { decimals: 1 }) })} ·{' '}
        {t('questionnaires.results.n', { n: dimension.n })}
      </p>
      <BandLabel code={dimension.band} />
    </div>
  );
}

export function GroupsTable({ dimension, title }: { dimension: DimensionResult; title: string }) {
  const { t, locale } = useLocale();
  const captionId = useId();
  if (dimension.groups.length === 0) return null;
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table data-table--compact">
        <caption id={captionId}>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questionnaires.results.group')}</th>
            <th scope="col">{t('questionnaires.results.respondents')}</th>
            <th scope="col">{t('questionnaires.results.score')}</th>
            <th scope="col">{t('questionnaires.results.meanShort')}</th>
          </tr>
        </thead>
        <tbody>
          {dimension.groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.label || t('questionnaires.invitee.noRole')}</th>
              <td>{g.n}</td>
              {g.published ? (
                <>
                  <td>{formatNumber(g.score, locale, { decimals: 0 })}</td>
                  <td>{formatNumber(g.mean, locale, { decimals: 1 })}</td>
                </>
              ) : (
                <td colSpan={2} className="suppressed">
                  {t('questionnaires.results.groupHidden')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
