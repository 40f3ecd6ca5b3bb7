import type { Organisation } from '@tks/shared/schemas/organisations';
import { useT } from '../../../i18n/useLocale';

/** The options of every organisation picker, "none" first; names are Dutch whatever the interface language. */
export function OrganisationOptions({ organisations }: { organisations: readonly Organisation[] }) {
  const t = useT();
  return (
    <>
      <option value="">{t('admin.members.noOrganisation')}</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id} lang="nl">
          {organisation.name}
        </option>
      ))}
    </>
  );
}

export function organisationIdFrom(value: string): number | null {
  return value === '' ? null : Number(value);
}
