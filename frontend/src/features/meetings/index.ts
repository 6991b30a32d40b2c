import './i18n';

export { MeetingsPage } from './components/meetings-page';
export { NewMeetingPage } from './components/new-meeting-page';
export { MeetingPage } from './components/meeting-page';
export { AnswerPage } from './components/answer-page';
