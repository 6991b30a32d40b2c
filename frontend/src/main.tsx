import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@dkfds/css/dkfds.min.css';
import './app/fonts.css';
import './app/app.css';
import './i18n';
import { App, createAppRouter } from './app/app';

/** Lets the browser paint and handle input before the next step of the start. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The start in steps, each its own task: running the code, creating the router (which matches the address and
 * starts loading that page's code), and the first render. On a slow phone each step is tens of milliseconds; as one
 * task they held the main thread for a quarter of a second (docs/performance.md).
 */
async function start(root: HTMLElement) {
  await nextTask();
  const router = createAppRouter();
  await nextTask();
  createRoot(root).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
