import type { Thermometer } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { BandLabel } from './BandLabel';
import { ComparisonList } from './ComparisonList';
import { ScoreValue } from './ScoreValue';
import { ThermometerGraphic } from './ThermometerGraphic';

/** The thermometer beside the overall score in words: band, comparisons and how complete it is. */
export function OverallSummary({ data }: { data: Thermometer }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const { overall } = data;
  return (
    <section className="overall" aria-labelledby={headingId}>
      <div className="overall__graphic">
        <ThermometerGraphic
          score={overall.score}
          band={overall.band}
          bands={data.bands}
          componentsWithData={overall.componentsWithData}
          componentsTotal={overall.componentsTotal}
        />
      </div>
      <div className="overall__text">
        <h2 id={headingId} className="overall__heading">
          {t('thermometer.summary.heading', { quarter: formatQuarterKey(data.quarter, locale) })}
        </h2>
        <p className="overall__score">
          <ScoreValue score={overall.score} size="large" />
        </p>
        {overall.score !== null ? (
          <p className="overall__band">
            <BandLabel code={overall.band} />
          </p>
        ) : null}
        <ComparisonList
          previousQuarter={overall.previousQuarter}
          sameQuarterLastYear={overall.sameQuarterLastYear}
          labelled
        />
        <p className="overall__coverage">
          {t('thermometer.summary.componentsWithData', {
            withData: overall.componentsWithData,
            total: overall.componentsTotal,
          })}
        </p>
        {overall.componentsWithData < overall.componentsTotal ? (
          <p className="hint">{t('thermometer.summary.partial')}</p>
        ) : null}
      </div>
    </section>
  );
}
