import { useTranslation } from 'react-i18next';
import { changeLanguage, languages } from '@/i18n';

/** Dansk / English; each name is written and marked up in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher">
      <div className="container">
        <ul aria-label={t('layout.languageSwitch')}>
          {languages.map((language) => (
            <li key={language}>
              <button
                type="button"
                className="function-link"
                lang={language}
                aria-pressed={i18n.language === language}
                onClick={() => void changeLanguage(language)}
              >
                {t(`language.${language}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
