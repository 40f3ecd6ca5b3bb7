import { COMPONENTS, type ComponentCode } from '@tks/shared/components';
import { ACTION_STATUSES } from '@tks/shared/domain';
import { formatDate, formatDateTime, formatNumber } from '@tks/shared/format';
import type { Report } from '@tks/shared/schemas/report';
import { MEANINGFUL_CHANGE } from '@tks/shared/scoring';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Missing } from '../../components/Missing';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { BandLabel } from '../thermometer/BandLabel';
import { ComparisonList } from '../thermometer/ComparisonList';
import { CoverageText } from '../thermometer/CoverageText';
import { ScoreValue } from '../thermometer/ScoreValue';
import { ThermometerGraphic } from '../thermometer/ThermometerGraphic';
import { bandName, bandRangeText, comparisonText } from '../thermometer/text';
import { ChartDownloads } from './ChartDownloads';
import { changeSentence } from './changeText';
import { ReportTrendChart } from './ReportTrendChart';

/* Okabe–Ito colours as on the trends page, told apart by colour-blind readers too. */
const COLOURS: Record<ComponentCode | 'overall', string> = {
  overall: '#1a1f26',
  meten_weten: '#0072b2',
  informatie_delen: '#b06f00',
  reflecteren: '#007a5a',
  samenwerken_leren: '#a8447f',
  integraal_behandelplan: '#c24f00',
};

/** Up to this many rows a table is kept on one printed page rather than split. */
const SHORT_TABLE_ROWS = 10;

interface ReportDocumentProps {
  /** Undefined while it loads or when it failed: the page keeps its heading, the placeholder says why. */
  report: Report | undefined;
  /** Buttons and the quarter choice; on screen only, never printed. */
  toolbar?: ReactNode;
  /** A line under the title, e.g. that this is a read-only shared copy. */
  notice?: ReactNode;
  /** Shown instead of the report's sections: loading, a failure, or nothing to report yet. */
  placeholder?: ReactNode;
}

/**
 * The quarterly report as one document, the same on screen, on paper and in the server's PDF.
 * In print a running line with coalition, quarter and generation date repeats on every page: it is
 * the header of a table around the whole report, which browsers repeat on each printed page. The
 * frame and its h1 stay in place while the report loads, so focus on the heading is not lost.
 */
