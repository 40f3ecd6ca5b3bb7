import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { quarterKey, quarterOfDate } from '@tks/shared/periods';
import type { IndicatorDefinition } from '@tks/shared/schemas/indicators';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { coalitionUrl, SEGMENTS } from '../../app/paths';
import { ConfirmAction } from '../../components/ConfirmAction';
import { describeError } from '../../components/ErrorState';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { type FormErrors, NO_ERRORS } from '../../components/form/formErrors';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import type { Translate } from '../../i18n/translate';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import {
  type BandField,
  defaultBands,
  emptyFormValues,
  type FormField,
  formValuesOf,
  type IndicatorFormValues,
  OPTIONS,
  SCALAR_FIELDS,
  toRequest,
} from './formValues';
import { useCreateIndicatorMutation, useSetArchivedMutation, useUpdateIndicatorMutation } from './mutations';
import { indicatorUrl } from './paths';
import { indicatorQueries } from './queries';
import { ReferenceForm } from './ReferenceForm';

const currentQuarter = () => quarterKey(quarterOfDate(new Date()));

/** `/c/:slug/indicators/new`: a coordinator adds an indicator to the catalogue. */
export function NewIndicatorPage() {
  const { t, locale } = useLocale();
  const slug = useCoalitionSlug();
  return (
    <>
      <BackLink to={coalitionUrl(slug, SEGMENTS.indicators)} label={t('indicator.back')} />
      <PageHeader title={t('indicatorForm.newTitle')} description={t('indicatorForm.description')} />
      <CoordinatorOnly slug={slug}>
        <IndicatorForm
          slug={slug}
          initial={emptyFormValues(formatQuarterKey(currentQuarter(), locale))}
          mode="create"
        />
      </CoordinatorOnly>
    </>
  );
}

/** `/c/:slug/indicators/:code/edit`: the definition, a new target from a quarter on, and archiving. */
export function EditIndicatorPage() {
  const { t, locale } = useLocale();
  const slug = useCoalitionSlug();
  const code = useParams().code ?? '';
  const query = useQuery(indicatorQueries.detail(slug, code));
  return (
    <>
      <BackLink to={indicatorUrl(slug, code)} label={t('indicator.back')} />
      <PageHeader
        title={t('indicatorForm.editTitle', { code: code.toUpperCase() })}
        description={t('indicatorForm.description')}
      />
      <CoordinatorOnly slug={slug}>
        <QueryResult query={query}>
          {(detail) => (
            <>
              <IndicatorForm
                // A fresh form when the stored definition changes under it (after saving elsewhere).
                key={detail.indicator.updatedAt}
                slug={slug}
                indicator={detail.indicator}
                initial={formValuesOf(detail.indicator, locale, formatQuarterKey(currentQuarter(), locale))}
                mode="edit"
              />
              <ReferenceForm slug={slug} indicator={detail.indicator} />
              <ArchiveSection slug={slug} indicator={detail.indicator} />
            </>
          )}
        </QueryResult>
      </CoordinatorOnly>
    </>
  );
}

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true">←</span>
        {label}
      </Link>
    </p>
  );
}

function CoordinatorOnly({ slug, children }: { slug: string; children: ReactNode }) {
  const { t } = useLocale();
  const role = useCoalitionRole(slug);
  if (role !== 'coordinator') return <p className="notice">{t('indicators.readOnly')}</p>;
  return <>{children}</>;
}

/** The server's field errors, keyed like the form's fields (`body.colourBands.1.from` → `colourBands.1.from`). */
function errorsFromServer(error: unknown, t: Translate, known: ReadonlySet<string>): FormErrors<FormField> {
  if (isApiError(error) && error.kind === 'server' && error.code === 'indicator_code_taken') {
    return { fields: { code: error.message }, messages: [] };
  }
  if (isApiError(error) && error.kind === 'server' && error.fieldErrors?.length) {
    const fields: Partial<Record<FormField, string>> = {};
    const messages: string[] = [];
    for (const { path, message } of error.fieldErrors) {
      const key = path.replace(/^body\./, '');
      if (known.has(key)) fields[key as FormField] ??= message;
      else messages.push(message);
    }
    return { fields, messages };
  }
  return { fields: {}, messages: [describeError(error, t)] };
}

