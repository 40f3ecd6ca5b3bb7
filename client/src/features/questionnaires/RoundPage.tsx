import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime, formatPercent } from '@tks/shared/format';
import type { Invitee, RoundDetail } from '@tks/shared/schemas/questionnaires';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmAction } from '../../components/ConfirmAction';
import { EmptyState } from '../../components/EmptyState';
import { describeError } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { StatGrid } from '../../components/StatGrid';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { AddInvitees } from './AddInvitees';
import { useRemoveInviteeMutation, useRoundActionMutation } from './mutations';
import { questionnaireUrls } from './paths';
import { questionnaireQueries, TRACKING_REFETCH_MS } from './queries';
import { RoundStatusBadge } from './RoundStatusBadge';
import { useNumericParam } from './useRoundId';

export function RoundPage() {
  const slug = useCoalitionSlug();
  const roundId = useNumericParam('roundId') ?? 0;
  const query = useQuery(questionnaireQueries.round(slug, roundId));
  return (
    <QueryResult query={query}>
      {(round) => <RoundTracking slug={slug} round={round} updatedAt={query.dataUpdatedAt} />}
    </QueryResult>
  );
}

function rate(responded: number, invited: number): number | null {
  return invited > 0 ? (responded / invited) * 100 : null;
}