export function ReportDocument({ report, toolbar, notice, placeholder }: ReportDocumentProps) {
  const { t, locale } = useLocale();
  const quarter = report ? formatQuarterKey(report.quarter, locale) : null;
  const ready = useReadyWhenDrawn(report);
  const running = report
    ? t('report.running', {
        coalition: report.coalition.name,
        quarter: quarter ?? '',
        date: formatDateTime(report.generatedAt, locale),
      })
    : null;
  return (
    <article className="report" data-report-ready={ready ? 'true' : undefined}>
      <table className="report-frame" role="presentation">
        <thead className="report-frame__running">
          <tr>
            <td className="report-frame__cell">
              <p className="report-running">{running}</p>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="report-frame__cell">
              <PageHeader
                eyebrow={report?.coalition.name}
                title={quarter ? t('report.documentTitle', { quarter }) : t('report.title')}
                description={notice}
              />
              {report && !placeholder ? <ReportBody report={report} toolbar={toolbar} /> : placeholder}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function ReportBody({ report, toolbar }: { report: Report; toolbar: ReactNode }) {
  const { t, locale } = useLocale();
  const quarter = formatQuarterKey(report.quarter, locale);
  return (
    <>
      <dl className="report-meta">
        <div>
          <dt>{t('report.meta.municipality')}</dt>
          <dd lang="nl">{report.coalition.municipality}</dd>
        </div>
        <div>
          <dt>{t('report.meta.quarter')}</dt>
          <dd>{quarter}</dd>
        </div>
        <div>
          <dt>{t('report.meta.generated')}</dt>
          <dd>{formatDateTime(report.generatedAt, locale)}</dd>
        </div>
      </dl>
      {toolbar}
      <OverallSection report={report} />
      <ComponentsSection report={report} />
      <ReadingSection report={report} />
      <ChangesSection report={report} />
      <TrendsSection report={report} />
      <ActionsSection report={report} />
    </>
  );
}

/**
 * True once the report is on screen with its charts drawn; the server's PDF waits for the
 * `data-report-ready` mark this sets, so it never prints a half-drawn chart.
 */
function useReadyWhenDrawn(report: Report | undefined): boolean {
  const [readyFor, setReadyFor] = useState<Report | null>(null);
  useEffect(() => {
    if (!report) return;
    let frame = 0;
    let frames = 0;
    const expected = report.trends.quarters.length > 0 ? report.trends.components.length + 1 : 0;
    const check = () => {
      frames += 1;
      const drawn = document.querySelectorAll('.report-chart .recharts-surface').length;
      // Fonts decide text widths; give up waiting on charts after about two seconds rather than never print.
      if ((drawn >= expected && frames > 1) || frames > 120) {
        // jsdom has no font loading; a browser always has.
        void (document.fonts?.ready ?? Promise.resolve()).then(() => setReadyFor(report));
        return;
      }
      frame = window.requestAnimationFrame(check);
    };
    frame = window.requestAnimationFrame(check);
    return () => window.cancelAnimationFrame(frame);
  }, [report]);
  return report !== undefined && readyFor === report;
}

function Section({ className, title, children }: { className?: string; title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={className ? `report-section ${className}` : 'report-section'} aria-labelledby={headingId}>
      <h2 id={headingId} className="report-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function OverallSection({ report }: { report: Report }) {
  const { t, locale } = useLocale();
  const { overall } = report.thermometer;
  const figureRef = useRef<HTMLElement>(null);
  const quarter = formatQuarterKey(report.quarter, locale);
  const figureTitle = `${report.coalition.name} — ${t('report.overall.figure', { quarter })}`;
  return (
    <Section title={t('report.overall.heading')}>
      <div className="report-overall">
        <figure className="report-overall__figure" ref={figureRef}>
          <ThermometerGraphic
            score={overall.score}
            band={overall.band}
            bands={report.thermometer.bands}
            componentsWithData={overall.componentsWithData}
            componentsTotal={overall.componentsTotal}
          />
          <ChartDownloads figure={figureRef} title={figureTitle} name={t('report.overall.heading')} />
        </figure>
        <div className="report-overall__text">
          <p className="report-overall__score">
            <ScoreValue score={overall.score} size="large" />
          </p>
          {overall.score !== null ? (
            <p>
              <BandLabel code={overall.band} />
            </p>
          ) : null}
          <ComparisonList
            previousQuarter={overall.previousQuarter}
            sameQuarterLastYear={overall.sameQuarterLastYear}
            labelled
          />
          <p className="hint">
            {t('thermometer.summary.componentsWithData', {
              withData: overall.componentsWithData,
              total: overall.componentsTotal,
            })}
          </p>
        </div>
      </div>
    </Section>
  );
}

function ComponentsSection({ report }: { report: Report }) {
  const { t, locale } = useLocale();
  const captionId = useId();
  return (
    <Section title={t('report.components.heading')}>
      <div className="report-keep-together">
        <TableScroll labelledBy={captionId}>
          <table className="data-table report-table report-table--components">
            <caption id={captionId} className="visually-hidden">
              {t('report.components.caption', { quarter: formatQuarterKey(report.quarter, locale) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('report.components.component')}</th>
                <th scope="col" className="num">
                  {t('report.components.score')}
                </th>
                <th scope="col">{t('report.components.band')}</th>
                <th scope="col">{t('report.components.coverage')}</th>
                <th scope="col">{t('report.components.previous')}</th>
                <th scope="col">{t('report.components.lastYear')}</th>
              </tr>
            </thead>
            <tbody>
              {report.thermometer.components.map((component) => (
                <tr key={component.code}>
                  <th scope="row">
                    <span className="report-table__number">{COMPONENTS[component.code].number}</span>{' '}
                    {COMPONENTS[component.code][locale]}
                  </th>
                  <td className="num">
                    {component.score === null ? <Missing /> : formatNumber(component.score, locale)}
                  </td>
                  <td>
                    <BandLabel code={component.band} />
                  </td>
                  <td>
                    <CoverageText coverage={component.coverage} />
                  </td>
                  <td>{comparisonText(component.previousQuarter, t, locale)}</td>
                  <td>{comparisonText(component.sameQuarterLastYear, t, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </Section>
  );
}

function ChangesSection({ report }: { report: Report }) {
  const { t, locale } = useLocale();
  const { overall } = report.thermometer;
  const threshold = formatNumber(MEANINGFUL_CHANGE, locale);
  return (
    <Section title={t('report.changes.heading')}>
      <p className="report-lead">{t('report.changes.intro', { threshold })}</p>
      {report.changes.length === 0 ? (
        <p>
          {t('report.changes.none', {
            threshold,
            previous: formatQuarterKey(overall.previousQuarter.quarter, locale),
            lastYear: formatQuarterKey(overall.sameQuarterLastYear.quarter, locale),
          })}
        </p>
      ) : (
        <ul className="report-changes">
          {report.changes.map((change) => (
            <li
              key={`${change.kind}:${change.component}:${change.measureKey}:${change.comparedWith}`}
              className={change.change > 0 ? 'report-changes__item is-up' : 'report-changes__item is-down'}
            >
              <span className="report-changes__arrow" aria-hidden="true">
                {change.change > 0 ? '▲' : '▼'}
              </span>
              {changeSentence(change, t, locale)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function TrendChartFigure({
  report,
  name,
  colour,
  points,
}: {
  report: Report;
  name: string;
  colour: string;
  points: ReadonlyArray<{ quarter: string; score: number | null }>;
}) {
  const { t, locale } = useLocale();
  const figureRef = useRef<HTMLElement>(null);
  const captionId = useId();
  const first = formatQuarterKey(report.trends.quarters[0] ?? '', locale);
  const last = formatQuarterKey(report.trends.quarters.at(-1) ?? '', locale);
  const latest = points.at(-1)?.score ?? null;
  return (
    <figure className="report-chart" ref={figureRef} aria-labelledby={captionId}>
      <figcaption id={captionId} className="report-chart__caption">
        <span className="report-chart__swatch" style={{ background: colour }} aria-hidden="true" />
        {name}
        <span className="report-chart__latest">
          {latest === null ? t('score.missing') : formatNumber(latest, locale)}
        </span>
      </figcaption>
      <div role="img" aria-label={t('report.trends.chartLabel', { name, first, last })}>
        <ReportTrendChart points={points} bands={report.thermometer.bands} colour={colour} />
      </div>
      <ChartDownloads figure={figureRef} title={`${report.coalition.name} — ${name}, ${first}–${last}`} name={name} />
    </figure>
  );
}

function TrendsSection({ report }: { report: Report }) {
  const { t, locale } = useLocale();
  const tableCaptionId = useId();
  const { trends } = report;
  if (trends.quarters.length === 0) return null;
  const first = formatQuarterKey(trends.quarters[0] ?? '', locale);
  const last = formatQuarterKey(trends.quarters.at(-1) ?? '', locale);
  const series = [
    { key: 'overall' as const, name: t('report.trends.overall'), points: trends.overall },
    ...trends.components.map((c) => ({ key: c.code, name: COMPONENTS[c.code][locale], points: c.points })),
  ];
  const cell = (score: number | null) => (score === null ? <Missing /> : formatNumber(score, locale));
  return (
    <Section title={t('report.trends.heading')} className="report-section--trends">
      <p className="report-lead">{t('report.trends.intro', { first, last })}</p>
      <div className="report-charts">
        {series.map((s) => (
          <TrendChartFigure key={s.key} report={report} name={s.name} colour={COLOURS[s.key]} points={s.points} />
        ))}
      </div>
      {/* A table is as wide as its content whatever its own width says: the wrapper hides it. */}
      <div className="visually-hidden">
        <table>
          <caption id={tableCaptionId}>{t('report.trends.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.trends.quarter')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trends.quarters.map((quarter, i) => (
              <tr key={quarter}>
                <th scope="row">{formatQuarterKey(quarter, locale)}</th>
                {series.map((s) => (
                  <td key={s.key}>{cell(s.points[i]?.score ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function ActionsSection({ report }: { report: Report }) {
  const { t, locale } = useLocale();
  const captionId = useId();
  const { actions } = report;
  return (
    <Section title={t('report.actions.heading')}>
      {actions.total === 0 ? (
        <p>{t('report.actions.none')}</p>
      ) : (
        <>
          <dl className="report-action-counts">
            {ACTION_STATUSES.map((status) => (
              <div key={status}>
                <dt>{t(`report.actions.${status}`)}</dt>
                <dd>{formatNumber(actions.counts[status], locale)}</dd>
              </div>
            ))}
            <div className={actions.overdue > 0 ? 'is-overdue' : undefined}>
              <dt>{t('report.actions.overdue')}</dt>
              <dd>{formatNumber(actions.overdue, locale)}</dd>
            </div>
          </dl>
          {actions.open.length === 0 ? (
            <p>{t('report.actions.allDone')}</p>
          ) : (
            // A short list stays on one page; a long one runs over with its header repeated.
            <div className={actions.open.length <= SHORT_TABLE_ROWS ? 'report-keep-together' : undefined}>
              <TableScroll labelledBy={captionId}>
                <table className="data-table report-table report-table--actions">
                  <caption id={captionId} className="visually-hidden">
                    {t('report.actions.caption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.actions.title')}</th>
                      <th scope="col">{t('report.actions.component')}</th>
                      <th scope="col">{t('report.actions.status')}</th>
                      <th scope="col">{t('report.actions.owner')}</th>
                      <th scope="col">{t('report.actions.due')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {actions.open.map((action) => (
                      <tr key={action.id}>
                        <th scope="row" lang="nl">
                          {action.title}
                        </th>
                        <td>{COMPONENTS[action.component][locale]}</td>
                        <td>{t(`report.actions.${action.status}`)}</td>
                        <td lang="nl">{action.owner ?? <span className="hint">{t('report.actions.noOwner')}</span>}</td>
                        <td className="nowrap">
                          {action.dueOn === null ? (
                            <span className="hint">{t('report.actions.noDue')}</span>
                          ) : (
                            <>
                              {formatDate(action.dueOn, locale)}
                              {action.overdue ? (
                                <span className="report-late"> ({t('report.actions.late')})</span>
                              ) : null}
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          )}
        </>
      )}
    </Section>
  );
}

function ReadingSection({ report }: { report: Report }) {
  const { t, locale } = useLocale();
  const bands = report.thermometer.bands
    .map((band) => `${bandName(band.code, t).toLocaleLowerCase(locale)} ${bandRangeText(band, t, locale, 'long')}`)
    .join(', ');
  return (
    <Section title={t('report.reading.heading')}>
      <p className="report-lead">{t('report.reading.body', { bands })}</p>
    </Section>
  );
}
