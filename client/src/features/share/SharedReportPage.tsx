import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@tks/shared/format';
import type { SharedReport } from '@tks/shared/schemas/share-links';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { isServerError } from '../../api/client';
import { StandaloneLayout } from '../../app/shell/StandaloneLayout';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLocale, useT } from '../../i18n/useLocale';
import { sharedReportPath } from '../report/queries';
import { ReportDocument } from '../report/ReportDocument';
import { ReportToolbar } from '../report/ReportToolbar';
import { sharedReportQueries } from './queries';

/** What someone without an account sees through a share link: read-only, one quarter of one coalition. */
export function SharedReportPage() {
  const t = useT();
  const { token = '' } = useParams();
  const query = useQuery(sharedReportQueries.byToken(token));

  let content: ReactNode;
  if (query.data) content = <SharedReportView report={query.data} token={token} />;
  else if (isServerError(query.error, 404)) {
    content = (
      <div data-report-error="true">
        <PageHeader title={t('shared.invalid.title')} />
        <p>{t('shared.invalid.body')}</p>
      </div>
    );
  } else if (query.isError) {
    content = (
      <div data-report-error="true">
        <PageHeader title={t('shared.title')} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  } else content = <Loading />;

  return <StandaloneLayout>{content}</StandaloneLayout>;
}

function SharedReportView({ report, token }: { report: SharedReport; token: string }) {
  const { t, locale } = useLocale();
  return (
    <ReportDocument
      report={report.report}
      notice={
        <>
          {t('shared.readOnly')} {t('shared.expires')} {formatDate(report.expiresAt, locale)}.
        </>
      }
      toolbar={
        <ReportToolbar
          pdfAvailable={report.report.pdfAvailable}
          files={{
            pdf: sharedReportPath(token, 'pdf'),
            csv: sharedReportPath(token, 'csv'),
            xlsx: sharedReportPath(token, 'xlsx'),
          }}
        />
      }
    />
  );
}
