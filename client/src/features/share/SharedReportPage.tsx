import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@tks/shared/format';
import type { SharedReport } from '@tks/shared/schemas/share-links';
import { type ReactNode, useId } from 'react';
import { useParams } from 'react-router';
import { isServerError } from '../../api/client';
import { StandaloneLayout } from '../../app/shell/StandaloneLayout';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLocale, useT } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { sharedReportQueries } from './queries';

/** What someone without an account sees through a share link: read-only, one quarter of one coalition. */
export function SharedReportPage() {
  const t = useT();
  const { token = '' } = useParams();
  const query = useQuery(sharedReportQueries.byToken(token));

  let content: ReactNode;
  if (query.data) content = <SharedReportView report={query.data} />;
  else if (isServerError(query.error, 404)) {
    content = (
      <>
        <PageHeader title={t('shared.invalid.title')} />
        <p>{t('shared.invalid.body')}</p>
      </>
    );
  } else if (query.isError) {
    content = (
      <>
        <PageHeader title={t('shared.title')} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  } else content = <Loading />;

  return <StandaloneLayout>{content}</StandaloneLayout>;
}

function SharedReportView({ report }: { report: SharedReport }) {
  const { t, locale } = useLocale();
  const noteId = useId();
  return (
    <>
      <PageHeader
        title={t('shared.reportTitle', { quarter: formatQuarterKey(report.quarter, locale) })}
        description={<span lang="nl">{report.coalition.name}</span>}
      />
      <dl className="facts">
        <div>
          <dt>{t('shared.municipality')}</dt>
          <dd lang="nl">{report.coalition.municipality}</dd>
        </div>
        <div>
          <dt>{t('shared.expires')}</dt>
          <dd>{formatDate(report.expiresAt, locale)}</dd>
        </div>
      </dl>
      <section className="callout" aria-labelledby={noteId}>
        <h2 id={noteId} className="callout__title">
          {t('shared.note.title')}
        </h2>
        <p>{t('shared.note.body')}</p>
      </section>
      <p className="hint">{t('shared.readOnly')}</p>
    </>
  );
}
