import { type RefObject, useState } from 'react';
import { useT } from '../../i18n/useLocale';
import { downloadPng, downloadSvg, fileNameFrom } from './chartExport';

interface ChartDownloadsProps {
  /** The figure that holds the chart; its first SVG is what gets saved. */
  figure: RefObject<HTMLElement | null>;
  /** Printed above the chart in the file, and the file's name. */
  title: string;
  /** What the buttons save, for screen readers: "Meten & weten". */
  name: string;
}

/** PNG and SVG buttons beside a chart; they never print. */
export function ChartDownloads({ figure, title, name }: ChartDownloadsProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const svg = () => figure.current?.querySelector<SVGSVGElement>('svg') ?? null;
  const save = async (format: 'png' | 'svg') => {
    const element = svg();
    if (!element) return;
    setFailed(false);
    try {
      if (format === 'svg') downloadSvg(element, title, fileNameFrom(title));
      else await downloadPng(element, title, fileNameFrom(title));
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="chart-downloads">
      <button
        type="button"
        className="button button--small"
        aria-label={t('report.download.pngLabel', { name })}
        onClick={() => void save('png')}
      >
        {t('report.download.png')}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={t('report.download.svgLabel', { name })}
        onClick={() => void save('svg')}
      >
        {t('report.download.svg')}
      </button>
      {failed ? (
        <span role="alert" className="chart-downloads__error">
          {t('report.download.failed')}
        </span>
      ) : null}
    </div>
  );
}
