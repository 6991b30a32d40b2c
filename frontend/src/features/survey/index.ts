import './i18n';

export { SurveyPage } from './components/survey-page';
export { SurveyPreviewPage } from './components/survey-preview-page';
