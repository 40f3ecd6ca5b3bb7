import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { formatDate, formatNumber } from '@tks/shared/format';
import type { Organisation } from '@tks/shared/schemas/organisations';
import { type MirrorConversation, zMirrorConversation, zMirrorConversationInput } from '@tks/shared/schemas/registers';
import { type FormEvent, useId, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useLocale } from '../../i18n/useLocale';
import { ActionForm } from '../actions/ActionForm';
import { ActionStatusBadge } from '../actions/ActionsPage';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import {
  ArchiveControl,
  type EditRights,
  FamilyNamesWarning,
  OwnerField,
  ReadOnlyNotice,
  Section,
  toCount,
  todayIso,
  toId,
  useEditRights,
  useOrganisations,
} from './common';
import { useSaveEntryMutation } from './mutations';
import { registerQueries } from './queries';
import { TargetsSection } from './TargetsSection';

export function MirrorConversationsPage() {
  const { t, locale } = useLocale();
  const slug = useCoalitionSlug();
  const rights = useEditRights(slug);
  const [showArchived, setShowArchived] = useState(false);
  const query = useQuery(registerQueries.list(slug, 'mirrorConversations', showArchived));
  const organisations = useOrganisations(slug);
  const [editing, setEditing] = useState<MirrorConversation | 'new' | null>(null);
  const [followUpFor, setFollowUpFor] = useState<MirrorConversation | null>(null);

  return (
    <>
      <PageHeader
        title={COMPONENTS.reflecteren[locale]}
        eyebrow={t('mirror.eyebrow')}
        description={t('mirror.description')}
      />
      <ReadOnlyNotice rights={rights} />
      {rights.canCreate && editing === null && followUpFor === null ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('mirror.new')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <MirrorForm
          slug={slug}
          rights={rights}
          organisations={organisations}
          conversation={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {followUpFor ? (
        <ActionForm
          slug={slug}
          rights={rights}
          action={null}
          heading={t('mirror.followUp.heading', { theme: followUpFor.theme })}
          defaults={{
            component: 'reflecteren',
            source: { kind: 'mirror_conversation', mirrorConversationId: followUpFor.id },
          }}
          onDone={() => setFollowUpFor(null)}
        />
      ) : null}
      <QueryResult
        query={query}
        isEmpty={(data) => data.mirrorConversations.length === 0}
        empty={
          <EmptyState title={t('mirror.empty.title')}>
            <p>{t('mirror.empty.body')}</p>
          </EmptyState>
        }
      >
        {(data) => (
          <Section title={t('mirror.list.heading')}>
            <label className="checkbox">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              {t('registers.showArchived')}
            </label>
            <ul className="entry-list">
              {data.mirrorConversations.map((conversation) => (
                <ConversationCard
                  key={conversation.id}
                  slug={slug}
                  conversation={conversation}
                  canEdit={rights.canEdit(conversation.ownerOrganisation?.id)}
                  canFollowUp={rights.canCreate && followUpFor === null && editing === null}
                  onEdit={() => setEditing(conversation)}
                  onFollowUp={() => setFollowUpFor(conversation)}
                />
              ))}
            </ul>
          </Section>
        )}
      </QueryResult>
      <TargetsSection slug={slug} component="reflecteren" canSet={rights.role === 'coordinator'} />
    </>
  );
}

function ConversationCard({
  slug,
  conversation,
  canEdit,
  canFollowUp,
  onEdit,
  onFollowUp,
}: {
  slug: string;
  conversation: MirrorConversation;
  canEdit: boolean;
  canFollowUp: boolean;
  onEdit: () => void;
  onFollowUp: () => void;
}) {
  const { t, locale } = useLocale();
  const name = `${conversation.theme} (${formatDate(conversation.heldOn, locale)})`;
  return (
    <li className="entry">
      <h3 className="entry__title">{conversation.theme}</h3>
      <p className="entry__meta">
        {formatDate(conversation.heldOn, locale)} ·{' '}
        {t('mirror.counts', {
          parents: formatNumber(conversation.parentsCount, locale),
          professionals: formatNumber(conversation.professionalsCount, locale),
        })}
        {conversation.facilitator ? ` · ${conversation.facilitator}` : ''}
        {conversation.archivedAt ? (
          <>
            {' '}
            <span className="badge badge--neutral">{t('registers.archived')}</span>
          </>
        ) : null}
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('mirror.field.whatWorks')}</dt>
          <dd>{conversation.whatWorks || '—'}</dd>
        </div>
        <div>
          <dt>{t('mirror.field.whatDoesNot')}</dt>
          <dd>{conversation.whatDoesNot || '—'}</dd>
        </div>
        {conversation.summary ? (
          <div>
            <dt>{t('mirror.field.summary')}</dt>
            <dd>{conversation.summary}</dd>
          </div>
        ) : null}
      </dl>
      <h4 className="entry__subtitle">{t('mirror.followUp.title')}</h4>
      {conversation.followUpActions.length === 0 ? (
        <p className="missing">{t('mirror.followUp.none')}</p>
      ) : (
        <ul className="follow-ups">
          {conversation.followUpActions.map((action) => (
            <li key={action.id}>
              {action.title} <ActionStatusBadge status={action.status} />
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        {canFollowUp && !conversation.archivedAt ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('mirror.followUp.createFor', { name })}
            onClick={onFollowUp}
          >
            {t('mirror.followUp.create')}
          </button>
        ) : null}
        {canEdit && !conversation.archivedAt ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('registers.editFor', { name })}
            onClick={onEdit}
          >
            {t('registers.edit')}
          </button>
        ) : null}
        {canEdit ? (
          <ArchiveControl
            slug={slug}
            path="mirror-conversations"
            id={conversation.id}
            name={name}
            archived={conversation.archivedAt !== null}
          />
        ) : null}
      </div>
    </li>
  );
}

const FIELDS = [
  'heldOn',
  'theme',
  'parentsCount',
  'professionalsCount',
  'facilitator',
  'whatWorks',
  'whatDoesNot',
  'summary',
  'ownerOrganisationId',
] as const;
type Field = (typeof FIELDS)[number];

function MirrorForm({
  slug,
  rights,
  organisations,
  conversation,
  onDone,
}: {
  slug: string;
  rights: EditRights;
  organisations: readonly Organisation[];
  conversation: MirrorConversation | null;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const save = useSaveEntryMutation(slug, 'mirror-conversations', zMirrorConversation);
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<Field, string>;
  const [values, setValues] = useState<Record<Field, string>>({
    heldOn: conversation?.heldOn ?? todayIso(),
    theme: conversation?.theme ?? '',
    parentsCount: conversation ? String(conversation.parentsCount) : '',
    professionalsCount: conversation ? String(conversation.professionalsCount) : '',
    facilitator: conversation?.facilitator ?? '',
    whatWorks: conversation?.whatWorks ?? '',
    whatDoesNot: conversation?.whatDoesNot ?? '',
    summary: conversation?.summary ?? '',
    ownerOrganisationId: String(conversation?.ownerOrganisation?.id ?? rights.organisationId ?? ''),
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const headingId = `${id}-heading`;
  const privacyId = `${id}-privacy`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zMirrorConversationInput.safeParse({
      heldOn: values.heldOn,
      theme: values.theme,
      parentsCount: toCount(values.parentsCount),
      professionalsCount: toCount(values.professionalsCount),
      facilitator: values.facilitator.trim() || null,
      whatWorks: values.whatWorks,
      whatDoesNot: values.whatDoesNot,
      summary: values.summary,
      ...(rights.role === 'coordinator' ? { ownerOrganisationId: toId(values.ownerOrganisationId) } : {}),
    });
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, values, t));
      return;
    }
    setErrors(NO_ERRORS);
    save.mutate(
      { id: conversation?.id ?? null, body: parsed.data },
      { onSuccess: onDone, onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)) },
    );
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{conversation ? t('mirror.form.edit') : t('mirror.form.new')}</h2>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <TextField
          id={ids.heldOn}
          type="date"
          max={todayIso()}
          label={t('mirror.field.heldOn')}
          className="field__input--date"
          value={values.heldOn}
          error={errors.fields.heldOn}
          onChange={(e) => set('heldOn')(e.target.value)}
        />
        <TextField
          id={ids.theme}
          label={t('mirror.field.theme')}
          value={values.theme}
          error={errors.fields.theme}
          onChange={(e) => set('theme')(e.target.value)}
        />
        <TextField
          id={ids.parentsCount}
          label={t('mirror.field.parents')}
          type="number"
          inputMode="numeric"
          min={0}
          className="field__input--short"
          value={values.parentsCount}
          error={errors.fields.parentsCount}
          onChange={(e) => set('parentsCount')(e.target.value)}
        />
        <TextField
          id={ids.professionalsCount}
          label={t('mirror.field.professionals')}
          type="number"
          inputMode="numeric"
          min={0}
          className="field__input--short"
          value={values.professionalsCount}
          error={errors.fields.professionalsCount}
          onChange={(e) => set('professionalsCount')(e.target.value)}
        />
        <TextField
          id={ids.facilitator}
          label={t('mirror.field.facilitator')}
          hint={t('mirror.field.facilitator.hint')}
          optional
          value={values.facilitator}
          error={errors.fields.facilitator}
          onChange={(e) => set('facilitator')(e.target.value)}
        />
        <div id={privacyId}>
          <FamilyNamesWarning texts={[values.whatWorks, values.whatDoesNot, values.summary, values.theme]} />
        </div>
        <TextAreaField
          id={ids.whatWorks}
          label={t('mirror.field.whatWorks')}
          hint={t('registers.privacy.short')}
          optional
          value={values.whatWorks}
          error={errors.fields.whatWorks}
          onChange={(e) => set('whatWorks')(e.target.value)}
        />
        <TextAreaField
          id={ids.whatDoesNot}
          label={t('mirror.field.whatDoesNot')}
          hint={t('registers.privacy.short')}
          optional
          value={values.whatDoesNot}
          error={errors.fields.whatDoesNot}
          onChange={(e) => set('whatDoesNot')(e.target.value)}
        />
        <TextAreaField
          id={ids.summary}
          label={t('mirror.field.summary')}
          hint={t('registers.privacy.short')}
          optional
          value={values.summary}
          error={errors.fields.summary}
          onChange={(e) => set('summary')(e.target.value)}
        />
        <OwnerField
          id={ids.ownerOrganisationId}
          rights={rights}
          organisations={organisations}
          label={t('mirror.field.owner')}
          value={values.ownerOrganisationId}
          error={errors.fields.ownerOrganisationId}
          onChange={set('ownerOrganisationId')}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('registers.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('registers.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
