import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../../../i18n/useLocale';
import { formatQuarterKey } from '../../../lib/periods';

type CopyState = 'idle' | 'copied' | 'failed';

/** The new link, shown this once, with a way to copy it and a plain warning that it will not come back. */
export function CreatedShareLinkPanel({
  url,
  quarter,
  onClose,
}: {
  url: string;
  quarter: string;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const titleId = useId();
  const inputId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    // The form that created it stays where it was; landing here tells the user where the link is.
    titleRef.current?.focus();
  }, []);

  const copyUrl = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): select it so Ctrl+C does the rest.
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section className="created-link" aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1} className="created-link__title">
        {t('admin.shareLinks.created.title', { quarter: formatQuarterKey(quarter, locale) })}
      </h3>
      <p className="created-link__warning">{t('admin.shareLinks.created.once')}</p>
      <label htmlFor={inputId} className="field__label">
        {t('admin.shareLinks.created.label')}
      </label>
      <div className="created-link__row">
        <input
          ref={inputRef}
          id={inputId}
          className="field__input created-link__url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copyUrl()}>
          {t('admin.shareLinks.created.copy')}
        </button>
      </div>
      <p className="form__status" role="status">
        {copy === 'copied' ? t('admin.shareLinks.created.copied') : null}
        {copy === 'failed' ? t('admin.shareLinks.created.copyFailed') : null}
      </p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('admin.shareLinks.created.close')}
      </button>
    </section>
  );
}
