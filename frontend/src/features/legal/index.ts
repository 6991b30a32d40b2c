export { useSettings } from './api/get-settings';
export { PrivacyPage } from './components/privacy-page';
