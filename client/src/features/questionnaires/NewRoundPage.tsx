import { useQuery } from '@tanstack/react-query';
import { formatQuarter } from '@tks/shared/format';
import { addQuarters, quarterKey, quarterOfDate } from '@tks/shared/periods';
import { zNewRound } from '@tks/shared/schemas/questionnaires';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useLocale } from '../../i18n/useLocale';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { useCreateRoundMutation } from './mutations';
import { questionnaireUrls } from './paths';
import { questionnaireQueries } from './queries';

const FIELDS = [
  'title',
  'quarter',
  'opensOn',
  'closesOn',
  'instrumentVersionId',
  'maxReminders',
  'reminderIntervalDays',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function NewRoundPage() {
  const { t } = useLocale();
  const slug = useCoalitionSlug();
  const versions = useQuery(questionnaireQueries.versions(slug));
  return (
    <>
      <PageHeader title={t('questionnaires.new.title')} description={t('questionnaires.new.description')}>
        <p>
          <Link to={questionnaireUrls.overview(slug)}>{t('questionnaires.backToOverview')}</Link>
        </p>
      </PageHeader>
      <QueryResult query={versions}>
        {(data) => (
          <NewRoundForm
            slug={slug}
            versions={data.versions.map((v) => ({ id: v.id, version: v.version, status: v.status }))}
          />
        )}
      </QueryResult>
    </>
  );
}

function NewRoundForm({
  slug,
  versions,
}: {
  slug: string;
  versions: ReadonlyArray<{ id: number; version: number; status: 'draft' | 'published' }>;
}) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const create = useCreateRoundMutation(slug);
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<Field, string>;
  const quarters = useMemo(() => {
    const current = quarterOfDate(new Date());
    return [1, 0, -1, -2, -3].map((offset) => addQuarters(current, offset));
  }, []);
  const current = quarterOfDate(new Date());
  const today = new Date();
  const [values, setValues] = useState<Values>({
    title: t('questionnaires.new.defaultTitle', { quarter: formatQuarter(current, locale) }),
    quarter: quarterKey(current),
    opensOn: isoDay(today),
    closesOn: isoDay(new Date(today.getTime() + 21 * 86_400_000)),
    instrumentVersionId: String(versions.at(-1)?.id ?? ''),
    maxReminders: '2',
    reminderIntervalDays: '7',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = zNewRound.safeParse({
      ...values,
      instrumentVersionId: Number(values.instrumentVersionId),
      maxReminders: values.maxReminders === '' ? Number.NaN : Number(values.maxReminders),
      reminderIntervalDays: values.reminderIntervalDays === '' ? Number.NaN : Number(values.reminderIntervalDays),
    });
    if (!parsed.success) {
      setErrors(
        formErrorsFromZod(parsed.error, values, t, {
          closesOn: t('questionnaires.new.error.closesOn'),
        }),
      );
      return;
    }
    setErrors(NO_ERRORS);
    create.mutate(parsed.data, {
      onSuccess: (round) => void navigate(questionnaireUrls.round(slug, round.id)),
      onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)),
    });
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-label={t('questionnaires.new.title')}>
        <TextField
          id={ids.title}
          label={t('questionnaires.field.title')}
          value={values.title}
          error={errors.fields.title}
          onChange={(e) => set('title')(e.target.value)}
        />
        <SelectField
          id={ids.quarter}
          label={t('questionnaires.field.quarter')}
          hint={t('questionnaires.field.quarter.hint')}
          value={values.quarter}
          error={errors.fields.quarter}
          onChange={(e) => set('quarter')(e.target.value)}
        >
          {quarters.map((q) => (
            <option key={quarterKey(q)} value={quarterKey(q)}>
              {formatQuarter(q, locale)}
            </option>
          ))}
        </SelectField>
        <div className="form__row">
          <TextField
            id={ids.opensOn}
            label={t('questionnaires.field.opensOn')}
            type="date"
            value={values.opensOn}
            error={errors.fields.opensOn}
            onChange={(e) => set('opensOn')(e.target.value)}
          />
          <TextField
            id={ids.closesOn}
            label={t('questionnaires.field.closesOn')}
            hint={t('questionnaires.field.closesOn.hint')}
            type="date"
            value={values.closesOn}
            error={errors.fields.closesOn}
            onChange={(e) => set('closesOn')(e.target.value)}
          />
        </div>
        <SelectField
          id={ids.instrumentVersionId}
          label={t('questionnaires.field.version')}
          hint={t('questionnaires.field.version.hint')}
          value={values.instrumentVersionId}
          error={errors.fields.instrumentVersionId}
          onChange={(e) => set('instrumentVersionId')(e.target.value)}
        >
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {t('questionnaires.versionName', { n: v.version })} ({t(`questionnaires.versionStatus.${v.status}`)})
            </option>
          ))}
        </SelectField>
        <div className="form__row">
          <TextField
            id={ids.maxReminders}
            label={t('questionnaires.field.maxReminders')}
            hint={t('questionnaires.field.maxReminders.hint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={5}
            className="field__input--short"
            value={values.maxReminders}
            error={errors.fields.maxReminders}
            onChange={(e) => set('maxReminders')(e.target.value)}
          />
          <TextField
            id={ids.reminderIntervalDays}
            label={t('questionnaires.field.interval')}
            hint={t('questionnaires.field.interval.hint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            className="field__input--short"
            value={values.reminderIntervalDays}
            error={errors.fields.reminderIntervalDays}
            onChange={(e) => set('reminderIntervalDays')(e.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('questionnaires.new.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
