import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import type { InstrumentVersionDetail, InstrumentVersionEdit } from '@tks/shared/schemas/questionnaires';
import { zInstrumentVersionEdit } from '@tks/shared/schemas/questionnaires';
import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../components/ErrorState';
import { TextAreaField } from '../../components/form/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useLocale } from '../../i18n/useLocale';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { useCopyVersionMutation, useEditVersionMutation } from './mutations';
import { questionnaireUrls } from './paths';
import { questionnaireQueries } from './queries';
import { useNumericParam } from './useRoundId';

export function VersionPage() {
  const slug = useCoalitionSlug();
  const versionId = useNumericParam('versionId') ?? 0;
  const query = useQuery(questionnaireQueries.version(slug, versionId));
  const canEdit = useCoalitionRole(slug) === 'coordinator';
  return (
    <QueryResult query={query}>
      {(version) => <VersionView key={version.id} slug={slug} version={version} canEdit={canEdit} />}
    </QueryResult>
  );
}

interface EditableItem {
  key: string;
  itemId?: number;
  code: string | null;
  textNl: string;
  textEn: string;
}

function editable(version: InstrumentVersionDetail) {
  const item = (i: InstrumentVersionDetail['openQuestions'][number]): EditableItem => ({
    key: `i${i.id}`,
    itemId: i.id,
    code: i.code,
    textNl: i.textNl,
    textEn: i.textEn,
  });
  return {
    dimensions: version.dimensions.map((d) => ({ ...d, items: d.items.map(item) })),
    openQuestions: version.openQuestions.map(item),
  };
}

let counter = 0;
const newItem = (): EditableItem => {
  counter += 1;
  return { key: `new${counter}`, code: null, textNl: '', textEn: '' };
};

