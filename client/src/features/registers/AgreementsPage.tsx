import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { AGREEMENT_STATUSES, type AgreementStatus, LEGAL_BASES } from '@tks/shared/domain';
import { formatDate } from '@tks/shared/format';
import type { Organisation } from '@tks/shared/schemas/organisations';
import { type Agreement, zAgreement, zAgreementInput } from '@tks/shared/schemas/registers';
import { type FormEvent, useId, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { organisationQueries } from '../organisations/queries';
import {
  ArchiveControl,
  type EditRights,
  OrganisationChecklist,
  OwnerField,
  ReadOnlyNotice,
  Section,
  toId,
  useEditRights,
} from './common';
import { useSaveEntryMutation } from './mutations';
import { registerQueries } from './queries';
import { TargetsSection } from './TargetsSection';

const STATUS_BADGE: Record<AgreementStatus, string> = {
  in_use: 'badge--ok',
  agreed: 'badge--info',
  to_review: 'badge--warning',
  draft: 'badge--neutral',
};
/** Which status a matrix cell shows when an organisation has several agreements on one category. */
const STATUS_RANK: Record<AgreementStatus, number> = { in_use: 4, agreed: 3, to_review: 2, draft: 1 };

export function AgreementsPage() {
  const { t, locale } = useLocale();
  const slug = useCoalitionSlug();
  const rights = useEditRights(slug);
  const [showArchived, setShowArchived] = useState(false);
  const query = useQuery(registerQueries.list(slug, 'agreements', showArchived));
  const organisationsQuery = useQuery(organisationQueries.list(slug));
  const organisations = organisationsQuery.data?.organisations ?? [];
  const organisationsLoaded = organisationsQuery.isSuccess;
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title={COMPONENTS.informatie_delen[locale]}
        eyebrow={t('agreements.eyebrow')}
        description={t('agreements.description')}
      />
      <ReadOnlyNotice rights={rights} />
      {rights.canCreate && editing === null ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('agreements.new')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <AgreementForm
          slug={slug}
          rights={rights}
          organisations={organisations}
          agreement={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <QueryResult
        query={query}
        isEmpty={(data) => data.agreements.length === 0}
        empty={
          <EmptyState title={t('agreements.empty.title')}>
            <p>{t('agreements.empty.body')}</p>
          </EmptyState>
        }
      >
        {(data) => (
          <>
            {/* Without the organisations the matrix would show no rows at all, which reads as "nothing agreed". */}
            {organisationsLoaded ? (
              <AgreementMatrix
                agreements={data.agreements.filter((a) => !a.archivedAt)}
                organisations={organisations}
              />
            ) : (
              <Loading />
            )}
            <Section title={t('agreements.list.heading')}>
              <label className="checkbox">
                <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                {t('registers.showArchived')}
              </label>
              <ul className="entry-list">
                {data.agreements.map((agreement) => (
                  <AgreementCard
                    key={agreement.id}
                    slug={slug}
                    agreement={agreement}
                    canEdit={rights.canEdit(agreement.ownerOrganisation?.id)}
                    onEdit={() => setEditing(agreement)}
                  />
                ))}
              </ul>
            </Section>
          </>
        )}
      </QueryResult>
      <TargetsSection slug={slug} component="informatie_delen" canSet={rights.role === 'coordinator'} />
    </>
  );
}

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useLocale();
  return <span className={`badge ${STATUS_BADGE[status]}`}>{t(`agreements.status.${status}`)}</span>;
}

function OverdueBadge() {
  const { t } = useLocale();
  return (
    <span className="badge badge--danger">
      <span aria-hidden="true">⚠ </span>
      {t('agreements.overdue')}
    </span>
  );
}

/**
 * Organisations against data categories: for each pair the best status of the agreements that
 * organisation is party to on that category, or "none". Missing agreements stand out as empty cells
 * with words, not only colour.
 */
export function AgreementMatrix({
  agreements,
  organisations,
}: {
  agreements: readonly Agreement[];
  organisations: readonly Organisation[];
}) {
  const { t } = useLocale();
  const captionId = useId();
  const categories = [...new Set(agreements.map((a) => a.dataCategory))];
  const cell = (organisationId: number, category: string) => {
    const found = agreements.filter(
      (a) => a.dataCategory === category && a.parties.some((p) => p.id === organisationId),
    );
    if (found.length === 0) return null;
    const best = found.reduce((a, b) => (STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a));
    return { status: best.status, overdue: found.some((a) => a.reviewOverdue), titles: found.map((a) => a.title) };
  };
  const overdue = agreements.filter((a) => a.reviewOverdue).length;
  return (
    <Section title={t('agreements.matrix.heading')}>
      <p className="hint">{t('agreements.matrix.intro')}</p>
      {overdue > 0 ? (
        <p className="callout callout--warning">
          <span aria-hidden="true">⚠ </span>
          {t('agreements.matrix.overdue', { n: overdue })}
        </p>
      ) : null}
      <TableScroll labelledBy={captionId}>
        <table className="data-table matrix">
          <caption id={captionId}>{t('agreements.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreements.matrix.organisation')}</th>
              {categories.map((category) => (
                <th scope="col" key={category} className="matrix__category">
                  {category}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                {categories.map((category) => {
                  const found = cell(organisation.id, category);
                  return (
                    <td key={category} className={found ? 'matrix__cell' : 'matrix__cell matrix__cell--missing'}>
                      {found ? (
                        <span title={found.titles.join('; ')}>
                          <StatusBadge status={found.status} />
                          {found.overdue ? (
                            <>
                              {' '}
                              <OverdueBadge />
                            </>
                          ) : null}
                        </span>
                      ) : (
                        <span className="missing">{t('agreements.matrix.none')}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function AgreementCard({
  slug,
  agreement,
  canEdit,
  onEdit,
}: {
  slug: string;
  agreement: Agreement;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t, locale } = useLocale();
  return (
    <li className={agreement.reviewOverdue ? 'entry entry--overdue' : 'entry'}>
      <h3 className="entry__title">{agreement.title}</h3>
      <p className="entry__badges">
        <StatusBadge status={agreement.status} />
        {agreement.reviewOverdue ? <OverdueBadge /> : null}
        {agreement.archivedAt ? <span className="badge badge--neutral">{t('registers.archived')}</span> : null}
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('agreements.field.dataCategory')}</dt>
          <dd>{agreement.dataCategory}</dd>
        </div>
        <div>
          <dt>{t('agreements.field.purpose')}</dt>
          <dd>{agreement.purpose}</dd>
        </div>
        <div>
          <dt>{t('agreements.field.legalBasis')}</dt>
          <dd>
            {t(`agreements.legalBasis.${agreement.legalBasis}`)}
            {agreement.legalBasisNote ? ` — ${agreement.legalBasisNote}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.field.parties')}</dt>
          <dd>{agreement.parties.map((p) => p.name).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('agreements.field.agreedOn')}</dt>
          <dd>{formatDate(agreement.agreedOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('agreements.field.reviewOn')}</dt>
          <dd>{formatDate(agreement.reviewOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('registers.owner')}</dt>
          <dd>{agreement.ownerOrganisation?.name ?? '—'}</dd>
        </div>
      </dl>
      {agreement.documentLinks.length > 0 ? (
        <ul className="entry__links">
          {agreement.documentLinks.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <div className="row-actions">
          {agreement.archivedAt ? null : (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('registers.editFor', { name: agreement.title })}
              onClick={onEdit}
            >
              {t('registers.edit')}
            </button>
          )}
          <ArchiveControl
            slug={slug}
            path="agreements"
            id={agreement.id}
            name={agreement.title}
            archived={agreement.archivedAt !== null}
          />
        </div>
      ) : null}
    </li>
  );
}

const FIELDS = [
  'title',
  'dataCategory',
  'purpose',
  'legalBasis',
  'legalBasisNote',
  'status',
  'agreedOn',
  'reviewOn',
  'partyIds',
  'ownerOrganisationId',
  'documentLinks',
] as const;
type Field = (typeof FIELDS)[number];

/** Document links typed one per line: "label | https://…" or just the address. */
export function parseDocumentLinks(text: string): Array<{ label: string; url: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [first, ...rest] = line.split('|');
      if (rest.length === 0) return { label: line, url: line };
      return { label: (first ?? '').trim(), url: rest.join('|').trim() };
    });
}

function AgreementForm({
  slug,
  rights,
  organisations,
  agreement,
  onDone,
}: {
  slug: string;
  rights: EditRights;
  organisations: readonly Organisation[];
  agreement: Agreement | null;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const save = useSaveEntryMutation(slug, 'agreements', zAgreement);
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<Field, string>;
  const [values, setValues] = useState({
    title: agreement?.title ?? '',
    dataCategory: agreement?.dataCategory ?? '',
    purpose: agreement?.purpose ?? '',
    legalBasis: agreement?.legalBasis ?? 'consent',
    legalBasisNote: agreement?.legalBasisNote ?? '',
    status: agreement?.status ?? 'draft',
    agreedOn: agreement?.agreedOn ?? '',
    reviewOn: agreement?.reviewOn ?? '',
    ownerOrganisationId: String(agreement?.ownerOrganisation?.id ?? rights.organisationId ?? ''),
    documentLinks: (agreement?.documentLinks ?? []).map((l) => `${l.label} | ${l.url}`).join('\n'),
  });
  const [partyIds, setPartyIds] = useState<number[]>(agreement?.parties.map((p) => p.id) ?? []);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const headingId = `${id}-heading`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      title: values.title,
      dataCategory: values.dataCategory,
      purpose: values.purpose,
      legalBasis: values.legalBasis,
      legalBasisNote: values.legalBasisNote.trim() || null,
      status: values.status,
      agreedOn: values.agreedOn || null,
      reviewOn: values.reviewOn || null,
      documentLinks: parseDocumentLinks(values.documentLinks),
      partyIds,
      ...(rights.role === 'coordinator' ? { ownerOrganisationId: toId(values.ownerOrganisationId) } : {}),
    };
    const parsed = zAgreementInput.safeParse(body);
    if (!parsed.success) {
      setErrors(
        formErrorsFromZod(parsed.error, { ...values, partyIds }, t, {
          reviewOn: t('agreements.error.reviewOn'),
          agreedOn: t('agreements.error.agreedOn'),
          partyIds: t('agreements.error.parties'),
          documentLinks: t('agreements.error.links'),
        }),
      );
      return;
    }
    setErrors(NO_ERRORS);
    save.mutate(
      { id: agreement?.id ?? null, body: parsed.data },
      { onSuccess: onDone, onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)) },
    );
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{agreement ? t('agreements.form.edit') : t('agreements.form.new')}</h2>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <TextField
          id={ids.title}
          label={t('agreements.field.title')}
          value={values.title}
          error={errors.fields.title}
          onChange={(e) => set('title')(e.target.value)}
        />
        <TextField
          id={ids.dataCategory}
          label={t('agreements.field.dataCategory')}
          hint={t('agreements.field.dataCategory.hint')}
          value={values.dataCategory}
          error={errors.fields.dataCategory}
          onChange={(e) => set('dataCategory')(e.target.value)}
        />
        <TextAreaField
          id={ids.purpose}
          label={t('agreements.field.purpose')}
          value={values.purpose}
          error={errors.fields.purpose}
          rows={2}
          onChange={(e) => set('purpose')(e.target.value)}
        />
        <SelectField
          id={ids.legalBasis}
          label={t('agreements.field.legalBasis')}
          value={values.legalBasis}
          error={errors.fields.legalBasis}
          onChange={(e) => set('legalBasis')(e.target.value)}
        >
          {LEGAL_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {t(`agreements.legalBasis.${basis}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.legalBasisNote}
          label={t('agreements.field.legalBasisNote')}
          optional
          value={values.legalBasisNote}
          error={errors.fields.legalBasisNote}
          onChange={(e) => set('legalBasisNote')(e.target.value)}
        />
        <SelectField
          id={ids.status}
          label={t('agreements.field.status')}
          value={values.status}
          error={errors.fields.status}
          onChange={(e) => set('status')(e.target.value)}
        >
          {AGREEMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`agreements.status.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.agreedOn}
          type="date"
          label={t('agreements.field.agreedOn')}
          hint={t('agreements.field.agreedOn.hint')}
          className="field__input--date"
          value={values.agreedOn}
          error={errors.fields.agreedOn}
          onChange={(e) => set('agreedOn')(e.target.value)}
        />
        <TextField
          id={ids.reviewOn}
          type="date"
          label={t('agreements.field.reviewOn')}
          optional
          className="field__input--date"
          value={values.reviewOn}
          error={errors.fields.reviewOn}
          onChange={(e) => set('reviewOn')(e.target.value)}
        />
        <OrganisationChecklist
          id={ids.partyIds}
          legend={t('agreements.field.parties')}
          hint={t('agreements.field.parties.hint')}
          organisations={organisations}
          selected={partyIds}
          onChange={setPartyIds}
          error={errors.fields.partyIds}
        />
        <OwnerField
          id={ids.ownerOrganisationId}
          rights={rights}
          organisations={organisations}
          label={t('registers.owner')}
          value={values.ownerOrganisationId}
          error={errors.fields.ownerOrganisationId}
          onChange={set('ownerOrganisationId')}
        />
        <TextAreaField
          id={ids.documentLinks}
          label={t('agreements.field.documents')}
          hint={t('agreements.field.documents.hint')}
          optional
          rows={3}
          value={values.documentLinks}
          error={errors.fields.documentLinks}
          onChange={(e) => set('documentLinks')(e.target.value)}
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
