import { COMPONENTS } from '@tks/shared/components';
import { formatNumber } from '@tks/shared/format';
import type { QuarterKey } from '@tks/shared/periods';
import type { ComponentScore, Measure } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { Link } from 'react-router';
import { Missing } from '../../components/Missing';
import { TableScroll } from '../../components/TableScroll';
import type { Translate } from '../../i18n/translate';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey, formatQuarterKey } from '../../lib/periods';
import { indicatorUrl } from '../indicators/paths';
import { formatMeasureValue, formatScore, measureStatusText } from './text';

interface MeasuresTableProps {
  slug: string;
  component: ComponentScore;
  quarter: QuarterKey;
}

/** Every measure of a component: what it is, whether it counts and why not, and the figures behind it. */
export function MeasuresTable({ slug, component, quarter }: MeasuresTableProps) {
  const { t, locale } = useLocale();
  const captionId = useId();
  const name = COMPONENTS[component.code][locale];
  const inUnit = (measure: Measure, value: number | null) =>
    value === null ? <Missing /> : formatMeasureValue(value, measure.unit, locale, t);
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table measures-table">
        <caption id={captionId}>
          {t('component.measures.caption', { name, quarter: formatQuarterKey(quarter, locale) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('measure.column.name')}</th>
            <th scope="col">{t('measure.column.status')}</th>
            <th scope="col" className="num">
              {t('measure.column.score')}
            </th>
            <th scope="col" className="num">
              {t('measure.column.value')}
            </th>
            <th scope="col">{t('measure.column.period')}</th>
            <th scope="col">{t('measure.column.direction')}</th>
            <th scope="col" className="num">
              {t('measure.column.target')}
            </th>
            <th scope="col" className="num">
              {t('measure.column.baseline')}
            </th>
            <th scope="col" className="num">
              {t('measure.column.reference')}
            </th>
            <th scope="col" className="num">
              <abbr title={t('measure.column.n.long')}>{t('measure.column.n')}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {component.measures.map((measure) => {
            // Below the minimum group size nothing about the answers is shown, whatever arrives.
            const hidden = measure.status === 'suppressed';
            return (
              <tr key={measure.key} className={measure.status === 'scored' ? undefined : 'is-not-scored'}>
                <th scope="row">
                  <MeasureName
                    slug={slug}
                    measure={measure}
                    t={t}
                    name={locale === 'nl' ? measure.nameNl : measure.nameEn}
                  />
                  <span className="cell-detail">
                    {t(`measure.kind.${measure.kind}`)} · <span className="code">{measure.code}</span>
                  </span>
                </th>
                <td>
                  <span className={`badge ${measure.status === 'scored' ? 'badge--ok' : 'badge--neutral'}`}>
                    {measureStatusText(measure, t, locale)}
                  </span>
                </td>
                <td className="num">
                  {measure.score === null || hidden ? <Missing /> : formatScore(measure.score, locale)}
                </td>
                <td className="num">{hidden ? <Missing /> : inUnit(measure, measure.value)}</td>
                <td className="nowrap">
                  {measure.period === null ? <Missing /> : formatPeriodKey(measure.period, locale)}
                </td>
                <td>{t(`direction.${measure.direction}`)}</td>
                <td className="num">{inUnit(measure, measure.target)}</td>
                <td className="num">{inUnit(measure, measure.baseline)}</td>
                <td className="num">{inUnit(measure, measure.reference)}</td>
                <td className="num">{measure.n === null ? <Missing /> : formatNumber(measure.n, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

interface MeasureNameProps {
  slug: string;
  measure: Measure;
  name: string;
  t: Translate;
}

/** An indicator leads to its own page: definition, series and where each value came from. */
function MeasureName({ slug, measure, name, t }: MeasureNameProps) {
  if (measure.kind !== 'indicator') return <>{name}</>;
  return (
    <Link to={indicatorUrl(slug, measure.code)}>
      {name}
      <span className="visually-hidden"> ({t('component.measures.indicatorLink')})</span>
    </Link>
  );
}
