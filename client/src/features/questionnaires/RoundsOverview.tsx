import { useQuery } from '@tanstack/react-query';
import { formatDate, formatPercent } from '@tks/shared/format';
import type { InstrumentVersionSummary, RoundSummary } from '@tks/shared/schemas/questionnaires';
import { HIGHEST_MIN_GROUP_SIZE, LOWEST_MIN_GROUP_SIZE } from '@tks/shared/suppression';
import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { describeError } from '../../components/ErrorState';
import { TextField } from '../../components/form/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { useCopyVersionMutation, useMinGroupSizeMutation } from './mutations';
import { questionnaireUrls } from './paths';
import { questionnaireQueries } from './queries';
import { RoundStatusBadge } from './RoundStatusBadge';

export function RoundsOverview() {
  const { t } = useLocale();
  const slug = useCoalitionSlug();
  const isCoordinator = useCoalitionRole(slug) === 'coordinator';
  const rounds = useQuery(questionnaireQueries.rounds(slug));
  const roundsId = useId();
  return (
    <>
      <PageHeader title={t('questionnaires.title')} description={t('questionnaires.description')}>
        {isCoordinator ? (
          <p>
            <Link className="button button--primary" to={questionnaireUrls.newRound(slug)}>
              {t('questionnaires.newRound')}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <section className="section" aria-labelledby={roundsId}>
        <h2 id={roundsId}>{t('questionnaires.rounds.heading')}</h2>
        <QueryResult
          query={rounds}
          isEmpty={(data) => data.rounds.length === 0}
          empty={
            <EmptyState title={t('questionnaires.rounds.empty')}>
              {isCoordinator ? t('questionnaires.rounds.emptyCoordinator') : t('questionnaires.rounds.emptyPartner')}
            </EmptyState>
          }
        >
          {(data) => <RoundsTable slug={slug} rounds={data.rounds} isCoordinator={isCoordinator} />}
        </QueryResult>
      </section>
      <VersionsSection slug={slug} isCoordinator={isCoordinator} />
      {isCoordinator && rounds.data ? <MinGroupSizeSection slug={slug} current={rounds.data.minGroupSize} /> : null}
    </>
  );
}

function responseRate(round: Pick<RoundSummary, 'invited' | 'responded'>): number | null {
  return round.invited > 0 ? (round.responded / round.invited) * 100 : null;
}

function RoundsTable({
  slug,
  rounds,
  isCoordinator,
}: {
  slug: string;
  rounds: readonly RoundSummary[];
  isCoordinator: boolean;
}) {
  const { t, locale } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('questionnaires.rounds.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questionnaires.column.round')}</th>
            <th scope="col">{t('questionnaires.column.status')}</th>
            <th scope="col">{t('questionnaires.column.response')}</th>
            <th scope="col">{t('questionnaires.column.quarter')}</th>
            <th scope="col">{t('questionnaires.column.period')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                {round.title}
                {/* The links sit under the name, so on a phone they show without scrolling the table. */}
                <ul className="link-list link-list--inline round-links">
                  {isCoordinator ? (
                    <li>
                      <Link to={questionnaireUrls.round(slug, round.id)}>
                        {t('questionnaires.link.tracking')}
                        <span className="visually-hidden"> {round.title}</span>
                      </Link>
                    </li>
                  ) : null}
                  {round.status === 'closed' || isCoordinator ? (
                    <>
                      <li>
                        <Link to={questionnaireUrls.results(slug, round.id)}>
                          {t('questionnaires.link.results')}
                          <span className="visually-hidden"> {round.title}</span>
                        </Link>
                      </li>
                      <li>
                        <Link to={questionnaireUrls.discuss(slug, round.id)}>
                          {t('questionnaires.link.discuss')}
                          <span className="visually-hidden"> {round.title}</span>
                        </Link>
                      </li>
                    </>
                  ) : null}
                </ul>
              </th>
              <td>
                <RoundStatusBadge status={round.status} />
              </td>
              <td className="nowrap">
                {round.invited > 0
                  ? t('questionnaires.responseOf', {
                      responded: round.responded,
                      invited: round.invited,
                      rate: formatPercent(responseRate(round), locale, { decimals: 0 }),
                    })
                  : t('questionnaires.responses', { n: round.responses })}
              </td>
              <td className="nowrap">{formatQuarterKey(round.quarter, locale)}</td>
              <td className="nowrap">
                {formatDate(round.opensOn, locale)} – {formatDate(round.closesOn, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function VersionsSection({ slug, isCoordinator }: { slug: string; isCoordinator: boolean }) {
  const { t } = useLocale();
  const versions = useQuery(questionnaireQueries.versions(slug));
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questionnaires.versions.heading')}</h2>
      <p>{t('questionnaires.versions.intro')}</p>
      <QueryResult query={versions} headingLevel={3}>
        {(data) => <VersionsTable slug={slug} versions={data.versions} isCoordinator={isCoordinator} />}
      </QueryResult>
    </section>
  );
}

function VersionsTable({
  slug,
  versions,
  isCoordinator,
}: {
  slug: string;
  versions: readonly InstrumentVersionSummary[];
  isCoordinator: boolean;
}) {
  const { t, locale } = useLocale();
  const captionId = useId();
  const copy = useCopyVersionMutation(slug);
  const navigate = useNavigate();
  return (
    <>
      <TableScroll labelledBy={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('questionnaires.versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('questionnaires.column.version')}</th>
              <th scope="col">{t('questionnaires.column.status')}</th>
              <th scope="col">{t('questionnaires.column.items')}</th>
              <th scope="col">{t('questionnaires.column.usedIn')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">
                  {t('questionnaires.versionName', { n: version.version })}
                  {version.notes ? <span className="hint-inline"> — {version.notes}</span> : null}
                  <ul className="link-list link-list--inline round-links">
                    <li>
                      <Link to={questionnaireUrls.version(slug, version.id)}>
                        {isCoordinator && !version.locked
                          ? t('questionnaires.versions.edit')
                          : t('questionnaires.versions.view')}
                        <span className="visually-hidden">
                          {' '}
                          {t('questionnaires.versionName', { n: version.version })}
                        </span>
                      </Link>
                    </li>
                    {isCoordinator ? (
                      <li>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          disabled={copy.isPending}
                          onClick={() =>
                            copy.mutate(version.id, {
                              onSuccess: (created) => void navigate(questionnaireUrls.version(slug, created.id)),
                            })
                          }
                        >
                          {t('questionnaires.versions.copy')}
                          <span className="visually-hidden">
                            {' '}
                            {t('questionnaires.versionName', { n: version.version })}
                          </span>
                        </button>
                      </li>
                    ) : null}
                  </ul>
                </th>
                <td>
                  <span className={`badge ${version.status === 'published' ? 'badge--ok' : 'badge--neutral'}`}>
                    {t(`questionnaires.versionStatus.${version.status}`)}
                  </span>{' '}
                  {version.locked ? <span className="hint-inline">{t('questionnaires.versions.locked')}</span> : null}
                </td>
                <td>{version.items}</td>
                <td className="nowrap">
                  {t('questionnaires.versions.usage', { rounds: version.rounds, responses: version.responses })}
                  {version.publishedAt ? (
                    <span className="hint-inline"> · {formatDate(version.publishedAt, locale)}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {copy.isError ? (
        <p role="alert" className="field__error">
          {describeError(copy.error, t)}
        </p>
      ) : null}
    </>
  );
}

function MinGroupSizeSection({ slug, current }: { slug: string; current: number }) {
  const { t } = useLocale();
  const headingId = useId();
  const inputId = useId();
  const [value, setValue] = useState(String(current));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const save = useMinGroupSizeMutation(slug);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(value);
    if (!Number.isInteger(n) || n < LOWEST_MIN_GROUP_SIZE || n > HIGHEST_MIN_GROUP_SIZE) {
      setError(t('questionnaires.minGroup.error', { min: LOWEST_MIN_GROUP_SIZE, max: HIGHEST_MIN_GROUP_SIZE }));
      return;
    }
    setError(undefined);
    save.mutate(n, {
      onSuccess: () => setSaved(true),
      onError: (e) => setError(describeError(e, t)),
    });
  };
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questionnaires.minGroup.heading')}</h2>
      <p>{t('questionnaires.minGroup.intro')}</p>
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <TextField
          id={inputId}
          label={t('questionnaires.minGroup.label')}
          hint={t('questionnaires.minGroup.hint', { min: LOWEST_MIN_GROUP_SIZE })}
          type="number"
          inputMode="numeric"
          min={LOWEST_MIN_GROUP_SIZE}
          max={HIGHEST_MIN_GROUP_SIZE}
          className="field__input--short"
          value={value}
          error={error}
          onChange={(event) => {
            setSaved(false);
            setValue(event.target.value);
          }}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('questionnaires.minGroup.save')}
          </button>
          <p className="form__status" role="status">
            {saved ? t('questionnaires.minGroup.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
