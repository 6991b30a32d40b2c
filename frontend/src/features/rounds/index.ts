import './i18n';

export { RoundListPage } from './components/round-list-page';
export { NewRoundPage, RoundPage } from './components/round-page';
export { ConfirmListPage } from './components/confirm-list-page';
