import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { COMPONENT_CODES, COMPONENTS } from '@tks/shared/components';
import { ACTION_STATUSES, type ActionStatus } from '@tks/shared/domain';
import { formatDate } from '@tks/shared/format';
import { type Action, type Obstacle, zAction, zObstacle, zObstacleInput } from '@tks/shared/schemas/actions';
import { type FormEvent, useId, useState } from 'react';
import { apiSend } from '../../api/client';
import { describeError } from '../../components/ErrorState';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useLocale } from '../../i18n/useLocale';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { ArchiveControl, type EditRights, ReadOnlyNotice, Section, useEditRights } from '../registers/common';
import { useSaveEntryMutation } from '../registers/mutations';
import { ActionForm } from './ActionForm';
import { actionQueries } from './queries';

const STATUS_BADGE: Record<ActionStatus, string> = {
  open: 'badge--neutral',
  in_progress: 'badge--info',
  done: 'badge--ok',
  dropped: 'badge--neutral',
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useLocale();
  return <span className={`badge ${STATUS_BADGE[status]}`}>{t(`actions.status.${status}`)}</span>;
}

export function ActionsPage() {
  const { t, locale } = useLocale();
  const slug = useCoalitionSlug();
  const rights = useEditRights(slug);
  const query = useQuery(actionQueries.list(slug));
  const [component, setComponent] = useState('');
  const [editing, setEditing] = useState<Action | 'new' | null>(null);
  const filterId = useId();

  return (
    <>
      <PageHeader title={t('actions.title')} description={t('actions.description')} />
      <ReadOnlyNotice rights={rights} />
      {rights.canCreate && editing === null ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('actions.new')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <ActionForm
          slug={slug}
          rights={rights}
          action={editing === 'new' ? null : editing}
          heading={editing === 'new' ? t('actions.form.new') : t('actions.form.edit')}
          defaults={component ? { component: component as Action['component'] } : {}}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <div className="filters">
        <SelectField
          id={filterId}
          label={t('actions.filter.component')}
          value={component}
          className="field__input--compact"
          onChange={(e) => setComponent(e.target.value)}
        >
          <option value="">{t('actions.filter.all')}</option>
          {COMPONENT_CODES.map((code) => (
            <option key={code} value={code}>
              {COMPONENTS[code].number}. {COMPONENTS[code][locale]}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryResult query={query}>
        {(data) => (
          <Board
            slug={slug}
            rights={rights}
            actions={data.actions.filter((a) => component === '' || a.component === component)}
            onEdit={(action) => setEditing(action)}
          />
        )}
      </QueryResult>
      <ObstaclesSection slug={slug} rights={rights} actions={query.data?.actions ?? []} />
    </>
  );
}

function Board({
  slug,
  rights,
  actions,
  onEdit,
}: {
  slug: string;
  rights: EditRights;
  actions: readonly Action[];
  onEdit: (action: Action) => void;
}) {
  const { t } = useLocale();
  const overdue = actions.filter((a) => a.overdue).length;
  return (
    <Section title={t('actions.board.heading')}>
      <p className="count-status" role="status">
        {t('actions.board.summary', { n: actions.length, overdue })}
      </p>
      <div className="board">
        {ACTION_STATUSES.map((status) => {
          const column = actions.filter((a) => a.status === status);
          const headingId = `board-${status}`;
          return (
            <section key={status} className="board__column" aria-labelledby={headingId}>
              <h3 id={headingId} className="board__title">
                {t(`actions.status.${status}`)} <span className="board__count">({column.length})</span>
              </h3>
              {column.length === 0 ? (
                <p className="missing">{t('actions.board.emptyColumn')}</p>
              ) : (
                <ul className="board__cards">
                  {column.map((action) => (
                    <ActionCard
                      key={action.id}
                      slug={slug}
                      action={action}
                      canEdit={rights.canEdit(action.ownerOrganisation?.id)}
                      onEdit={() => onEdit(action)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </Section>
  );
}

function useStatusMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: number; status: ActionStatus }) =>
      apiSend('POST', `${coalitionPath(slug)}/actions/${id}/status`, { status }, zAction),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: coalitionKeys.scope(slug) }),
  });
}

/** The next steps offered on a card, in the order work usually goes. */
const NEXT: Record<ActionStatus, ActionStatus[]> = {
  open: ['in_progress', 'done', 'dropped'],
  in_progress: ['done', 'dropped'],
  done: ['open'],
  dropped: ['open'],
};

function ActionCard({
  slug,
  action,
  canEdit,
  onEdit,
}: {
  slug: string;
  action: Action;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t, locale } = useLocale();
  const status = useStatusMutation(slug);
  const titleId = useId();
  return (
    <li className={action.overdue ? 'action-card action-card--overdue' : 'action-card'} aria-labelledby={titleId}>
      <h4 id={titleId} className="action-card__title">
        {action.title}
      </h4>
      <p className="action-card__badges">
        <span className="tag">
          {COMPONENTS[action.component].number}. {COMPONENTS[action.component][locale]}
        </span>
        {action.overdue ? (
          <span className="badge badge--danger">
            <span aria-hidden="true">⚠ </span>
            {t('actions.overdue')}
          </span>
        ) : null}
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('actions.field.owner')}</dt>
          <dd>{[action.ownerOrganisation?.name, action.ownerName].filter(Boolean).join(' — ') || '—'}</dd>
        </div>
        <div>
          <dt>{action.status === 'done' ? t('actions.field.completedOn') : t('actions.field.dueOn')}</dt>
          <dd>{formatDate(action.status === 'done' ? action.completedOn : action.dueOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('actions.field.source')}</dt>
          <dd>
            {t(`actions.source.${action.source.kind}`)}
            {action.source.label ? `: ${action.source.label}` : ''}
          </dd>
        </div>
        {action.obstacles.length > 0 ? (
          <div>
            <dt>{t('actions.field.obstacles')}</dt>
            <dd>{t('actions.obstacles.count', { n: action.obstacles.length })}</dd>
          </div>
        ) : null}
      </dl>
      {canEdit ? (
        <div className="row-actions">
          {NEXT[action.status].map((next) => (
            <button
              key={next}
              type="button"
              className={
                next === 'done' ? 'button button--primary button--small' : 'button button--secondary button--small'
              }
              disabled={status.isPending}
              aria-label={t(`actions.move.${next}.for`, { name: action.title })}
              onClick={() => status.mutate({ id: action.id, status: next })}
            >
              {t(`actions.move.${next}`)}
            </button>
          ))}
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('registers.editFor', { name: action.title })}
            onClick={onEdit}
          >
            {t('registers.edit')}
          </button>
          <ArchiveControl slug={slug} path="actions" id={action.id} name={action.title} archived={false} />
          {status.isError ? (
            <p className="row-actions__error" role="alert">
              {describeError(status.error, t)}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** "Bears on the road": obstacles from every role, grouped under an intermediate result. */
function ObstaclesSection({ slug, rights, actions }: { slug: string; rights: EditRights; actions: readonly Action[] }) {
  const { t } = useLocale();
  const query = useQuery(actionQueries.obstacles(slug));
  return (
    <Section title={t('actions.obstacles.heading')}>
      <p className="hint">{t('actions.obstacles.intro')}</p>
      <QueryResult query={query} headingLevel={3}>
        {(data) => {
          const ungrouped = data.obstacles.filter((o) => o.improvementActionId === null);
          return ungrouped.length === 0 ? (
            <p className="missing">{t('actions.obstacles.noneUngrouped')}</p>
          ) : (
            <ul className="entry-list">
              {ungrouped.map((obstacle) => (
                <ObstacleItem
                  key={obstacle.id}
                  slug={slug}
                  obstacle={obstacle}
                  actions={actions}
                  canEdit={rights.canEdit(obstacle.organisation?.id)}
                />
              ))}
            </ul>
          );
        }}
      </QueryResult>
      {rights.canCreate ? <ObstacleForm slug={slug} /> : null}
    </Section>
  );
}

function ObstacleItem({
  slug,
  obstacle,
  actions,
  canEdit,
}: {
  slug: string;
  obstacle: Obstacle;
  actions: readonly Action[];
  canEdit: boolean;
}) {
  const { t } = useLocale();
  const save = useSaveEntryMutation(slug, 'obstacles', zObstacle);
  const id = useId();
  const [target, setTarget] = useState('');
  return (
    <li className="entry">
      <p className="entry__title">{obstacle.description}</p>
      <p className="entry__meta">{[obstacle.reportedRole, obstacle.organisation?.name].filter(Boolean).join(' · ')}</p>
      {canEdit && actions.length > 0 ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (target === '') return;
            save.mutate({
              id: obstacle.id,
              body: {
                description: obstacle.description,
                reportedRole: obstacle.reportedRole,
                improvementActionId: Number(target),
              },
            });
          }}
        >
          <SelectField
            id={id}
            label={t('actions.obstacles.groupUnder')}
            value={target}
            className="field__input--compact"
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">{t('actions.field.choose')}</option>
            {actions.map((action) => (
              <option key={action.id} value={action.id}>
                {action.title}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--secondary button--small" disabled={save.isPending}>
            {t('actions.obstacles.group')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

function ObstacleForm({ slug }: { slug: string }) {
  const { t } = useLocale();
  const save = useSaveEntryMutation(slug, 'obstacles', zObstacle);
  const id = useId();
  const [description, setDescription] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zObstacleInput.safeParse({ description, reportedRole: role.trim() || null });
    if (!parsed.success) {
      setError(t('form.error.required'));
      return;
    }
    setError(undefined);
    save.mutate(
      { id: null, body: parsed.data },
      {
        onSuccess: () => {
          setDescription('');
          setRole('');
        },
      },
    );
  };
  return (
    <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('actions.obstacles.new')}</h3>
      <TextAreaField
        id={`${id}-description`}
        label={t('actions.obstacles.description')}
        hint={t('registers.privacy.short')}
        rows={2}
        value={description}
        error={error}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField
        id={`${id}-role`}
        label={t('actions.obstacles.role')}
        hint={t('actions.obstacles.role.hint')}
        optional
        value={role}
        onChange={(e) => setRole(e.target.value)}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('actions.obstacles.submit')}
        </button>
        {save.isError ? (
          <p className="row-actions__error" role="alert">
            {describeError(save.error, t)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
