import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { useT } from '../../i18n/useLocale';
import { coalitionQueries } from '../coalitions/queries';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { useQuarterParam } from '../thermometer/useThermometer';
import { reportPath, reportQueries } from './queries';
import { ReportDocument } from './ReportDocument';
import { ReportToolbar } from './ReportToolbar';

/** The directors' quarterly report: one page to read, print, download as PDF or export. */
export function ReportPage() {
  const t = useT();
  const slug = useCoalitionSlug();
  const [quarter, setQuarter] = useQuarterParam();
  const query = useQuery({
    ...reportQueries.report(slug, quarter),
    placeholderData: (previous) => (previous?.coalition.slug === slug ? previous : undefined),
  });
  // As on the dashboard: a coalition that cannot be opened is explained once, by the layout.
  const coalition = useQuery(coalitionQueries.summary(slug));
  const holdBackError = query.isError && !coalition.isSuccess;
  const report = query.data;

  let placeholder: ReactNode;
  if (!report) {
    placeholder =
      query.isError && !holdBackError ? (
        // The server's PDF stops waiting when it sees this mark.
        <div data-report-error="true">
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </div>
      ) : (
        <Loading />
      );
  } else if (report.thermometer.availableQuarters.length === 0) {
    placeholder = (
      <EmptyState title={t('report.empty.title')}>
        <p>{t('report.empty.body')}</p>
      </EmptyState>
    );
  }

  const selected = quarter ?? report?.quarter;
  return (
    <ReportDocument
      report={report}
      placeholder={placeholder}
      toolbar={
        report && selected ? (
          <ReportToolbar
            pdfAvailable={report.pdfAvailable}
            files={{
              pdf: reportPath(slug, report.quarter, 'pdf'),
              csv: reportPath(slug, report.quarter, 'csv'),
              xlsx: reportPath(slug, report.quarter, 'xlsx'),
            }}
            quarters={{
              selected,
              options: [...new Set([...report.thermometer.availableQuarters, selected])].sort().reverse(),
              onChange: setQuarter,
            }}
          />
        ) : null
      }
    />
  );
}