interface IndicatorFormProps {
  slug: string;
  mode: 'create' | 'edit';
  initial: IndicatorFormValues;
  indicator?: IndicatorDefinition;
}

function IndicatorForm({ slug, mode, initial, indicator }: IndicatorFormProps) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const id = useId();
  const [values, setValues] = useState<IndicatorFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors<FormField>>(NO_ERRORS);
  const create = useCreateIndicatorMutation(slug);
  const update = useUpdateIndicatorMutation(slug, indicator?.code ?? '');
  const pending = create.isPending || update.isPending;

  const bandFields: BandField[] = values.useBands
    ? values.bands.flatMap((_, i) => [`colourBands.${i}.from`, `colourBands.${i}.to`] as BandField[])
    : [];
  const fieldIds = Object.fromEntries(
    [...SCALAR_FIELDS, ...bandFields].map((field) => [field, `${id}-${field.replace(/\./g, '-')}`]),
  ) as Record<FormField, string>;
  const set = <K extends keyof IndicatorFormValues>(field: K, value: IndicatorFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const setBand = (index: number, patch: Partial<IndicatorFormValues['bands'][number]>) =>
    setValues((current) => ({
      ...current,
      bands: current.bands.map((band, i) => (i === index ? { ...band, ...patch } : band)),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toRequest(values, mode, locale, t);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors(NO_ERRORS);
    const known = new Set<string>(Object.keys(fieldIds));
    const onError = (error: unknown) => setErrors(errorsFromServer(error, t, known));
    // Through the promise, not mutate's callbacks: saving refreshes the definition, which remounts
    // this form (its key), and callbacks of an unmounted mutation are dropped, so the page stayed put.
    const saved =
      mode === 'create'
        ? create.mutateAsync({ ...result.definition, code: result.code, references: result.references } as Parameters<
            typeof create.mutate
          >[0])
        : update.mutateAsync(result.definition as Parameters<typeof update.mutate>[0]);
    saved.then((detail) => navigate(indicatorUrl(slug, detail.indicator.code)), onError);
  };

  const text = (
    field: (typeof SCALAR_FIELDS)[number] & keyof IndicatorFormValues,
    extra: Record<string, unknown> = {},
  ) => ({
    id: fieldIds[field],
    value: String(values[field]),
    error: errors.fields[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value as never),
    ...extra,
  });

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form className="form indicator-form" noValidate onSubmit={submit}>
        <fieldset className="form__group">
          <legend>{t('indicatorForm.section.definition')}</legend>
          {mode === 'create' ? (
            <TextField
              {...text('code')}
              label={t('indicatorForm.field.code')}
              hint={t('indicatorForm.field.code.hint')}
              autoComplete="off"
              className="field__input--short"
            />
          ) : null}
          <TextField {...text('nameNl')} label={t('indicatorForm.field.nameNl')} autoComplete="off" />
          <TextField {...text('nameEn')} label={t('indicatorForm.field.nameEn')} autoComplete="off" />
          <TextArea
            id={fieldIds.descriptionNl}
            label={t('indicatorForm.field.descriptionNl')}
            value={values.descriptionNl}
            onChange={(value) => set('descriptionNl', value)}
          />
          <TextArea
            id={fieldIds.descriptionEn}
            label={t('indicatorForm.field.descriptionEn')}
            value={values.descriptionEn}
            onChange={(value) => set('descriptionEn', value)}
          />
          <SelectField
            id={fieldIds.source}
            label={t('indicatorForm.field.source')}
            value={values.source}
            onChange={(event) => set('source', event.target.value as IndicatorFormValues['source'])}
          >
            {OPTIONS.source.map((source) => (
              <option key={source} value={source}>
                {t(`source.${source}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={fieldIds.component}
            label={t('indicatorForm.field.component')}
            value={values.component}
            onChange={(event) => set('component', event.target.value as IndicatorFormValues['component'])}
          >
            {OPTIONS.component.map((component) => (
              <option key={component} value={component}>
                {COMPONENTS[component][locale]}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <fieldset className="form__group">
          <legend>{t('indicatorForm.section.calculation')}</legend>
          <SelectField
            id={fieldIds.unit}
            label={t('indicatorForm.field.unit')}
            value={values.unit}
            onChange={(event) => set('unit', event.target.value as IndicatorFormValues['unit'])}
          >
            {OPTIONS.unit.map((unit) => (
              <option key={unit} value={unit}>
                {t(`unitName.${unit}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            {...text('numeratorText')}
            label={t('indicatorForm.field.numeratorText')}
            hint={t('indicatorForm.field.numeratorText.hint')}
            optional
          />
          <TextField {...text('denominatorText')} label={t('indicatorForm.field.denominatorText')} optional />
          <TextField
            {...text('factor')}
            label={t('indicatorForm.field.factor')}
            hint={t('indicatorForm.field.factor.hint')}
            inputMode="decimal"
            className="field__input--short"
          />
          <SelectField
            id={fieldIds.direction}
            label={t('indicatorForm.field.direction')}
            value={values.direction}
            onChange={(event) => set('direction', event.target.value as IndicatorFormValues['direction'])}
          >
            {OPTIONS.direction.map((direction) => (
              <option key={direction} value={direction}>
                {t(`direction.${direction}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={fieldIds.frequency}
            label={t('indicatorForm.field.frequency')}
            value={values.frequency}
            onChange={(event) => set('frequency', event.target.value as IndicatorFormValues['frequency'])}
          >
            {OPTIONS.frequency.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`frequency.${frequency}`)}
              </option>
            ))}
          </SelectField>
          <div className="form__row">
            <TextField
              {...text('plausibleMin')}
              label={t('indicatorForm.field.plausibleMin')}
              inputMode="decimal"
              className="field__input--short"
              optional={!values.useBands}
            />
            <TextField
              {...text('plausibleMax')}
              label={t('indicatorForm.field.plausibleMax')}
              inputMode="decimal"
              className="field__input--short"
              optional={!values.useBands}
            />
          </div>
          <p className="field__hint">{t('indicatorForm.field.plausible.hint')}</p>
        </fieldset>

        <fieldset className="form__group">
          <legend>{t('indicatorForm.section.bands')}</legend>
          <div className="checkbox">
            <input
              id={`${id}-use-bands`}
              type="checkbox"
              checked={values.useBands}
              onChange={(event) => set('useBands', event.target.checked)}
            />
            <label htmlFor={`${id}-use-bands`}>{t('indicatorForm.bands.use')}</label>
          </div>
          <p className="field__hint">{t('indicator.band.rule')}</p>
          {values.useBands ? (
            <ol className="band-editor">
              {values.bands.map((band, i) => {
                const n = i + 1;
                const fromField: BandField = `colourBands.${i}.from`;
                const toField: BandField = `colourBands.${i}.to`;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: bands have no identity beyond their position
                  <li key={i} className="band-editor__band">
                    <fieldset className={`band-editor__fieldset band-editor__fieldset--${band.code}`}>
                      <legend>{t('indicatorForm.bands.band', { n })}</legend>
                      <div className="form__row">
                        <TextField
                          id={`${id}-colourBands-${i}-from`}
                          label={t('indicatorForm.bands.from')}
                          value={band.from}
                          error={errors.fields[fromField]}
                          inputMode="decimal"
                          className="field__input--short"
                          onChange={(event) => setBand(i, { from: event.target.value })}
                        />
                        <TextField
                          id={`${id}-colourBands-${i}-to`}
                          label={t('indicatorForm.bands.to')}
                          value={band.to}
                          error={errors.fields[toField]}
                          inputMode="decimal"
                          className="field__input--short"
                          onChange={(event) => setBand(i, { to: event.target.value })}
                        />
                        <SelectField
                          id={`${id}-band-${i}-code`}
                          label={t('indicatorForm.bands.code')}
                          value={band.code}
                          onChange={(event) =>
                            setBand(i, { code: event.target.value as IndicatorFormValues['bands'][number]['code'] })
                          }
                        >
                          {OPTIONS.band.map((code) => (
                            <option key={code} value={code}>
                              {t(`indicator.band.${code}`)}
                            </option>
                          ))}
                        </SelectField>
                      </div>
                      {values.bands.length > 1 ? (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() =>
                            set(
                              'bands',
                              values.bands.filter((_, j) => j !== i),
                            )
                          }
                        >
                          {t('indicatorForm.bands.remove', { n })}
                        </button>
                      ) : null}
                    </fieldset>
                  </li>
                );
              })}
            </ol>
          ) : null}
          {values.useBands ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                const last = values.bands.at(-1);
                set(
                  'bands',
                  values.bands.length === 0
                    ? defaultBands()
                    : [...values.bands, { from: last?.to ?? '', to: values.plausibleMax, code: 'strong' }],
                );
              }}
            >
              {t('indicatorForm.bands.add')}
            </button>
          ) : null}
        </fieldset>

        {mode === 'create' ? (
          <fieldset className="form__group">
            <legend>{t('indicatorForm.section.references')}</legend>
            <p className="field__hint">{t('indicatorForm.references.hint')}</p>
            {(['target', 'baseline', 'national'] as const).map((kind) => (
              <div className="form__row" key={kind}>
                <TextField
                  {...text(`${kind}Value`)}
                  label={t('indicatorForm.references.value', { kind: t(`referenceKind.${kind}`) })}
                  inputMode="decimal"
                  className="field__input--short"
                  optional
                />
                <TextField
                  {...text(`${kind}From`)}
                  label={t('indicatorForm.references.validFrom', { kind: t(`referenceKind.${kind}`) })}
                  hint={t('referenceForm.validFrom.hint')}
                  className="field__input--short"
                />
              </div>
            ))}
          </fieldset>
        ) : null}

        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {mode === 'create' ? t('indicatorForm.submit.create') : t('indicatorForm.submit.save')}
          </button>
          <Link
            className="button button--secondary"
            to={indicator ? indicatorUrl(slug, indicator.code) : coalitionUrl(slug, SEGMENTS.indicators)}
          >
            {t('indicatorForm.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

function TextArea({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useLocale();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
        <span className="field__optional"> ({t('form.optional')})</span>
      </label>
      <textarea
        id={id}
        className="field__input field__textarea"
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function ArchiveSection({ slug, indicator }: { slug: string; indicator: IndicatorDefinition }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const mutation = useSetArchivedMutation(slug, indicator.code);
  const name = locale === 'nl' ? indicator.nameNl : indicator.nameEn;
  return (
    <section className="section form--panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('indicatorForm.archive.heading')}</h2>
      <p>{t('indicatorForm.archive.body')}</p>
      {mutation.isError ? (
        <p className="field__error" role="alert">
          {describeError(mutation.error, t)}
        </p>
      ) : null}
      {indicator.archived ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={mutation.isPending}
          onClick={() => mutation.mutate(false)}
        >
          {t('indicatorForm.restore')}
        </button>
      ) : (
        <ConfirmAction
          label={t('indicatorForm.archive')}
          question={`${indicator.code} ${name}: ${t('indicatorForm.archive')}?`}
          confirmLabel={t('indicatorForm.archive.confirm')}
          pending={mutation.isPending}
          onConfirm={() => mutation.mutate(true)}
        />
      )}
    </section>
  );
}
