import { formatNumber } from '@tks/shared/format';
import type { Band, BandCode } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { bandZones, THERMOMETER_LAYOUT as L, mercury, ticks } from './geometry';
import { bandName, bandRangeText, formatScore } from './text';

interface ThermometerGraphicProps {
  score: number | null;
  band: BandCode | null;
  bands: readonly Band[];
  componentsWithData: number;
  componentsTotal: number;
}

/**
 * The overall score as a thermometer: a tube on a 0–100 scale filled up to the score, the bands
 * as zones beside it with their names and edges, and the score printed beneath. Without a score
 * the tube stays empty. Screen readers get the same in one sentence.
 */
export function ThermometerGraphic({
  score,
  band,
  bands,
  componentsWithData,
  componentsTotal,
}: ThermometerGraphicProps) {
  const { t, locale } = useLocale();
  const titleId = useId();
  const descId = useId();
  const zones = bandZones(bands, L.scale);
  const fill = mercury(score);
  const bandClass = band ?? 'none';

  const coverage = t('thermometer.summary.componentsWithData', {
    withData: componentsWithData,
    total: componentsTotal,
  });
  const scoreText =
    score === null
      ? t('thermometer.graphic.missing')
      : [
          t('thermometer.graphic.score', { score: formatScore(score, locale) }),
          ...(band ? [bandName(band, t).toLocaleLowerCase(locale)] : []),
        ].join(', ');
  const title = `${scoreText}; ${coverage}`;
  const desc = t('thermometer.graphic.desc', {
    zones: zones
      .map((zone) => `${bandName(zone.code, t).toLocaleLowerCase(locale)} ${bandRangeText(zone, t, locale, 'long')}`)
      .join(', '),
  });

  const tubeHeight = L.bulb.cy - L.tube.top;
  const tickStart = L.tube.x - L.ticks.gap;

  return (
    <svg
      className={`thermo thermo--${bandClass}`}
      viewBox={`0 0 ${L.width} ${L.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{desc}</desc>

      {/* The glass: a thick edge, then the inside painted over it so tube and bulb read as one shape. */}
      <g className="thermo__glass-edge">
        <rect x={L.tube.x} y={L.tube.top} width={L.tube.width} height={tubeHeight} rx={L.tube.width / 2} />
        <circle cx={L.bulb.cx} cy={L.bulb.cy} r={L.bulb.r} />
      </g>
      <g className="thermo__glass-inside">
        <rect x={L.tube.x} y={L.tube.top} width={L.tube.width} height={tubeHeight} rx={L.tube.width / 2} />
        <circle cx={L.bulb.cx} cy={L.bulb.cy} r={L.bulb.r} />
      </g>

      {fill ? <path className="thermo__mercury" d={fill.path} /> : null}

      <g className="thermo__ticks">
        {ticks(L.scale).map((tick) => (
          <g key={tick.value}>
            <line
              x1={tickStart - (tick.major ? L.ticks.majorLength : L.ticks.minorLength)}
              x2={tickStart}
              y1={tick.y}
              y2={tick.y}
              className={tick.major ? 'thermo__tick thermo__tick--major' : 'thermo__tick'}
            />
            {tick.major ? (
              <text
                x={tickStart - L.ticks.majorLength - 4}
                y={tick.y}
                className="thermo__tick-label"
                textAnchor="end"
                dominantBaseline="central"
              >
                {formatNumber(tick.value, locale)}
              </text>
            ) : null}
          </g>
        ))}
      </g>

      <g className="thermo__zones">
        {zones.map((zone) => (
          <g key={zone.code} className={zone.code === band ? 'thermo__zone is-current' : 'thermo__zone'}>
            <rect
              x={L.zones.x}
              y={zone.y}
              width={L.zones.width}
              height={zone.height}
              className={`thermo__zone-fill thermo__zone-fill--${zone.code}`}
            />
            <text x={L.labelX} y={zone.labelY - 3} className={`thermo__zone-name thermo__zone-name--${zone.code}`}>
              {bandName(zone.code, t)}
            </text>
            <text x={L.labelX} y={zone.labelY + 13} className="thermo__zone-range">
              {bandRangeText(zone, t, locale)}
            </text>
          </g>
        ))}
      </g>

      {fill ? (
        <line
          className="thermo__level"
          x1={L.tube.x + L.tube.width}
          x2={L.zones.x + L.zones.width + 4}
          y1={fill.y}
          y2={fill.y}
        />
      ) : null}

      {score === null ? (
        <text x={L.score.x} y={L.score.y} className="thermo__missing">
          {t('score.missing')}
        </text>
      ) : (
        <>
          <text x={L.score.x} y={L.score.y} className="thermo__score">
            <tspan className="thermo__score-number">{formatScore(score, locale)}</tspan>
            <tspan className="thermo__score-unit" dx={4}>
              {t('score.outOf')}
            </tspan>
          </text>
          {band ? (
            <text x={L.score.x} y={L.bandY} className={`thermo__band thermo__band--${band}`}>
              {bandName(band, t)}
            </text>
          ) : null}
        </>
      )}
    </svg>
  );
}
