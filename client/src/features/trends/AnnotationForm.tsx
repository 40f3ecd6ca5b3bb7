import { COMPONENT_CODES, COMPONENTS, zComponentCode } from '@tks/shared/components';
import { type Annotation, type MeasureTrend, zAnnotationInput } from '@tks/shared/schemas/thermometer';
import { type FormEvent, useId, useState } from 'react';
import type { z } from 'zod';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';

const FIELDS = ['quarter', 'scope', 'text'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
type Input = z.output<typeof zAnnotationInput>;

/** The scope select's value: "all", "component:reflecteren" or "indicator:12". */
export function scopeValue(annotation: Pick<Annotation, 'component' | 'indicatorId'>): string {
  if (annotation.indicatorId !== null) return `indicator:${annotation.indicatorId}`;
  if (annotation.component !== null) return `component:${annotation.component}`;
  return 'all';
}

function scopeFields(scope: string): Pick<Input, 'component' | 'indicatorId'> {
  const [kind, rest] = scope.split(':');
  const component = zComponentCode.safeParse(rest);
  if (kind === 'component' && component.success) return { component: component.data, indicatorId: null };
  if (kind === 'indicator' && rest) return { component: null, indicatorId: Number(rest) };
  return { component: null, indicatorId: null };
}

interface AnnotationFormProps {
  /** Quarters to choose from, newest first. */
  quarters: readonly string[];
  /** The indicators a note can concern. */
  indicators: readonly Pick<MeasureTrend, 'indicatorId' | 'code' | 'nameNl' | 'nameEn'>[];
  initial?: Annotation;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: Input, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  onCancel?: () => void;
  labelledBy: string;
}

export function AnnotationForm({
  quarters,
  indicators,
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
  labelledBy,
}: AnnotationFormProps) {
  const { t, locale } = useLocale();
  const id = useId();
  const ids: Record<Field, string> = { quarter: `${id}-quarter`, scope: `${id}-scope`, text: `${id}-text` };
  const empty: Values = {
    quarter: initial?.quarter ?? quarters[0] ?? '',
    scope: initial ? scopeValue(initial) : 'all',
    text: initial?.text ?? '',
  };
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  // A note's own quarter stays choosable even when it lies outside the offered range.
  const offered = initial && !quarters.includes(initial.quarter) ? [initial.quarter, ...quarters] : quarters;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zAnnotationInput.safeParse({
      quarter: values.quarter,
      text: values.text,
      ...scopeFields(values.scope),
    });
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, values, t));
      return;
    }
    setErrors(NO_ERRORS);
    onSubmit(parsed.data, {
      onSuccess: () => setValues(empty),
      onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS, { indicator_unknown: 'scope' })),
    });
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <TextField
          id={ids.text}
          label={t('trends.annotations.field.text')}
          hint={t('trends.annotations.field.text.hint')}
          autoComplete="off"
          maxLength={300}
          value={values.text}
          error={errors.fields.text}
          onChange={(event) => set('text')(event.target.value)}
        />
        <SelectField
          id={ids.quarter}
          label={t('trends.annotations.field.quarter')}
          value={values.quarter}
          error={errors.fields.quarter}
          onChange={(event) => set('quarter')(event.target.value)}
        >
          {offered.map((quarter) => (
            <option key={quarter} value={quarter}>
              {formatQuarterKey(quarter, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={ids.scope}
          label={t('trends.annotations.field.scope')}
          hint={t('trends.annotations.field.scope.hint')}
          value={values.scope}
          error={errors.fields.scope}
          onChange={(event) => set('scope')(event.target.value)}
        >
          <option value="all">{t('trends.annotations.scope.all')}</option>
          <optgroup label={t('trends.annotations.scope.components')}>
            {COMPONENT_CODES.map((code) => (
              <option key={code} value={`component:${code}`}>
                {COMPONENTS[code][locale]}
              </option>
            ))}
          </optgroup>
          {indicators.length > 0 ? (
            <optgroup label={t('trends.annotations.scope.indicators')}>
              {indicators.map((indicator) => (
                <option key={indicator.indicatorId} value={`indicator:${indicator.indicatorId}`}>
                  {indicator.code} — {locale === 'nl' ? indicator.nameNl : indicator.nameEn}
                </option>
              ))}
            </optgroup>
          ) : null}
        </SelectField>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {submitLabel}
          </button>
          {onCancel ? (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('confirm.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
