import { useQuery } from '@tanstack/react-query';
import type { CoalitionRole } from '@tks/shared/domain';
import type { Organisation } from '@tks/shared/schemas/organisations';
import { type ReactNode, useId } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction';
import { describeError } from '../../components/ErrorState';
import { SelectField } from '../../components/form/Field';
import { useT } from '../../i18n/useLocale';
import { membershipOf, useSession } from '../auth/session';
import { organisationQueries } from '../organisations/queries';
import { useArchiveEntryMutation } from './mutations';

export interface EditRights {
  role: CoalitionRole | null;
  organisationId: number | null;
  /** May record new entries (coordinators; partners with an organisation). */
  canCreate: boolean;
  /** May change this entry: coordinators all, partners their own organisation's. */
  canEdit: (ownerOrganisationId: number | null | undefined) => boolean;
}

/** What the signed-in person may do in the registers; the server checks the same rules. */
export function useEditRights(slug: string): EditRights {
  const membership = membershipOf(useSession(), slug);
  const role = membership?.role ?? null;
  const organisationId = membership?.organisationId ?? null;
  return {
    role,
    organisationId,
    canCreate: role === 'coordinator' || (role === 'partner' && organisationId !== null),
    canEdit: (owner) =>
      role === 'coordinator' || (role === 'partner' && organisationId !== null && owner === organisationId),
  };
}

export function useOrganisations(slug: string): readonly Organisation[] {
  return useQuery(organisationQueries.list(slug)).data?.organisations ?? [];
}

/** Directors read the registers; they see why there are no buttons. */
export function ReadOnlyNotice({ rights }: { rights: EditRights }) {
  const t = useT();
  if (rights.role === 'director') return <p className="callout">{t('registers.readOnly.director')}</p>;
  if (rights.role === 'partner') return <p className="hint">{t('registers.ownOrganisation')}</p>;
  return null;
}

/*
 * Free text in the registers must never identify a family. The warning is always visible; the
 * check below adds a pointed message when a text looks like it names someone. It is a heuristic:
 * it catches forms of address and "familie X", not every name.
 */
/** Either case for the first letter of a word: "Mevrouw" at the start of a sentence, "mevrouw" inside it. */
function titles(words: readonly string[]): string {
  return words.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}

const PERSON_PATTERNS = [
  new RegExp(
    `\\b(?:${titles(['mevrouw', 'mevr\\.?', 'meneer', 'mijnheer', 'dhr\\.?', 'mw\\.?', 'fam\\.?', 'familie', 'gezin'])})\\s+(?:van\\s+|de\\s+|der\\s+)*[A-Z][a-zà-ÿ]+`,
  ),
  new RegExp(`\\b(?:${titles(['mother', 'father', 'mrs\\.?', 'mr\\.?', 'ms\\.?', 'family'])})\\s+[A-Z][a-z]+`),
  new RegExp(`\\b(?:${titles(['moeder', 'vader', 'baby', 'zoon', 'dochter'])})\\s+[A-Z][a-zà-ÿ]+`),
];

export function mayNamePeople(text: string): boolean {
  return PERSON_PATTERNS.some((pattern) => pattern.test(text));
}

export function FamilyNamesWarning({ texts }: { texts: readonly string[] }) {
  const t = useT();
  const suspicious = texts.some(mayNamePeople);
  return (
    <div className={suspicious ? 'privacy-warning privacy-warning--alert' : 'privacy-warning'}>
      <p className="privacy-warning__text">{t('registers.privacy.warning')}</p>
      {/* The live region is always there, so the alert is announced when it appears. */}
      <p className="privacy-warning__alert" aria-live="polite">
        {suspicious ? t('registers.privacy.suspicious') : ''}
      </p>
    </div>
  );
}

/** Organisations as a group of check boxes (parties of an agreement, participants of an activity). */
export function OrganisationChecklist({
  legend,
  hint,
  organisations,
  selected,
  onChange,
  error,
  id,
}: {
  legend: string;
  hint?: string;
  organisations: readonly Organisation[];
  selected: readonly number[];
  onChange: (ids: number[]) => void;
  error?: string | undefined;
  id: string;
}) {
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      className={error ? 'field field--error checklist' : 'field checklist'}
      aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
      tabIndex={-1}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <div className="checklist__items">
        {organisations.map((organisation) => (
          <label key={organisation.id} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(organisation.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, organisation.id]
                    : selected.filter((value) => value !== organisation.id),
                )
              }
            />
            {organisation.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The owning organisation: a choice for the coordinator, fixed to their own for a partner. */
export function OwnerField({
  id,
  rights,
  organisations,
  value,
  onChange,
  error,
  label,
}: {
  id: string;
  rights: EditRights;
  organisations: readonly Organisation[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  label: string;
}) {
  const t = useT();
  if (rights.role !== 'coordinator') {
    const own = organisations.find((o) => o.id === rights.organisationId);
    return (
      <div className="field">
        <span className="field__label">{label}</span>
        <p className="field__static">{own?.name ?? '—'}</p>
      </div>
    );
  }
  return (
    <SelectField id={id} label={label} value={value} error={error} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('registers.owner.none')}</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </SelectField>
  );
}

/** Archive (or restore) an entry: nothing is deleted, and the audit log keeps who did it. */
export function ArchiveControl({
  slug,
  path,
  id,
  name,
  archived,
}: {
  slug: string;
  path: string;
  id: number;
  name: string;
  archived: boolean;
}) {
  const t = useT();
  const mutation = useArchiveEntryMutation(slug, path);
  return (
    <>
      {archived ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={mutation.isPending}
          onClick={() => mutation.mutate({ id, archived: false })}
        >
          {t('registers.restore')}
        </button>
      ) : (
        <ConfirmAction
          label={t('registers.archive')}
          accessibleLabel={t('registers.archiveFor', { name })}
          question={t('registers.archiveQuestion', { name })}
          confirmLabel={t('registers.archiveConfirm')}
          pending={mutation.isPending}
          onConfirm={() => mutation.mutate({ id, archived: true })}
        />
      )}
      {mutation.isError ? (
        <p className="row-actions__error" role="alert">
          {describeError(mutation.error, t)}
        </p>
      ) : null}
    </>
  );
}

/** A section with a heading whose id labels it, so it is a named region. */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={id}>
      <div className="section__head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Form values are text; the API wants numbers or null. */
export function toId(value: string): number | null {
  return value === '' ? null : Number(value);
}

export function toCount(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

export function todayIso(): string {
  const now = new Date();
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${mm}-${dd}`;
}
