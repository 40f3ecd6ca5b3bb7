import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { formatNumber, formatPercent } from '@tks/shared/format';
import { type CarePlanCount, zCarePlanCount, zCarePlanCountInput } from '@tks/shared/schemas/registers';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { Missing } from '../../components/Missing';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey, recentQuarterKeys } from '../../lib/periods';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { ArchiveControl, ReadOnlyNotice, Section, toCount, useEditRights } from './common';
import { useSaveEntryMutation } from './mutations';
import { registerQueries } from './queries';
import { TargetsSection } from './TargetsSection';

function share(part: number, whole: number) {
  return whole === 0 ? null : (part / whole) * 100;
}

export function CarePlansPage() {
  const { t, locale } = useLocale();
  const slug = useCoalitionSlug();
  const rights = useEditRights(slug);
  const isCoordinator = rights.role === 'coordinator';
  const [showArchived, setShowArchived] = useState(false);
  const query = useQuery(registerQueries.list(slug, 'carePlans', showArchived));
  const [editing, setEditing] = useState<CarePlanCount | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title={COMPONENTS.integraal_behandelplan[locale]}
        eyebrow={t('carePlans.eyebrow')}
        description={t('carePlans.description')}
      />
      <p className="callout">{t('carePlans.aggregateOnly')}</p>
      {rights.role === 'director' ? <ReadOnlyNotice rights={rights} /> : null}
      {rights.role === 'partner' ? <p className="hint">{t('carePlans.coordinatorOnly')}</p> : null}
      {isCoordinator && editing === null ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('carePlans.new')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <CarePlanForm
          slug={slug}
          count={editing === 'new' ? null : editing}
          taken={(query.data?.carePlanCounts ?? []).filter((c) => !c.archivedAt).map((c) => c.quarter)}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <QueryResult
        query={query}
        isEmpty={(data) => data.carePlanCounts.length === 0 && !showArchived}
        empty={
          <EmptyState title={t('carePlans.empty.title')}>
            <p>{t('carePlans.empty.body')}</p>
          </EmptyState>
        }
      >
        {(data) => (
          <Section title={t('carePlans.list.heading')}>
            <label className="checkbox">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              {t('registers.showArchived')}
            </label>
            <CountsTable
              slug={slug}
              counts={data.carePlanCounts}
              canEdit={isCoordinator}
              onEdit={(count) => setEditing(count)}
            />
          </Section>
        )}
      </QueryResult>
      <TargetsSection slug={slug} component="integraal_behandelplan" canSet={isCoordinator} />
    </>
  );
}

