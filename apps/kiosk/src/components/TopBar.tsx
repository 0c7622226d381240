import { useKioskPrefs } from '../i18n/useKioskPrefs';

/** Brand, home, language and large-text switches: the same place on every screen. */
export const TopBar = ({ onHome }: { readonly onHome: (() => void) | null }) => {
  const { t, lang, setLang, elder, setElder } = useKioskPrefs();
  return (
    <header className="topbar">
      <p className="topbar__brand">{t('brand')}</p>
      <div className="topbar__actions">
        {onHome === null ? null : (
          <button type="button" className="secondary topbar__home" onClick={onHome}>
            ⌂ {t('home')}
          </button>
        )}
        <button type="button" className="secondary" aria-pressed={elder} onClick={() => setElder(!elder)}>
          <span aria-hidden="true">A+ </span>
          {t('elder')}
        </button>
        <button
          type="button"
          className="secondary"
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('languageLabel')}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('language')}
        </button>
      </div>
    </header>
  );
};
