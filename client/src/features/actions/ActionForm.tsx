import { useQuery } from '@tanstack/react-query';
import { COMPONENT_CODES, COMPONENTS, type ComponentCode } from '@tks/shared/components';
import { ACTION_SOURCES, ACTION_STATUSES } from '@tks/shared/domain';
import { formatDate } from '@tks/shared/format';
import { type Action, type ActionSourceInput, zAction, zActionInput } from '@tks/shared/schemas/actions';
import { type FormEvent, useId, useState } from 'react';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { useLocale } from '../../i18n/useLocale';
import { type EditRights, OwnerField, toId, useOrganisations } from '../registers/common';
import { useSaveEntryMutation } from '../registers/mutations';
import { registerQueries } from '../registers/queries';

const FIELDS = [
  'title',
  'description',
  'component',
  'ownerOrganisationId',
  'ownerName',
  'dueOn',
  'status',
  'sourceKind',
  'sourceRef',
  'sourceNote',
] as const;
type Field = (typeof FIELDS)[number];

export interface ActionDefaults {
  component?: ComponentCode;
  source?: ActionSourceInput;
}

function sourceOfAction(
  action: Action | null,
  defaults: ActionDefaults,
): { sourceKind: string; sourceRef: string; sourceNote: string } {
  const source = action?.source;
  if (!source) {
    const d = defaults.source;
    return {
      sourceKind: d?.kind ?? 'other',
      sourceRef:
        d?.kind === 'mirror_conversation'
          ? String(d.mirrorConversationId)
          : d?.kind === 'questionnaire'
            ? d.dimensionCode
            : '',
      sourceNote: '',
    };
  }
  const ref =
    source.kind === 'mirror_conversation'
      ? source.mirrorConversationId
      : source.kind === 'meeting'
        ? source.learningActivityId
        : source.kind === 'indicator'
          ? source.indicatorId
          : source.kind === 'questionnaire'
            ? source.dimensionCode
            : null;
  return { sourceKind: source.kind, sourceRef: ref === null ? '' : String(ref), sourceNote: source.note ?? '' };
}

