import './i18n';

export { FrameworkListPage } from './components/framework-list-page';
export { FrameworkPage } from './components/framework-page';
