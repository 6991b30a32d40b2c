import './i18n';

export { SurveyPage } from './components/survey-page';
