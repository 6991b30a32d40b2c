export { FrameworkListPage } from './components/framework-list-page';
export { FrameworkPage } from './components/framework-page';
