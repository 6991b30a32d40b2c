import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'pejling.lang';

function isLanguage(value: string | null): value is Language {
  return value !== null && (languages as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'da';
}

/**
 * The English texts are fetched the first time someone chooses English: a respondent's phone loads only the Danish
 * ones (the default) on the first visit.
 */
export async function loadEnglish(): Promise<void> {
  if (!i18n.hasResourceBundle('en', 'translation')) {
    const en = (await import('./en.json')).default;
    i18n.addResourceBundle('en', 'translation', en, true, true);
  }
  await Promise.all([...englishLoaders].map(([ns, load]) => loadNamespace(ns, load)));
}

type Texts = { default: Record<string, unknown> };
const englishLoaders = new Map<string, () => Promise<Texts>>();

async function loadNamespace(ns: string, load: () => Promise<Texts>): Promise<void> {
  if (!i18n.hasResourceBundle('en', ns)) i18n.addResourceBundle('en', ns, (await load()).default, true, true);
}

/**
 * A feature's English texts, fetched like the shared ones: when English is chosen, or at once if it already is
 * (then the page is drawn again in English).
 */
export function registerEnglish(ns: string, load: () => Promise<Texts>): void {
  englishLoaders.set(ns, load);
  if (i18n.hasResourceBundle('en', 'translation')) {
    void loadNamespace(ns, load).then(() => {
      if (i18n.language === 'en') void i18n.changeLanguage('en');
    });
  }
}

/** Changes the UI language, remembers it and keeps <html lang> in step. */
export async function changeLanguage(language: Language): Promise<void> {
  if (language === 'en') await loadEnglish();
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  if (isLanguage(language)) {
    localStorage.setItem(STORAGE_KEY, language);
  }
});

// Read before init: initialising in Danish stores Danish as the choice.
const initial = storedLanguage();

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da } },
  lng: 'da',
  fallbackLng: 'da',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;
if (initial === 'en') void changeLanguage('en');

export default i18n;