function CountsTable({
  slug,
  counts,
  canEdit,
  onEdit,
}: {
  slug: string;
  counts: readonly CarePlanCount[];
  canEdit: boolean;
  onEdit: (count: CarePlanCount) => void;
}) {
  const { t, locale } = useLocale();
  const captionId = useId();
  const percent = (value: number | null) =>
    value === null ? <Missing /> : formatPercent(value, locale, { maxDecimals: 0 });
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table data-table--compact">
        <caption id={captionId}>{t('carePlans.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('carePlans.field.quarter')}</th>
            <th scope="col" className="numeric">
              {t('carePlans.field.discussed')}
            </th>
            <th scope="col" className="numeric">
              {t('carePlans.field.withPlan')}
            </th>
            <th scope="col" className="numeric">
              {t('carePlans.field.evaluated')}
            </th>
            <th scope="col" className="numeric">
              {t('carePlans.column.planShare')}
            </th>
            <th scope="col" className="numeric">
              {t('carePlans.column.evaluatedShare')}
            </th>
            <th scope="col">{t('carePlans.field.note')}</th>
            {canEdit ? <th scope="col">{t('registers.actionsColumn')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {counts.map((count) => {
            const quarter = formatQuarterKey(count.quarter, locale);
            return (
              <tr key={count.id}>
                <th scope="row" className="nowrap">
                  {quarter}
                  {count.archivedAt ? (
                    <>
                      {' '}
                      <span className="badge badge--neutral">{t('registers.archived')}</span>
                    </>
                  ) : null}
                </th>
                <td className="numeric">{formatNumber(count.familiesDiscussed, locale)}</td>
                <td className="numeric">{formatNumber(count.withSharedPlan, locale)}</td>
                <td className="numeric">{formatNumber(count.planEvaluated, locale)}</td>
                <td className="numeric">{percent(share(count.withSharedPlan, count.familiesDiscussed))}</td>
                <td className="numeric">{percent(share(count.planEvaluated, count.withSharedPlan))}</td>
                <td>{count.note ?? ''}</td>
                {canEdit ? (
                  <td>
                    <div className="row-actions">
                      {count.archivedAt ? null : (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={t('registers.editFor', { name: quarter })}
                          onClick={() => onEdit(count)}
                        >
                          {t('registers.edit')}
                        </button>
                      )}
                      <ArchiveControl
                        slug={slug}
                        path="care-plans"
                        id={count.id}
                        name={quarter}
                        archived={count.archivedAt !== null}
                      />
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

const FIELDS = ['quarter', 'familiesDiscussed', 'withSharedPlan', 'planEvaluated', 'note'] as const;
type Field = (typeof FIELDS)[number];

function CarePlanForm({
  slug,
  count,
  taken,
  onDone,
}: {
  slug: string;
  count: CarePlanCount | null;
  taken: readonly string[];
  onDone: () => void;
}) {
  const { t, locale } = useLocale();
  const save = useSaveEntryMutation(slug, 'care-plans', zCarePlanCount);
  const quarters = useMemo(() => {
    const recent = recentQuarterKeys(8).filter((q) => q === count?.quarter || !taken.includes(q));
    return count && !recent.includes(count.quarter) ? [count.quarter, ...recent] : recent;
  }, [count, taken]);
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<Field, string>;
  const [values, setValues] = useState<Record<Field, string>>({
    quarter: count?.quarter ?? quarters[0] ?? '',
    familiesDiscussed: count ? String(count.familiesDiscussed) : '',
    withSharedPlan: count ? String(count.withSharedPlan) : '',
    planEvaluated: count ? String(count.planEvaluated) : '',
    note: count?.note ?? '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const headingId = `${id}-heading`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zCarePlanCountInput.safeParse({
      quarter: values.quarter,
      familiesDiscussed: toCount(values.familiesDiscussed),
      withSharedPlan: toCount(values.withSharedPlan),
      planEvaluated: toCount(values.planEvaluated),
      note: values.note.trim() || null,
    });
    if (!parsed.success) {
      setErrors(
        formErrorsFromZod(parsed.error, values, t, {
          withSharedPlan: t('carePlans.error.withPlan'),
          planEvaluated: t('carePlans.error.evaluated'),
        }),
      );
      return;
    }
    setErrors(NO_ERRORS);
    save.mutate(
      { id: count?.id ?? null, body: parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS, { care_plan_quarter_taken: 'quarter' })),
      },
    );
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{count ? t('carePlans.form.edit') : t('carePlans.form.new')}</h2>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <SelectField
          id={ids.quarter}
          label={t('carePlans.field.quarter')}
          value={values.quarter}
          error={errors.fields.quarter}
          onChange={(e) => set('quarter')(e.target.value)}
        >
          {quarters.map((quarter) => (
            <option key={quarter} value={quarter}>
              {formatQuarterKey(quarter, locale)}
            </option>
          ))}
        </SelectField>
        {(['familiesDiscussed', 'withSharedPlan', 'planEvaluated'] as const).map((field) => (
          <TextField
            key={field}
            id={ids[field]}
            label={
              field === 'familiesDiscussed'
                ? t('carePlans.field.discussed')
                : field === 'withSharedPlan'
                  ? t('carePlans.field.withPlan')
                  : t('carePlans.field.evaluated')
            }
            type="number"
            inputMode="numeric"
            min={0}
            className="field__input--short"
            value={values[field]}
            error={errors.fields[field]}
            onChange={(e) => set(field)(e.target.value)}
          />
        ))}
        <TextField
          id={ids.note}
          label={t('carePlans.field.note')}
          hint={t('registers.privacy.short')}
          optional
          value={values.note}
          error={errors.fields.note}
          onChange={(e) => set('note')(e.target.value)}
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
