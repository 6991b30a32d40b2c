import './i18n';

export { GuidePage } from './components/guide-page';
export { PlanPage } from './components/plan-page';
