import type { QuarterKey } from '@tks/shared/periods';
import { zQuarterKey } from '@tks/shared/periods';
import { useId, useState } from 'react';
import { isApiError } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { saveBlob } from './chartExport';

export interface ReportFiles {
  pdf: string;
  csv: string;
  xlsx: string;
}

interface ReportToolbarProps {
  files: ReportFiles;
  /** The server can make the PDF; without it the PDF button is not offered and printing is. */
  pdfAvailable: boolean;
  /** The quarter choice; left out on a shared report, which is always for one quarter. */
  quarters?: { selected: QuarterKey; options: readonly QuarterKey[]; onChange: (quarter: QuarterKey) => void };
}

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** The quarter, and the report as PDF, on paper, as CSV and as Excel. Never printed itself. */
export function ReportToolbar({ files, pdfAvailable, quarters }: ReportToolbarProps) {
  const { t, locale } = useLocale();
  const selectId = useId();
  const [pdfState, setPdfState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const downloadPdf = async () => {
    setPdfState({ busy: true, error: null });
    try {
      const response = await fetch(files.pdf, {
        credentials: 'same-origin',
        headers: { Accept: 'application/pdf', 'Accept-Language': locale },
      });
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => null);
        const message =
          body && typeof body === 'object' && 'message' in body && typeof body.message === 'string'
            ? body.message
            : `${response.status} ${response.statusText}`;
        throw new Error(message);
      }
      saveBlob(await response.blob(), fileNameOf(response, 'kwartaalrapportage.pdf'));
      setPdfState({ busy: false, error: null });
    } catch (error) {
      // The browser's own print of the same page is the way to a PDF when the server cannot make one.
      const message = isApiError(error) || error instanceof Error ? error.message : String(error);
      setPdfState({ busy: false, error: t('report.toolbar.pdfFailed', { message }) });
      window.print();
    }
  };

  return (
    <div className="report-toolbar">
      {quarters ? (
        <div className="report-toolbar__quarter">
          <label htmlFor={selectId}>{t('thermometer.quarter.label')}</label>
          <select
            id={selectId}
            className="quarter-bar__select"
            value={quarters.selected}
            onChange={(event) => {
              const parsed = zQuarterKey.safeParse(event.target.value);
              if (parsed.success) quarters.onChange(parsed.data);
            }}
          >
            {quarters.options.map((quarter) => (
              <option key={quarter} value={quarter}>
                {formatQuarterKey(quarter, locale)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="report-toolbar__buttons">
        {pdfAvailable ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void downloadPdf()}
            disabled={pdfState.busy}
            aria-busy={pdfState.busy}
          >
            {pdfState.busy ? t('report.toolbar.pdfBusy') : t('report.toolbar.pdf')}
          </button>
        ) : null}
        <button
          type="button"
          className={pdfAvailable ? 'button button--secondary' : 'button button--primary'}
          onClick={() => window.print()}
        >
          {t('report.toolbar.print')}
        </button>
        <a className="button button--secondary" href={files.csv} download aria-label={t('report.toolbar.csvLabel')}>
          {t('report.toolbar.csv')}
        </a>
        <a className="button button--secondary" href={files.xlsx} download aria-label={t('report.toolbar.xlsxLabel')}>
          {t('report.toolbar.xlsx')}
        </a>
      </div>
      {!pdfAvailable ? <p className="report-toolbar__note">{t('report.toolbar.noPdf')}</p> : null}
      <p className="report-toolbar__status" role="status">
        {pdfState.error}
      </p>
    </div>
  );
}
