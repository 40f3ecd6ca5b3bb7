import { COMPONENTS } from '@tks/shared/components';
import type { QuarterKey } from '@tks/shared/periods';
import type { Band, ComponentScore } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { Link } from 'react-router';
import { componentUrl } from '../../app/paths';
import { useLocale } from '../../i18n/useLocale';
import { BandLabel } from './BandLabel';
import { ComparisonList } from './ComparisonList';
import { CoverageText } from './CoverageText';
import { ScoreValue } from './ScoreValue';
import { Sparkline } from './Sparkline';
import { withQuarter } from './useThermometer';

interface ComponentTileProps {
  slug: string;
  component: ComponentScore;
  bands: readonly Band[];
  /** The quarter in the URL, carried into the drill-down link. */
  quarter: QuarterKey | undefined;
}

/**
 * One toolkit component at a glance. The name is the tile's one link (stretched over the whole
 * tile), so the tile is one tab stop and one link name for a screen reader.
 */
export function ComponentTile({ slug, component, bands, quarter }: ComponentTileProps) {
  const { locale } = useLocale();
  const headingId = useId();
  const meta = COMPONENTS[component.code];
  return (
    <li className={`component-tile band-accent--${component.band ?? 'none'}`}>
      <article className="component-tile__body" aria-labelledby={headingId}>
        <h3 className="component-tile__title" id={headingId}>
          <span className="component-tile__number" aria-hidden="true">
            {meta.number}
          </span>
          <Link className="component-tile__link" to={withQuarter(componentUrl(slug, component.code), quarter)}>
            {meta[locale]}
          </Link>
        </h3>
        <p className="component-tile__score">
          <ScoreValue score={component.score} />
        </p>
        {component.score !== null ? (
          <p className="component-tile__band">
            <BandLabel code={component.band} />
          </p>
        ) : null}
        <ComparisonList
          previousQuarter={component.previousQuarter}
          sameQuarterLastYear={component.sameQuarterLastYear}
        />
        <p className="component-tile__coverage">
          <CoverageText coverage={component.coverage} />
        </p>
        <Sparkline points={component.sparkline} bands={bands} />
      </article>
    </li>
  );
}
