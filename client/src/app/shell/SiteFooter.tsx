import { useT } from '../../i18n/useLocale';

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__product">{t('app.name')}</p>
        <p>{t('footer.about')}</p>
        <p>{t('footer.privacy')}</p>
      </div>
    </footer>
  );
}
