import { COMPONENTS } from '@tks/shared/components';
import { formatDate, formatNumber } from '@tks/shared/format';
import { bandOfValue } from '@tks/shared/indicator-bands';
import type { IndicatorDetail, IndicatorReference } from '@tks/shared/schemas/indicators';
import type { Band } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey, formatQuarterKey } from '../../lib/periods';
import { BandLabel } from '../thermometer/BandLabel';
import { formatIndicatorValue } from './formatIndicatorValue';

/** Everything a reader needs to interpret the numbers, in the order a printed definition gives it. */
export function DefinitionCard({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const { indicator, current } = detail;
  const inUnit = (value: number) => formatIndicatorValue(value, indicator.unit, locale, t);
  const reference = (entry: IndicatorReference | null) =>
    entry === null ? (
      <span className="is-missing">{t('indicator.definition.none')}</span>
    ) : (
      <>
        {inUnit(entry.value)}{' '}
        <span className="cell-detail-inline">
          ({t('indicator.definition.validFrom', { quarter: formatQuarterKey(entry.validFrom, locale) })})
        </span>
      </>
    );
  const latest = detail.values.filter((v) => v.current).at(-1);
  const latestBand = bandOfValue(latest?.value ?? null, indicator.colourBands);
  const description = locale === 'nl' ? indicator.descriptionNl : indicator.descriptionEn;
  return (
    <section className="section definition-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('indicator.definition.heading')}</h2>
      <p className="definition-card__description">{description || t('indicator.definition.noDescription')}</p>
      <dl className="definition-list">
        <div>
          <dt>{t('indicator.definition.numerator')}</dt>
          <dd>{indicator.numeratorText ?? <span className="is-missing">{t('indicator.definition.none')}</span>}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.denominator')}</dt>
          <dd>{indicator.denominatorText ?? <span className="is-missing">{t('indicator.definition.none')}</span>}</dd>
        </div>
        {indicator.numeratorText && indicator.denominatorText ? (
          <div>
            <dt>{t('indicator.definition.factor')}</dt>
            <dd>{t('indicator.definition.factor.value', { factor: formatNumber(indicator.factor, locale) })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('indicator.definition.unit')}</dt>
          <dd>{t(`unitName.${indicator.unit}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.direction')}</dt>
          <dd>{t(`direction.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.source')}</dt>
          <dd>{t(`source.${indicator.source}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.component')}</dt>
          <dd>{COMPONENTS[indicator.component][locale]}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.frequency')}</dt>
          <dd>{t(`frequency.${indicator.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.target')}</dt>
          <dd>{reference(current.target)}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.baseline')}</dt>
          <dd>{reference(current.baseline)}</dd>
        </div>
        <div>
          <dt>{t('indicator.definition.national')}</dt>
          <dd>{reference(current.national)}</dd>
        </div>
        {indicator.plausibleMin !== null && indicator.plausibleMax !== null ? (
          <div>
            <dt>{t('indicator.definition.plausible')}</dt>
            <dd>
              {t('indicator.definition.plausible.value', {
                min: formatNumber(indicator.plausibleMin, locale, { maxDecimals: 3 }),
                max: formatNumber(indicator.plausibleMax, locale, { maxDecimals: 3 }),
              })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('indicator.definition.lastUpdate')}</dt>
          <dd>
            {latest ? (
              <>
                {latest.value === null
                  ? t('indicator.suppressed.short')
                  : formatIndicatorValue(latest.value, indicator.unit, locale, t)}
                {/* The band in words and icon as well as colour, so it reads without colour too. */}
                {latestBand ? (
                  <>
                    {' '}
                    <BandLabel code={latestBand.code} />
                  </>
                ) : null}
                <span className="cell-detail">
                  {t('indicator.definition.lastUpdate.value', {
                    period: formatPeriodKey(latest.period, locale),
                    date: formatDate(latest.batch?.createdAt ?? latest.createdAt, locale),
                  })}
                </span>
              </>
            ) : (
              <span className="is-missing">{t('state.noData')}</span>
            )}
          </dd>
        </div>
        <div className="definition-list__wide">
          <dt>{t('indicator.definition.bands')}</dt>
          <dd>
            {indicator.colourBands ? (
              <BandList bands={indicator.colourBands} format={(v) => formatNumber(v, locale, { maxDecimals: 3 })} />
            ) : (
              <span className="is-missing">{t('indicator.definition.bands.none')}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function BandList({ bands, format }: { bands: readonly Band[]; format: (value: number) => string }) {
  const { t } = useLocale();
  return (
    <>
      <ul className="band-list">
        {bands.map((band, i) => (
          <li key={`${band.from}-${band.to}`}>
            <span className={`band-swatch band-swatch--${band.code}`} aria-hidden="true" />
            <strong>{t(`indicator.band.${band.code}`)}</strong>{' '}
            {t(i === bands.length - 1 ? 'indicator.band.rangeLast' : 'indicator.band.range', {
              from: format(band.from),
              to: format(band.to),
            })}
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('indicator.band.rule')}</p>
    </>
  );
}
