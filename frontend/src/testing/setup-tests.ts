import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import i18n, { loadEnglish } from '@/i18n';
import { server } from './server';

// Pages load their feature's code lazily, then their data: on a loaded two-core machine the first find may need
// more than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: page changes scroll to the top, which it does not implement.
window.scrollTo = () => undefined;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Tests switch to English directly as well as through the switch: its texts are there from the start.
  await loadEnglish();
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  await i18n.changeLanguage('da');
});
afterAll(() => server.close());
