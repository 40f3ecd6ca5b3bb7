import { INDICATOR_REFERENCE_KINDS, type IndicatorReferenceKind } from '@tks/shared/domain';
import type { IndicatorDefinition } from '@tks/shared/schemas/indicators';
import { type FormEvent, useId, useState } from 'react';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, NO_ERRORS } from '../../components/form/formErrors';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { formatIndicatorValue } from './formatIndicatorValue';
import { parseDecimal, parseQuarterText } from './formValues';
import { useAddReferenceMutation } from './mutations';

const FIELDS = ['kind', 'validFrom', 'value', 'note'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A new target (or baseline, or national value) from a quarter on. It never rewrites what held
 * before: earlier quarters keep being read against their own target.
 */
export function ReferenceForm({ slug, indicator }: { slug: string; indicator: IndicatorDefinition }) {
  const { t, locale } = useLocale();
  const id = useId();
  const headingId = `${id}-heading`;
  const ids: Record<Field, string> = {
    kind: `${id}-kind`,
    validFrom: `${id}-from`,
    value: `${id}-value`,
    note: `${id}-note`,
  };
  const [kind, setKind] = useState<IndicatorReferenceKind>('target');
  const [validFrom, setValidFrom] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useAddReferenceMutation(slug, indicator.code);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields: Partial<Record<Field, string>> = {};
    const quarter = parseQuarterText(validFrom);
    if (quarter === null)
      fields.validFrom = validFrom.trim() === '' ? t('form.error.required') : t('referenceForm.error.quarter');
    const number = parseDecimal(value, locale);
    if (number === null) fields.value = t('form.error.required');
    else if (Number.isNaN(number)) fields.value = t('indicatorForm.error.number');
    if (quarter === null || number === null || Number.isNaN(number)) {
      setErrors({ fields, messages: [] });
      return;
    }
    setErrors(NO_ERRORS);
    setSaved(null);
    mutation.mutate(
      { kind, validFrom: quarter, value: number, note: note.trim() || null },
      {
        onSuccess: () => {
          setSaved(
            t('referenceForm.saved', {
              kind: t(`referenceKind.${kind}`),
              value: formatIndicatorValue(number, indicator.unit, locale, t),
              quarter: formatQuarterKey(quarter, locale),
            }),
          );
          setValidFrom('');
          setValue('');
          setNote('');
        },
        onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)),
      },
    );
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('referenceForm.heading')}</h2>
      <p>{t('referenceForm.body')}</p>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <SelectField
          id={ids.kind}
          label={t('referenceForm.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as IndicatorReferenceKind)}
        >
          {INDICATOR_REFERENCE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`referenceKind.${option}`)}
            </option>
          ))}
        </SelectField>
        <div className="form__row">
          <TextField
            id={ids.validFrom}
            label={t('referenceForm.validFrom')}
            hint={t('referenceForm.validFrom.hint')}
            value={validFrom}
            error={errors.fields.validFrom}
            autoComplete="off"
            className="field__input--short"
            onChange={(event) => setValidFrom(event.target.value)}
          />
          <TextField
            id={ids.value}
            label={t('referenceForm.value')}
            value={value}
            error={errors.fields.value}
            inputMode="decimal"
            className="field__input--short"
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <TextField
          id={ids.note}
          label={t('referenceForm.note')}
          optional
          value={note}
          error={errors.fields.note}
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {t('referenceForm.submit')}
          </button>
        </div>
        <p className="form__status" role="status">
          {saved}
        </p>
      </form>
    </section>
  );
}
