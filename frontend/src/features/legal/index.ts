import './i18n';

export { PrivacyPage } from './components/privacy-page';
