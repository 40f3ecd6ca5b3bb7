import { COMPONENTS } from '@tks/shared/components';
import type { Annotation, MeasureTrend } from '@tks/shared/schemas/thermometer';
import { useId, useState } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction';
import { describeError } from '../../components/ErrorState';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey, recentQuarterKeys } from '../../lib/periods';
import { AnnotationForm } from './AnnotationForm';
import { useArchiveAnnotationMutation, useCreateAnnotationMutation, useUpdateAnnotationMutation } from './mutations';

interface AnnotationsSectionProps {
  slug: string;
  annotations: ReadonlyArray<Annotation & { number: number }>;
  quarters: readonly string[];
  measures: readonly MeasureTrend[];
  canEdit: boolean;
}

/** The numbered notes of the charts, and for the coordinator the means to add, change and remove them. */
export function AnnotationsSection({ slug, annotations, quarters, measures, canEdit }: AnnotationsSectionProps) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const addId = useId();
  const create = useCreateAnnotationMutation(slug);
  const [editing, setEditing] = useState<number | null>(null);
  // Notes can also announce what is coming: the current quarter and the ones with data, newest first.
  const offered = [...new Set([...recentQuarterKeys(1), ...[...quarters].reverse()])].sort().reverse();
  const indicators = measures.filter((m) => m.indicatorId !== null);

  const scopeOf = (annotation: Annotation) =>
    annotation.indicatorCode ??
    (annotation.component ? COMPONENTS[annotation.component][locale] : t('trends.annotations.all'));

  if (annotations.length === 0 && !canEdit) return null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('trends.annotations.heading')}</h2>
      {annotations.length === 0 ? <p>{t('trends.annotations.none')}</p> : null}
      <ol className="annotation-list">
        {annotations.map((annotation) => (
          <li key={annotation.id} value={annotation.number}>
            {editing === annotation.id ? (
              <EditAnnotation
                slug={slug}
                annotation={annotation}
                quarters={offered}
                indicators={indicators}
                onDone={() => setEditing(null)}
              />
            ) : (
              <>
                <strong>{formatQuarterKey(annotation.quarter, locale)}</strong> — {annotation.text}{' '}
                <span className="cell-detail-inline">({scopeOf(annotation)})</span>
                {canEdit ? (
                  <AnnotationActions slug={slug} annotation={annotation} onEdit={() => setEditing(annotation.id)} />
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <>
          <h3 id={addId}>{t('trends.annotations.add.heading')}</h3>
          <AnnotationForm
            quarters={offered}
            indicators={indicators}
            submitLabel={t('trends.annotations.add.submit')}
            pending={create.isPending}
            labelledBy={addId}
            onSubmit={(input, callbacks) => create.mutate(input, callbacks)}
          />
        </>
      ) : null}
    </section>
  );
}

function EditAnnotation({
  slug,
  annotation,
  quarters,
  indicators,
  onDone,
}: {
  slug: string;
  annotation: Annotation & { number: number };
  quarters: readonly string[];
  indicators: readonly MeasureTrend[];
  onDone: () => void;
}) {
  const { t } = useLocale();
  const update = useUpdateAnnotationMutation(slug);
  const headingId = useId();
  return (
    <>
      <h3 id={headingId} className="visually-hidden">
        {t('trends.annotations.edit.heading', { number: String(annotation.number) })}
      </h3>
      <AnnotationForm
        quarters={quarters}
        indicators={indicators}
        initial={annotation}
        submitLabel={t('trends.annotations.edit.submit')}
        pending={update.isPending}
        labelledBy={headingId}
        onCancel={onDone}
        onSubmit={(body, callbacks) =>
          update.mutate({ id: annotation.id, body }, { onSuccess: onDone, onError: callbacks.onError })
        }
      />
    </>
  );
}

function AnnotationActions({ slug, annotation, onEdit }: { slug: string; annotation: Annotation; onEdit: () => void }) {
  const { t } = useLocale();
  const archive = useArchiveAnnotationMutation(slug);
  return (
    <span className="annotation-list__actions">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('trends.annotations.edit.label', { text: annotation.text })}
        onClick={onEdit}
      >
        {t('trends.annotations.edit')}
      </button>
      <ConfirmAction
        label={t('trends.annotations.remove')}
        accessibleLabel={t('trends.annotations.remove.label', { text: annotation.text })}
        question={t('trends.annotations.remove.question', { text: annotation.text })}
        confirmLabel={t('trends.annotations.remove.confirm')}
        pending={archive.isPending}
        onConfirm={() => archive.mutate(annotation.id)}
      />
      {archive.isError ? (
        <span role="alert" className="field__error">
          {describeError(archive.error, t)}
        </span>
      ) : null}
    </span>
  );
}
