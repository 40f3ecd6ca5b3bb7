import { useQuery } from '@tanstack/react-query';
import { type InviteeProblem, type OrganisationName, parseInviteeList } from '@tks/shared/invitee-list';
import { zNewInvitee } from '@tks/shared/schemas/questionnaires';
import { type FormEvent, useId, useState } from 'react';
import { describeError } from '../../components/ErrorState';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import type { Translate } from '../../i18n/translate';
import { useLocale } from '../../i18n/useLocale';
import { organisationQueries } from '../organisations/queries';
import { useAddInviteesMutation } from './mutations';

interface AddInviteesProps {
  slug: string;
  roundId: number;
  /** In an open round an added person is mailed at once. */
  open: boolean;
  invited: readonly string[];
}

export function AddInvitees(props: AddInviteesProps) {
  const { t } = useLocale();
  const organisations = useQuery(organisationQueries.list(props.slug));
  const orgs: OrganisationName[] = organisations.data?.organisations ?? [];
  const oneId = useId();
  const pasteId = useId();
  return (
    <div className="add-invitees">
      <p>{props.open ? t('questionnaires.add.introOpen') : t('questionnaires.add.introDraft')}</p>
      <h3 id={oneId}>{t('questionnaires.add.oneHeading')}</h3>
      <OneInvitee {...props} organisations={orgs} labelledBy={oneId} />
      <h3 id={pasteId}>{t('questionnaires.add.pasteHeading')}</h3>
      <PasteInvitees {...props} organisations={orgs} labelledBy={pasteId} />
    </div>
  );
}

const FIELDS = ['name', 'email', 'organisationId', 'role'] as const;
type Field = (typeof FIELDS)[number];

function OneInvitee({
  slug,
  roundId,
  invited,
  organisations,
  labelledBy,
}: AddInviteesProps & { organisations: readonly OrganisationName[]; labelledBy: string }) {
  const { t } = useLocale();
  const add = useAddInviteesMutation(slug, roundId);
  const id = useId();
  const empty = { name: '', email: '', organisationId: '', role: '' };
  const [values, setValues] = useState<Record<Field, string>>(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState('');
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const parsed = zNewInvitee.safeParse({
      ...(values.name.trim() ? { name: values.name } : {}),
      email: values.email,
      organisationId: Number(values.organisationId) || undefined,
      ...(values.role.trim() ? { role: values.role } : {}),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        next[field] ??=
          field === 'email'
            ? values.email.trim() === ''
              ? t('form.error.required')
              : t('form.error.email')
            : field === 'organisationId'
              ? t('questionnaires.add.error.organisation')
              : t('form.error.invalid');
      }
    } else if (invited.includes(parsed.data.email)) {
      next.email = t('questionnaires.add.error.alreadyInvited');
    }
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    add.mutate([parsed.data], {
      onSuccess: (result) => {
        setValues(empty);
        setStatus(
          result.sent > 0
            ? t('questionnaires.add.addedAndSent', { n: result.added })
            : t('questionnaires.add.added', { n: result.added }),
        );
      },
    });
  };
  return (
    <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      <div className="form__row">
        <TextField
          id={`${id}-name`}
          label={t('questionnaires.add.name')}
          optional
          autoComplete="off"
          value={values.name}
          error={errors.name}
          onChange={(e) => set('name')(e.target.value)}
        />
        <TextField
          id={`${id}-email`}
          label={t('questionnaires.add.email')}
          type="email"
          autoComplete="off"
          value={values.email}
          error={errors.email}
          onChange={(e) => set('email')(e.target.value)}
        />
      </div>
      <div className="form__row">
        <SelectField
          id={`${id}-org`}
          label={t('questionnaires.add.organisation')}
          value={values.organisationId}
          error={errors.organisationId}
          onChange={(e) => set('organisationId')(e.target.value)}
        >
          <option value="">{t('questionnaires.add.chooseOrganisation')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-role`}
          label={t('questionnaires.add.role')}
          hint={t('questionnaires.add.role.hint')}
          optional
          autoComplete="off"
          value={values.role}
          error={errors.role}
          onChange={(e) => set('role')(e.target.value)}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('questionnaires.add.submitOne')}
        </button>
        <p className="form__status" role="status">
          {status}
        </p>
      </div>
      {add.isError ? (
        <p role="alert" className="field__error">
          {describeError(add.error, t)}
        </p>
      ) : null}
    </form>
  );
}

export function problemText(problem: InviteeProblem, t: Translate): string {
  const column = t(`questionnaires.paste.column.${problem.column}`);
  return t('questionnaires.paste.problem', {
    line: problem.line,
    column,
    message: t(`questionnaires.paste.error.${problem.code}`, { value: problem.value }),
  });
}

function PasteInvitees({
  slug,
  roundId,
  invited,
  organisations,
  labelledBy,
}: AddInviteesProps & { organisations: readonly OrganisationName[]; labelledBy: string }) {
  const { t } = useLocale();
  const add = useAddInviteesMutation(slug, roundId);
  const id = useId();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<ReturnType<typeof parseInviteeList> | null>(null);
  const [status, setStatus] = useState('');
  const check = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setChecked(parseInviteeList(text, organisations, invited));
  };
  const addAll = () => {
    if (!checked || checked.invitees.length === 0) return;
    add.mutate(
      checked.invitees.map(({ line: _, ...invitee }) => invitee),
      {
        onSuccess: (result) => {
          setText('');
          setChecked(null);
          setStatus(
            result.sent > 0
              ? t('questionnaires.add.addedAndSent', { n: result.added })
              : t('questionnaires.add.added', { n: result.added }),
          );
        },
      },
    );
  };
  return (
    <form className="form form--panel" noValidate onSubmit={check} aria-labelledby={labelledBy}>
      <TextAreaField
        id={`${id}-list`}
        label={t('questionnaires.paste.label')}
        hint={t('questionnaires.paste.hint')}
        rows={6}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setChecked(null);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={text.trim() === ''}>
          {t('questionnaires.paste.check')}
        </button>
        {checked && checked.invitees.length > 0 ? (
          <button type="button" className="button button--primary" disabled={add.isPending} onClick={addAll}>
            {t('questionnaires.paste.add', { n: checked.invitees.length })}
          </button>
        ) : null}
        <p className="form__status" role="status">
          {status}
        </p>
      </div>
      {checked ? (
        <div className="paste-result" role="status">
          <p>{t('questionnaires.paste.summary', { ok: checked.invitees.length, problems: checked.problems.length })}</p>
          {checked.problems.length > 0 ? (
            <ul className="problem-list">
              {checked.problems.map((p) => (
                <li key={`${p.line}-${p.column}-${p.code}`}>{problemText(p, t)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {add.isError ? (
        <p role="alert" className="field__error">
          {describeError(add.error, t)}
        </p>
      ) : null}
    </form>
  );
}