/** Create or change an improvement action; also used to create follow-up actions from a mirror conversation. */
export function ActionForm({
  slug,
  rights,
  action,
  defaults = {},
  heading,
  onDone,
}: {
  slug: string;
  rights: EditRights;
  action: Action | null;
  defaults?: ActionDefaults;
  heading: string;
  onDone: (saved: Action | null) => void;
}) {
  const { t, locale } = useLocale();
  const organisations = useOrganisations(slug);
  const conversations = useQuery(registerQueries.list(slug, 'mirrorConversations')).data?.mirrorConversations ?? [];
  const activities = useQuery(registerQueries.list(slug, 'learningActivities')).data?.learningActivities ?? [];
  const save = useSaveEntryMutation(slug, 'actions', zAction);
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<Field, string>;
  const [values, setValues] = useState({
    title: action?.title ?? '',
    description: action?.description ?? '',
    component: action?.component ?? defaults.component ?? 'samenwerken_leren',
    ownerOrganisationId: String(action?.ownerOrganisation?.id ?? rights.organisationId ?? ''),
    ownerName: action?.ownerName ?? '',
    dueOn: action?.dueOn ?? '',
    status: action?.status ?? 'open',
    ...sourceOfAction(action, defaults),
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const headingId = `${id}-heading`;

  const source = (): unknown => {
    const ref = values.sourceRef;
    const note = values.sourceNote.trim() || null;
    switch (values.sourceKind) {
      case 'questionnaire':
        return { kind: 'questionnaire', dimensionCode: ref };
      case 'mirror_conversation':
        return { kind: 'mirror_conversation', mirrorConversationId: ref === '' ? undefined : Number(ref) };
      case 'meeting':
        return { kind: 'meeting', learningActivityId: toId(ref), note };
      case 'indicator':
        return ref === '' ? { kind: 'other', note } : { kind: 'indicator', indicatorId: Number(ref) };
      default:
        return { kind: 'other', note };
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      title: values.title,
      description: values.description,
      component: values.component,
      ownerName: values.ownerName.trim() || null,
      dueOn: values.dueOn || null,
      status: values.status,
      completedOn: action?.completedOn ?? null,
      source: source(),
      ...(rights.role === 'coordinator' ? { ownerOrganisationId: toId(values.ownerOrganisationId) } : {}),
    };
    const parsed = zActionInput.safeParse(body);
    if (!parsed.success) {
      // A source problem is the reference the user picks.
      const mapped = formErrorsFromZod(parsed.error, { ...values, source: '' }, t);
      const { source: sourceError, ...fields } = mapped.fields as Record<string, string | undefined>;
      setErrors({
        messages: mapped.messages,
        fields: { ...fields, ...(sourceError ? { sourceRef: t('actions.error.source') } : {}) },
      });
      return;
    }
    setErrors(NO_ERRORS);
    save.mutate(
      { id: action?.id ?? null, body: parsed.data },
      {
        onSuccess: (saved) => onDone(saved),
        onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS, { action_source_unknown: 'sourceRef' })),
      },
    );
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <TextField
          id={ids.title}
          label={t('actions.field.title')}
          value={values.title}
          error={errors.fields.title}
          onChange={(e) => set('title')(e.target.value)}
        />
        <TextAreaField
          id={ids.description}
          label={t('actions.field.description')}
          optional
          rows={3}
          value={values.description}
          error={errors.fields.description}
          onChange={(e) => set('description')(e.target.value)}
        />
        <SelectField
          id={ids.component}
          label={t('actions.field.component')}
          value={values.component}
          error={errors.fields.component}
          onChange={(e) => set('component')(e.target.value)}
        >
          {COMPONENT_CODES.map((code) => (
            <option key={code} value={code}>
              {COMPONENTS[code][locale]}
            </option>
          ))}
        </SelectField>
        <OwnerField
          id={ids.ownerOrganisationId}
          rights={rights}
          organisations={organisations}
          label={t('actions.field.ownerOrganisation')}
          value={values.ownerOrganisationId}
          error={errors.fields.ownerOrganisationId}
          onChange={set('ownerOrganisationId')}
        />
        <TextField
          id={ids.ownerName}
          label={t('actions.field.ownerName')}
          hint={t('actions.field.ownerName.hint')}
          optional
          autoComplete="off"
          value={values.ownerName}
          error={errors.fields.ownerName}
          onChange={(e) => set('ownerName')(e.target.value)}
        />
        <TextField
          id={ids.dueOn}
          type="date"
          label={t('actions.field.dueOn')}
          optional
          className="field__input--date"
          value={values.dueOn}
          error={errors.fields.dueOn}
          onChange={(e) => set('dueOn')(e.target.value)}
        />
        <SelectField
          id={ids.status}
          label={t('actions.field.status')}
          value={values.status}
          error={errors.fields.status}
          onChange={(e) => set('status')(e.target.value)}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`actions.status.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={ids.sourceKind}
          label={t('actions.field.source')}
          value={values.sourceKind}
          onChange={(e) => setValues((v) => ({ ...v, sourceKind: e.target.value, sourceRef: '' }))}
        >
          {ACTION_SOURCES.filter((kind) => kind !== 'indicator' || values.sourceKind === 'indicator').map((kind) => (
            <option key={kind} value={kind}>
              {t(`actions.source.${kind}`)}
            </option>
          ))}
        </SelectField>
        {values.sourceKind === 'mirror_conversation' ? (
          <SelectField
            id={ids.sourceRef}
            label={t('actions.field.sourceMirror')}
            value={values.sourceRef}
            error={errors.fields.sourceRef}
            onChange={(e) => set('sourceRef')(e.target.value)}
          >
            <option value="">{t('actions.field.choose')}</option>
            {conversations.map((c) => (
              <option key={c.id} value={c.id}>
                {formatDate(c.heldOn, locale)} — {c.theme}
              </option>
            ))}
          </SelectField>
        ) : null}
        {values.sourceKind === 'meeting' ? (
          <SelectField
            id={ids.sourceRef}
            label={t('actions.field.sourceMeeting')}
            optional
            value={values.sourceRef}
            error={errors.fields.sourceRef}
            onChange={(e) => set('sourceRef')(e.target.value)}
          >
            <option value="">{t('actions.field.notInRegister')}</option>
            {activities.map((a) => (
              <option key={a.id} value={a.id}>
                {formatDate(a.heldOn, locale)} — {a.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        {values.sourceKind === 'questionnaire' ? (
          <SelectField
            id={ids.sourceRef}
            label={t('actions.field.sourceDimension')}
            value={values.sourceRef}
            error={errors.fields.sourceRef}
            onChange={(e) => set('sourceRef')(e.target.value)}
          >
            <option value="">{t('actions.field.choose')}</option>
            {['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((code) => (
              <option key={code} value={code}>
                {t('actions.dimension', { code })}
              </option>
            ))}
          </SelectField>
        ) : null}
        {values.sourceKind === 'meeting' || values.sourceKind === 'other' ? (
          <TextField
            id={ids.sourceNote}
            label={t('actions.field.sourceNote')}
            optional
            value={values.sourceNote}
            error={errors.fields.sourceNote}
            onChange={(e) => set('sourceNote')(e.target.value)}
          />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('registers.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {t('registers.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
