import i18n from '@/i18n';
import da from './da.json';
import en from './en.json';

/**
 * The feature's texts, merged into the default namespace under `frameworks.` when the feature is loaded, so that the
 * first page of the app does not carry them. A module runs once, so this happens once.
 */
i18n.addResourceBundle('da', 'translation', da, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
