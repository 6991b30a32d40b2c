import './i18n';

export { LeadersPage } from './components/leaders-page';
export { OwnPlansPage } from './components/own-plans-page';
export { ReportListPage } from './components/report-list-page';
export { ReportPage } from './components/report-page';
