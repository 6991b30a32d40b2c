import i18n from '@/i18n';
import da from './da.json';
import en from './en.json';

/** The feature's texts live in their own namespace, registered once when the feature is loaded. */
export const NS = 'dialogue';

if (!i18n.hasResourceBundle('da', NS)) {
  i18n.addResourceBundle('da', NS, da);
  i18n.addResourceBundle('en', NS, en);
}
