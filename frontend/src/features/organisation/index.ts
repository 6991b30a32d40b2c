import './i18n';

export { OrganisationPage } from './components/organisation-page';
