import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { LEARNING_ACTIVITY_KINDS } from '@tks/shared/domain';
import { formatDate, formatNumber, formatPercent } from '@tks/shared/format';
import type { Organisation } from '@tks/shared/schemas/organisations';
import {
  type LearningActivity,
  type LearningBreadth,
  zLearningActivity,
  zLearningActivityInput,
} from '@tks/shared/schemas/registers';
import { type FormEvent, useId, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { Missing } from '../../components/Missing';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { StatGrid } from '../../components/StatGrid';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import {
  ArchiveControl,
  type EditRights,
  OrganisationChecklist,
  OwnerField,
  ReadOnlyNotice,
  Section,
  todayIso,
  toId,
  useEditRights,
  useOrganisations,
} from './common';
import { useSaveEntryMutation } from './mutations';
import { registerQueries } from './queries';
import { TargetsSection } from './TargetsSection';

export function LearningPage() {
  const { t, locale } = useLocale();
  const slug = useCoalitionSlug();
  const rights = useEditRights(slug);
  const [showArchived, setShowArchived] = useState(false);
  const query = useQuery(registerQueries.list(slug, 'learningActivities', showArchived));
  const organisations = useOrganisations(slug);
  const [editing, setEditing] = useState<LearningActivity | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title={COMPONENTS.samenwerken_leren[locale]}
        eyebrow={t('learning.eyebrow')}
        description={t('learning.description')}
      />
      <ReadOnlyNotice rights={rights} />
      {rights.canCreate && editing === null ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('learning.new')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <LearningForm
          slug={slug}
          rights={rights}
          organisations={organisations}
          activity={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <QueryResult query={query}>
        {(data) => (
          <>
            <Breadth breadth={data.breadth} />
            <Section title={t('learning.list.heading')}>
              <label className="checkbox">
                <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                {t('registers.showArchived')}
              </label>
              {data.learningActivities.length === 0 ? (
                <EmptyState title={t('learning.empty.title')} headingLevel={3} />
              ) : (
                <ActivitiesTable
                  slug={slug}
                  rights={rights}
                  activities={data.learningActivities}
                  onEdit={(activity) => setEditing(activity)}
                />
              )}
            </Section>
          </>
        )}
      </QueryResult>
      <TargetsSection slug={slug} component="samenwerken_leren" canSet={rights.role === 'coordinator'} />
    </>
  );
}

function Breadth({ breadth }: { breadth: LearningBreadth }) {
  const { t, locale } = useLocale();
  return (
    <Section title={t('learning.breadth.heading')}>
      <p className="hint">
        {t('learning.breadth.intro', { from: formatDate(breadth.from, locale), to: formatDate(breadth.to, locale) })}
      </p>
      <StatGrid
        stats={[
          {
            id: 'share',
            label: t('learning.breadth.share'),
            value: breadth.share === null ? <Missing /> : formatPercent(breadth.share, locale, { maxDecimals: 0 }),
          },
          {
            id: 'count',
            label: t('learning.breadth.count'),
            value: t('learning.breadth.ofTotal', {
              n: formatNumber(breadth.participating, locale),
              total: formatNumber(breadth.organisations, locale),
            }),
          },
        ]}
      />
      {breadth.missing.length > 0 ? (
        <p>
          <strong>{t('learning.breadth.missing')}</strong> {breadth.missing.map((o) => o.name).join(', ')}
        </p>
      ) : null}
    </Section>
  );
}

function ActivitiesTable({
  slug,
  rights,
  activities,
  onEdit,
}: {
  slug: string;
  rights: EditRights;
  activities: readonly LearningActivity[];
  onEdit: (activity: LearningActivity) => void;
}) {
  const { t, locale } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('learning.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('learning.field.heldOn')}</th>
            <th scope="col">{t('learning.field.title')}</th>
            <th scope="col">{t('learning.field.kind')}</th>
            <th scope="col">{t('learning.field.participants')}</th>
            <th scope="col">{t('registers.actionsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.id}>
              <td className="nowrap">{formatDate(activity.heldOn, locale)}</td>
              <th scope="row">
                {activity.title}
                {activity.archivedAt ? (
                  <>
                    {' '}
                    <span className="badge badge--neutral">{t('registers.archived')}</span>
                  </>
                ) : null}
              </th>
              <td>{t(`learning.kind.${activity.kind}`)}</td>
              <td>
                <span className="cell-detail">
                  {t('learning.participants.count', { n: activity.participants.length })}
                </span>{' '}
                <span className="hint-inline">{activity.participants.map((p) => p.name).join(', ')}</span>
              </td>
              <td>
                {rights.canEdit(activity.ownerOrganisation?.id) ? (
                  <div className="row-actions">
                    {activity.archivedAt ? null : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('registers.editFor', { name: activity.title })}
                        onClick={() => onEdit(activity)}
                      >
                        {t('registers.edit')}
                      </button>
                    )}
                    <ArchiveControl
                      slug={slug}
                      path="learning-activities"
                      id={activity.id}
                      name={activity.title}
                      archived={activity.archivedAt !== null}
                    />
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const FIELDS = ['heldOn', 'kind', 'title', 'description', 'participantIds', 'ownerOrganisationId'] as const;
type Field = (typeof FIELDS)[number];

function LearningForm({
  slug,
  rights,
  organisations,
  activity,
  onDone,
}: {
  slug: string;
  rights: EditRights;
  organisations: readonly Organisation[];
  activity: LearningActivity | null;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const save = useSaveEntryMutation(slug, 'learning-activities', zLearningActivity);
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<Field, string>;
  const [values, setValues] = useState({
    heldOn: activity?.heldOn ?? todayIso(),
    kind: activity?.kind ?? 'case_discussion',
    title: activity?.title ?? '',
    description: activity?.description ?? '',
    ownerOrganisationId: String(activity?.ownerOrganisation?.id ?? rights.organisationId ?? ''),
  });
  const [participantIds, setParticipantIds] = useState<number[]>(activity?.participants.map((p) => p.id) ?? []);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const headingId = `${id}-heading`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zLearningActivityInput.safeParse({
      heldOn: values.heldOn,
      kind: values.kind,
      title: values.title,
      description: values.description,
      participantIds,
      ...(rights.role === 'coordinator' ? { ownerOrganisationId: toId(values.ownerOrganisationId) } : {}),
    });
    if (!parsed.success) {
      setErrors(
        formErrorsFromZod(parsed.error, { ...values, participantIds }, t, {
          participantIds: t('learning.error.participants'),
        }),
      );
      return;
    }
    setErrors(NO_ERRORS);
    save.mutate(
      { id: activity?.id ?? null, body: parsed.data },
      { onSuccess: onDone, onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)) },
    );
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{activity ? t('learning.form.edit') : t('learning.form.new')}</h2>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <TextField
          id={ids.heldOn}
          type="date"
          max={todayIso()}
          label={t('learning.field.heldOn')}
          className="field__input--date"
          value={values.heldOn}
          error={errors.fields.heldOn}
          onChange={(e) => set('heldOn')(e.target.value)}
        />
        <SelectField
          id={ids.kind}
          label={t('learning.field.kind')}
          value={values.kind}
          error={errors.fields.kind}
          onChange={(e) => set('kind')(e.target.value)}
        >
          {LEARNING_ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`learning.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.title}
          label={t('learning.field.title')}
          value={values.title}
          error={errors.fields.title}
          onChange={(e) => set('title')(e.target.value)}
        />
        <TextAreaField
          id={ids.description}
          label={t('learning.field.description')}
          hint={t('registers.privacy.short')}
          optional
          rows={3}
          value={values.description}
          error={errors.fields.description}
          onChange={(e) => set('description')(e.target.value)}
        />
        <OrganisationChecklist
          id={ids.participantIds}
          legend={t('learning.field.participants')}
          organisations={organisations}
          selected={participantIds}
          onChange={setParticipantIds}
          error={errors.fields.participantIds}
        />
        <OwnerField
          id={ids.ownerOrganisationId}
          rights={rights}
          organisations={organisations}
          label={t('learning.field.owner')}
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
