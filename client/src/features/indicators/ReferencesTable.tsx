import type { IndicatorDetail } from '@tks/shared/schemas/indicators';
import { useId } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { formatIndicatorValue } from './formatIndicatorValue';

const KIND_ORDER = { target: 0, baseline: 1, national: 2 } as const;

/** Every target, baseline and national value ever set, so a changed target never hides the old one. */
export function ReferencesTable({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const captionId = useId();
  const references = [...detail.references].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.validFromIndex - b.validFromIndex,
  );
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('indicator.references.heading')}</h2>
      {references.length === 0 ? (
        <p>{t('indicator.references.empty')}</p>
      ) : (
        <TableScroll labelledBy={captionId}>
          <table className="data-table">
            <caption id={captionId}>{t('indicator.references.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicator.references.kind')}</th>
                <th scope="col">{t('indicator.references.validFrom')}</th>
                <th scope="col" className="num">
                  {t('indicator.references.value')}
                </th>
                <th scope="col">{t('indicator.references.note')}</th>
              </tr>
            </thead>
            <tbody>
              {references.map((reference) => (
                <tr key={reference.id}>
                  <th scope="row">{t(`referenceKind.${reference.kind}`)}</th>
                  <td className="nowrap">{formatQuarterKey(reference.validFrom, locale)}</td>
                  <td className="num">{formatIndicatorValue(reference.value, detail.indicator.unit, locale, t)}</td>
                  <td>{reference.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
