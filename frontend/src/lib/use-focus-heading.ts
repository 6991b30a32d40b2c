import { useEffect, useRef, type RefObject } from 'react';

/** How long a new view may take to render its heading (a page whose data is still loading shows none yet). */
const WAIT_MS = 8000;

/**
 * After a change of view (not on the first one shown), scroll to the top and move focus to the view's h1, as a full
 * page load would: keyboard and screen reader users start at the new heading, and nobody lands halfway down a new
 * page. A view that is still loading gets its focus when its heading appears.
 */
export function useFocusHeadingOnChange(view: string, container: RefObject<HTMLElement | null>, skip?: (previous: string) => boolean) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (before === null || before === view || skip?.(before)) return;
    window.scrollTo(0, 0);
    const root = container.current;
    if (!root) return;
    const focus = () => {
      const heading = root.querySelector('h1');
      if (!heading) return false;
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      window.scrollTo(0, 0);
      return true;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [view, container, skip]);
}