function VersionView({ slug, version, canEdit }: { slug: string; version: InstrumentVersionDetail; canEdit: boolean }) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const editing = canEdit && !version.locked;
  const [state, setState] = useState(() => editable(version));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const save = useEditVersionMutation(slug, version.id);
  const copy = useCopyVersionMutation(slug);
  const formId = useId();

  const updateItem = (dim: number | 'open', key: string, patch: Partial<EditableItem>) =>
    setState((s) =>
      dim === 'open'
        ? { ...s, openQuestions: s.openQuestions.map((i) => (i.key === key ? { ...i, ...patch } : i)) }
        : {
            ...s,
            dimensions: s.dimensions.map((d, di) =>
              di === dim ? { ...d, items: d.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) } : d,
            ),
          },
    );
  const removeItem = (dim: number | 'open', key: string) =>
    setState((s) =>
      dim === 'open'
        ? { ...s, openQuestions: s.openQuestions.filter((i) => i.key !== key) }
        : {
            ...s,
            dimensions: s.dimensions.map((d, di) =>
              di === dim ? { ...d, items: d.items.filter((i) => i.key !== key) } : d,
            ),
          },
    );
  const addItem = (dim: number | 'open') =>
    setState((s) =>
      dim === 'open'
        ? { ...s, openQuestions: [...s.openQuestions, newItem()] }
        : {
            ...s,
            dimensions: s.dimensions.map((d, di) => (di === dim ? { ...d, items: [...d.items, newItem()] } : d)),
          },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const strip = (i: EditableItem) => ({
      ...(i.itemId ? { itemId: i.itemId } : {}),
      textNl: i.textNl,
      textEn: i.textEn,
    });
    const body: InstrumentVersionEdit = {
      ...(version.notes ? { notes: version.notes } : {}),
      dimensions: state.dimensions.map((d) => ({
        code: d.code,
        nameNl: d.nameNl,
        nameEn: d.nameEn,
        component: d.component,
        items: d.items.map(strip),
      })),
      openQuestions: state.openQuestions.map(strip),
    };
    const parsed = zInstrumentVersionEdit.safeParse(body);
    if (!parsed.success) {
      setError(t('questionnaires.version.invalid'));
      return;
    }
    setError(null);
    save.mutate(parsed.data, {
      onSuccess: (updated) => {
        setState(editable(updated));
        setStatus(t('questionnaires.version.saved'));
      },
      onError: (e) => setError(describeError(e, t)),
    });
  };

  const itemFields = (dim: number | 'open', item: EditableItem, index: number) => (
    <li key={item.key} className="version-item">
      <p className="version-item__code">
        {item.code ?? t('questionnaires.version.newItem')}
        {item.itemId && editing ? <span className="hint-inline"> {t('questionnaires.version.rewordHint')}</span> : null}
      </p>
      {editing ? (
        <>
          <TextAreaField
            id={`${formId}-${item.key}-nl`}
            label={t('questionnaires.version.textNl', { n: index + 1 })}
            rows={2}
            value={item.textNl}
            onChange={(e) => updateItem(dim, item.key, { textNl: e.target.value })}
          />
          <TextAreaField
            id={`${formId}-${item.key}-en`}
            label={t('questionnaires.version.textEn', { n: index + 1 })}
            rows={2}
            value={item.textEn}
            onChange={(e) => updateItem(dim, item.key, { textEn: e.target.value })}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => removeItem(dim, item.key)}
          >
            {t('questionnaires.version.remove')}
            <span className="visually-hidden"> {item.code ?? t('questionnaires.version.newItem')}</span>
          </button>
        </>
      ) : (
        <p>{locale === 'nl' ? item.textNl : item.textEn}</p>
      )}
    </li>
  );

  return (
    <>
      <PageHeader
        title={t('questionnaires.versionName', { n: version.version })}
        eyebrow={t('questionnaires.version.eyebrow')}
        description={
          version.locked
            ? t('questionnaires.version.lockedText')
            : editing
              ? t('questionnaires.version.editText')
              : t('questionnaires.version.viewText')
        }
      >
        <ul className="link-list link-list--inline">
          <li>
            <Link to={questionnaireUrls.overview(slug)}>{t('questionnaires.backToOverview')}</Link>
          </li>
        </ul>
        {canEdit && version.locked ? (
          <button
            type="button"
            className="button button--primary"
            disabled={copy.isPending}
            onClick={() =>
              copy.mutate(version.id, { onSuccess: (c) => void navigate(questionnaireUrls.version(slug, c.id)) })
            }
          >
            {t('questionnaires.versions.copy')}
          </button>
        ) : null}
      </PageHeader>
      <form noValidate onSubmit={submit} aria-label={t('questionnaires.versionName', { n: version.version })}>
        {state.dimensions.map((d, di) => (
          <section key={d.code} className="section version-dimension" aria-labelledby={`${formId}-dim-${d.code}`}>
            <h2 id={`${formId}-dim-${d.code}`}>
              <span className="dimension-card__code">{d.code}</span> {locale === 'nl' ? d.nameNl : d.nameEn}
            </h2>
            <p className="hint">{t('questionnaires.results.component', { name: COMPONENTS[d.component][locale] })}</p>
            <ol className="version-items">{d.items.map((item, i) => itemFields(di, item, i))}</ol>
            {editing ? (
              <button type="button" className="button button--secondary button--small" onClick={() => addItem(di)}>
                {t('questionnaires.version.addItem', { code: d.code })}
              </button>
            ) : null}
          </section>
        ))}
        <section className="section version-dimension" aria-labelledby={`${formId}-open`}>
          <h2 id={`${formId}-open`}>{t('questionnaires.version.open')}</h2>
          <ol className="version-items">{state.openQuestions.map((item, i) => itemFields('open', item, i))}</ol>
          {editing ? (
            <button type="button" className="button button--secondary button--small" onClick={() => addItem('open')}>
              {t('questionnaires.version.addOpen')}
            </button>
          ) : null}
        </section>
        {editing ? (
          <div className="form__actions version-save">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {t('questionnaires.version.save')}
            </button>
            <p className="form__status" role="status">
              {status}
            </p>
          </div>
        ) : null}
        {error ? (
          <p role="alert" className="field__error">
            {error}
          </p>
        ) : null}
      </form>
    </>
  );
}