function RoundTracking({ slug, round, updatedAt }: { slug: string; round: RoundDetail; updatedAt: number }) {
  const { t, locale } = useLocale();
  const action = useRoundActionMutation(slug, round.id);
  const [done, setDone] = useState<string | null>(null);
  const run = (kind: 'open' | 'reminders' | 'close') =>
    action.mutate(kind, {
      onSuccess: ({ sent }) =>
        setDone(
          kind === 'open'
            ? t('questionnaires.round.opened', { n: sent })
            : kind === 'reminders'
              ? t('questionnaires.round.reminded', { n: sent })
              : t('questionnaires.round.closedNow'),
        ),
    });
  const due = round.invitees.filter((i) => i.reminderDue);
  const organisationsId = useId();
  const inviteesId = useId();
  const remindersId = useId();
  return (
    <>
      <PageHeader
        title={round.title}
        eyebrow={t('questionnaires.round.eyebrow', { quarter: formatQuarterKey(round.quarter, locale) })}
        description={t('questionnaires.round.dates', {
          opens: formatDate(round.opensOn, locale),
          closes: formatDate(round.closesOn, locale),
        })}
      >
        <p className="round-meta">
          <RoundStatusBadge status={round.status} />{' '}
          <span className="hint-inline">
            {t('questionnaires.round.versionInfo', {
              version: round.instrumentVersion,
              max: round.maxReminders,
              days: round.reminderIntervalDays,
            })}
          </span>
        </p>
        <ul className="link-list link-list--inline">
          <li>
            <Link to={questionnaireUrls.overview(slug)}>{t('questionnaires.backToOverview')}</Link>
          </li>
          <li>
            <Link to={questionnaireUrls.results(slug, round.id)}>{t('questionnaires.link.results')}</Link>
          </li>
          <li>
            <Link to={questionnaireUrls.discuss(slug, round.id)}>{t('questionnaires.link.discuss')}</Link>
          </li>
          <li>
            <Link to={questionnaireUrls.import(slug, round.id)}>{t('questionnaires.link.import')}</Link>
          </li>
        </ul>
      </PageHeader>

      <div className="round-actions">
        {round.status === 'draft' ? (
          round.invited > 0 ? (
            <ConfirmAction
              label={t('questionnaires.round.open')}
              question={t('questionnaires.round.openQuestion', { n: round.invited })}
              confirmLabel={t('questionnaires.round.openConfirm')}
              pending={action.isPending}
              onConfirm={() => run('open')}
            />
          ) : (
            <p className="hint">{t('questionnaires.round.addFirst')}</p>
          )
        ) : null}
        {round.status === 'open' ? (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={action.isPending || round.remindersDue === 0}
              onClick={() => run('reminders')}
            >
              {t('questionnaires.round.sendReminders', { n: round.remindersDue })}
            </button>
            <ConfirmAction
              label={t('questionnaires.round.close')}
              question={t('questionnaires.round.closeQuestion')}
              confirmLabel={t('questionnaires.round.closeConfirm')}
              pending={action.isPending}
              onConfirm={() => run('close')}
            />
          </>
        ) : null}
        <p role="status" className="form__status">
          {done}
        </p>
        {action.isError ? (
          <p role="alert" className="field__error">
            {describeError(action.error, t)}
          </p>
        ) : null}
      </div>

      <StatGrid
        stats={[
          { id: 'invited', label: t('questionnaires.stat.invited'), value: round.invited },
          { id: 'responded', label: t('questionnaires.stat.responded'), value: round.responded },
          {
            id: 'rate',
            label: t('questionnaires.stat.rate'),
            value: formatPercent(rate(round.responded, round.invited), locale, { decimals: 0 }),
          },
          { id: 'imported', label: t('questionnaires.stat.allResponses'), value: round.responses },
        ]}
      />
      {round.status === 'open' ? (
        <p className="hint">
          {t('questionnaires.round.live', {
            seconds: TRACKING_REFETCH_MS / 1000,
            time: formatDateTime(new Date(updatedAt), locale),
          })}
        </p>
      ) : null}
      <p className="callout">{t('questionnaires.round.anonymity')}</p>

      <section className="section" aria-labelledby={organisationsId}>
        <h2 id={organisationsId}>{t('questionnaires.round.byOrganisation')}</h2>
        {round.byOrganisation.length === 0 ? (
          <EmptyState title={t('questionnaires.round.noInvitees')} headingLevel={3} />
        ) : (
          <ul className="response-bars">
            {round.byOrganisation.map((o) => {
              const r = rate(o.responded, o.invited) ?? 0;
              return (
                <li key={o.organisationId} className="response-bars__item">
                  <span className="response-bars__name">{o.name}</span>
                  <span className="response-bars__bar" aria-hidden="true">
                    <span className="response-bars__fill" style={{ width: `${r}%` }} />
                  </span>
                  <span className="response-bars__value">
                    {t('questionnaires.responseOf', {
                      responded: o.responded,
                      invited: o.invited,
                      rate: formatPercent(r, locale, { decimals: 0 }),
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {round.status === 'open' ? (
        <section className="section" aria-labelledby={remindersId}>
          <h2 id={remindersId}>{t('questionnaires.round.remindersHeading')}</h2>
          {due.length === 0 ? (
            <p>{t('questionnaires.round.nobodyDue')}</p>
          ) : (
            <>
              <p>{t('questionnaires.round.dueIntro', { n: due.length })}</p>
              <ul className="due-list">
                {due.map((i) => (
                  <li key={i.id}>
                    {i.name ? `${i.name} — ` : ''}
                    {i.email} <span className="hint-inline">({i.organisationName})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}

      <section className="section" aria-labelledby={inviteesId}>
        <h2 id={inviteesId}>{t('questionnaires.round.invitees')}</h2>
        {round.invitees.length > 0 ? <InviteesTable slug={slug} round={round} /> : null}
        {round.status !== 'closed' ? (
          <AddInvitees
            slug={slug}
            roundId={round.id}
            open={round.status === 'open'}
            invited={round.invitees.map((i) => i.email)}
          />
        ) : null}
      </section>
    </>
  );
}

function InviteeStatus({ invitee }: { invitee: Invitee }) {
  const { t, locale } = useLocale();
  if (invitee.respondedAt) {
    return (
      <span className="badge badge--ok">
        {t('questionnaires.invitee.responded', { date: formatDate(invitee.respondedAt, locale) })}
      </span>
    );
  }
  if (!invitee.sentAt) return <span className="badge badge--neutral">{t('questionnaires.invitee.notSent')}</span>;
  return (
    <>
      <span className="badge badge--neutral">{t('questionnaires.invitee.waiting')}</span>
      <span className="cell-detail">
        {t('questionnaires.invitee.sent', { date: formatDate(invitee.sentAt, locale) })}
        {invitee.remindersSent > 0 ? ` · ${t('questionnaires.invitee.reminded', { n: invitee.remindersSent })}` : ''}
      </span>
      <span className="cell-detail">
        {invitee.reminderDue
          ? t('questionnaires.invitee.reminderDue')
          : invitee.nextReminderAt
            ? t('questionnaires.invitee.nextReminder', { date: formatDate(invitee.nextReminderAt, locale) })
            : t('questionnaires.invitee.noMoreReminders')}
      </span>
    </>
  );
}

function InviteesTable({ slug, round }: { slug: string; round: RoundDetail }) {
  const { t } = useLocale();
  const captionId = useId();
  const remove = useRemoveInviteeMutation(slug, round.id);
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('questionnaires.invitee.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questionnaires.invitee.person')}</th>
            <th scope="col">{t('questionnaires.invitee.status')}</th>
            <th scope="col">{t('questionnaires.invitee.organisationRole')}</th>
            {round.status === 'draft' ? <th scope="col">{t('questionnaires.column.links')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {round.invitees.map((invitee) => (
            <tr key={invitee.id}>
              <th scope="row">
                {invitee.name ?? invitee.email}
                {invitee.name ? <span className="cell-detail">{invitee.email}</span> : null}
              </th>
              <td>
                <InviteeStatus invitee={invitee} />
              </td>
              <td>
                {invitee.organisationName}
                <span className="cell-detail">
                  {invitee.role ?? <span className="missing">{t('questionnaires.invitee.noRole')}</span>}
                </span>
              </td>
              {round.status === 'draft' ? (
                <td>
                  <ConfirmAction
                    label={t('questionnaires.invitee.remove')}
                    accessibleLabel={t('questionnaires.invitee.removeFor', { name: invitee.email })}
                    question={t('questionnaires.invitee.removeQuestion', { name: invitee.email })}
                    confirmLabel={t('questionnaires.invitee.removeConfirm')}
                    pending={remove.isPending}
                    onConfirm={() => remove.mutate(invitee.id)}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
