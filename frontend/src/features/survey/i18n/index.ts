import i18n, { registerEnglish } from '@/i18n';
import da from './da.json';

/**
 * The survey's texts, in their own namespace, registered when the (lazily loaded) feature is. The scale labels and
 * "Ved ikke" come from the server in Danish; en.json translates them for the English UI.
 */
export const NS = 'survey';

if (!i18n.hasResourceBundle('da', NS)) {
  i18n.addResourceBundle('da', NS, da);
  // The English texts only when someone chooses English: a respondent's phone loads the Danish ones.
  registerEnglish(NS, () => import('./en.json'));
}
