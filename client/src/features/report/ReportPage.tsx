import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
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
  if (query.isError && !coalition.isSuccess) return <Loading />;
  return (
    <div data-report-error={query.isError && query.data === undefined ? 'true' : undefined}>
      <QueryResult
        query={query}
        isEmpty={(data) => data.thermometer.availableQuarters.length === 0}
        empty={
          // Ready as well: there is nothing more to wait for before printing.
          <div data-report-ready="true">
            <PageHeader title={t('report.title')} />
            <EmptyState title={t('report.empty.title')}>
              <p>{t('report.empty.body')}</p>
            </EmptyState>
          </div>
        }
      >
        {(report) => {
          const selected = quarter ?? report.quarter;
          const options = [...new Set([...report.thermometer.availableQuarters, selected])].sort().reverse();
          return (
            <ReportDocument
              report={report}
              toolbar={
                <ReportToolbar
                  pdfAvailable={report.pdfAvailable}
                  files={{
                    pdf: reportPath(slug, report.quarter, 'pdf'),
                    csv: reportPath(slug, report.quarter, 'csv'),
                    xlsx: reportPath(slug, report.quarter, 'xlsx'),
                  }}
                  quarters={{ selected, options, onChange: setQuarter }}
                />
              }
            />
          );
        }}
      </QueryResult>
    </div>
  );
}
