import type { Organisation } from '@tks/shared/schemas/organisations';
import { useId } from 'react';
import { Missing } from '../../components/Missing';
import { TableScroll } from '../../components/TableScroll';
import { useT } from '../../i18n/useLocale';

export function OrganisationsTable({ organisations }: { organisations: readonly Organisation[] }) {
  const t = useT();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('admin.organisations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.organisations.column.name')}</th>
            <th scope="col">{t('admin.organisations.column.shortName')}</th>
            <th scope="col">{t('admin.organisations.column.domain')}</th>
            <th scope="col">{t('admin.organisations.column.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              {/* Organisation names and kinds are recorded in Dutch whatever the interface language. */}
              <th scope="row" lang="nl">
                {organisation.name}
              </th>
              <td lang="nl">{organisation.shortName ?? <Missing />}</td>
              <td>{t(`domain.${organisation.domain}`)}</td>
              <td lang="nl">{organisation.kind ?? <Missing />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
