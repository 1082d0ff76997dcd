// Asking an API again and again while the officer can see the answer: a read every so often while
// the console's tab is visible, none while it is hidden (another tab, a minimised window, a locked
// screen: each read is an audited read and a request on the station's link), and one at once when
// the tab shows again, so what the officer sees on coming back is current.

/** What the poller needs of the page: `document` in the browser (the Page Visibility API). */
export interface PageVisibility {
  readonly hidden: boolean;
  addEventListener(type: "visibilitychange", listener: () => void): void;
  removeEventListener(type: "visibilitychange", listener: () => void): void;
}

/** What it needs of the clock: the browser's timers. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/**
 * Reads at once (when the page is visible), then `everyMs` after each read has finished, while the
 * page stays visible; a read never overlaps the one before, however slow. Hidden, it stops; shown
 * again, it reads at once and goes on. Answers the function that stops it for good.
 */
export function pollWhileVisible(read: () => Promise<unknown>, everyMs: number, page: PageVisibility = document,
    timers: Timers = browserTimers): () => void {
  let timer: unknown = null;
  let reading = false;
  let stopped = false;

  const next = () => {
    if (stopped || page.hidden || reading || timer !== null) return;
    reading = true;
    read().catch(() => undefined).finally(() => {
      reading = false;
      if (stopped || page.hidden) return;
      timer = timers.setTimeout(() => {
        timer = null;
        next();
      }, everyMs);
    });
  };
  const visibilityChanged = () => {
    if (page.hidden) {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    } else {
      next();
    }
  };

  page.addEventListener("visibilitychange", visibilityChanged);
  next();
  return () => {
    stopped = true;
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    page.removeEventListener("visibilitychange", visibilityChanged);
  };
}
