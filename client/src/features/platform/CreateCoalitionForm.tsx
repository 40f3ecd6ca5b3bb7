import { zNewCoalition } from '@tks/shared/schemas/members';
import { type FormEvent, useId, useState } from 'react';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { useT } from '../../i18n/useLocale';
import { useCreateCoalitionMutation } from './mutations';

const FIELDS = ['name', 'municipality', 'slug', 'coordinatorEmail', 'coordinatorName'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = { name: '', municipality: '', slug: '', coordinatorEmail: '', coordinatorName: '' };

export function CreateCoalitionForm({ labelledBy }: { labelledBy: string }) {
  const t = useT();
  const create = useCreateCoalitionMutation();
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((field) => [field, `${id}-${field}`])) as Record<Field, string>;
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [created, setCreated] = useState<string | null>(null);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const { coordinatorName, ...required } = values;
    const parsed = zNewCoalition.safeParse({
      ...required,
      ...(coordinatorName.trim() === '' ? {} : { coordinatorName }),
    });
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, values, t, { slug: t('platform.create.slug.invalid') }));
      return;
    }
    setErrors(NO_ERRORS);
    create.mutate(parsed.data, {
      onSuccess: (coalition) => {
        setCreated(coalition.name);
        setValues(EMPTY);
      },
      onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS, { slug_taken: 'slug' })),
    });
  };

  const field = (name: Field, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={ids[name]}
      label={label}
      autoComplete="off"
      value={values[name]}
      error={errors.fields[name]}
      onChange={(event) => set(name)(event.target.value)}
      {...extra}
    />
  );

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        {field('name', t('platform.create.name'), { hint: t('platform.create.name.hint') })}
        {field('municipality', t('platform.create.municipality'))}
        {field('slug', t('platform.create.slug'), { hint: t('platform.create.slug.hint'), spellCheck: false })}
        {field('coordinatorEmail', t('platform.create.coordinatorEmail'), { type: 'email', spellCheck: false })}
        {field('coordinatorName', t('platform.create.coordinatorName'), { optional: true })}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('platform.create.submit')}
          </button>
        </div>
        <p className="form__status" role="status">
          {created ? t('platform.create.done', { name: created }) : null}
        </p>
      </form>
    </>
  );
}
