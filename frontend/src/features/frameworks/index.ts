import './i18n';

export { FrameworkListPage } from './components/framework-list-page';
export { FrameworkPage, FrameworkPreviewPage } from './components/framework-page';
