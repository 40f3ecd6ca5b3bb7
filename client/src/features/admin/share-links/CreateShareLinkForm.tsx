import { type zCreatedShareLink, zNewShareLink } from '@tks/shared/schemas/share-links';
import { type FormEvent, useId, useMemo, useState } from 'react';
import type { z } from 'zod';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../../components/form/formErrors';
import { useLocale } from '../../../i18n/useLocale';
import { formatQuarterKey, recentQuarterKeys } from '../../../lib/periods';
import { useCreateShareLinkMutation } from './mutations';

const FIELDS = ['quarter', 'label', 'expiresInDays'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const QUARTERS_OFFERED = 8;
const DEFAULT_DAYS = '30';

interface CreateShareLinkFormProps {
  slug: string;
  labelledBy: string;
  onCreated: (link: z.output<typeof zCreatedShareLink>) => void;
}

export function CreateShareLinkForm({ slug, labelledBy, onCreated }: CreateShareLinkFormProps) {
  const { t, locale } = useLocale();
  const create = useCreateShareLinkMutation(slug);
  const quarters = useMemo(() => recentQuarterKeys(QUARTERS_OFFERED), []);
  const id = useId();
  const ids: Record<Field, string> = {
    quarter: `${id}-quarter`,
    label: `${id}-label`,
    expiresInDays: `${id}-days`,
  };
  const empty: Values = { quarter: quarters[0] ?? '', label: '', expiresInDays: DEFAULT_DAYS };
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zNewShareLink.safeParse({
      quarter: values.quarter,
      ...(values.label.trim() === '' ? {} : { label: values.label }),
      expiresInDays: values.expiresInDays.trim() === '' ? Number.NaN : Number(values.expiresInDays),
    });
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, values, t, { expiresInDays: t('admin.shareLinks.error.days') }));
      return;
    }
    setErrors(NO_ERRORS);
    create.mutate(parsed.data, {
      onSuccess: (link) => {
        setValues(empty);
        onCreated(link);
      },
      onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)),
    });
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <SelectField
          id={ids.quarter}
          label={t('admin.shareLinks.field.quarter')}
          value={values.quarter}
          error={errors.fields.quarter}
          onChange={(event) => set('quarter')(event.target.value)}
        >
          {quarters.map((quarter) => (
            <option key={quarter} value={quarter}>
              {formatQuarterKey(quarter, locale)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.label}
          label={t('admin.shareLinks.field.label')}
          hint={t('admin.shareLinks.field.label.hint')}
          optional
          autoComplete="off"
          value={values.label}
          error={errors.fields.label}
          onChange={(event) => set('label')(event.target.value)}
        />
        <TextField
          id={ids.expiresInDays}
          label={t('admin.shareLinks.field.days')}
          hint={t('admin.shareLinks.field.days.hint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          className="field__input--short"
          value={values.expiresInDays}
          error={errors.fields.expiresInDays}
          onChange={(event) => set('expiresInDays')(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('admin.shareLinks.create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
