import './i18n';

export { RoundPickerPage } from './components/round-picker-page';
export { OverviewPage } from './components/overview-page';
export { StatementQualityPage } from './components/statement-quality-page';
