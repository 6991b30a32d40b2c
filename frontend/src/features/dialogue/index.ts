import './i18n';

export { DialoguesPage } from './components/dialogues-page';
export { DialoguePage } from './components/dialogue-page';
