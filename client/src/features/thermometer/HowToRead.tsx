import type { Band } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { BandLabel } from './BandLabel';
import { bandRangeText } from './text';

/** A short key to the bands, with their edges as the server sends them, and how to read a change. */
export function HowToRead({ bands }: { bands: readonly Band[] }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const ordered = [...bands].sort((a, b) => a.from - b.from);
  return (
    <section className="section how-to-read" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('thermometer.howToRead.heading')}</h2>
      <p>{t('thermometer.howToRead.intro')}</p>
      <dl className="how-to-read__bands">
        {ordered.map((band) => (
          <div key={band.code} className="how-to-read__band">
            <dt>
              <BandLabel code={band.code} />{' '}
              <span className="how-to-read__range">({bandRangeText(band, t, locale, 'long')})</span>
            </dt>
            <dd>{t(`thermometer.howToRead.${band.code}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('thermometer.howToRead.missing')}</p>
      <p>{t('thermometer.howToRead.change')}</p>
    </section>
  );
}
