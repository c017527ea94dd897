import type { TFunction } from 'i18next';

/** New messages from others since the last announcement. */
export interface ArrivalSummary {
  count: number;
  /** Distinct authors' handles, in arrival order. */
  authors: string[];
}

export interface AnnouncementThrottle {
  /** Messages from others that just arrived, all at once (a catch-up may bring many). */
  add(authors: readonly string[]): void;
  dispose(): void;
}

interface Timers {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const ANNOUNCE_INTERVAL_MS = 4000;

/**
 * Summarises arrivals for a screen reader: the first one is announced at once; anything arriving within
 * `intervalMs` of an announcement waits and is then announced as one summary, so a busy room never floods.
 */
export function createAnnouncementThrottle(
  announce: (summary: ArrivalSummary) => void,
  intervalMs = ANNOUNCE_INTERVAL_MS,
  timers: Timers = browserTimers,
): AnnouncementThrottle {
  let waiting: string[] = [];
  let lastAnnouncedAt = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;

  function flush() {
    timer = null;
    if (waiting.length === 0) return;
    announce({ count: waiting.length, authors: [...new Set(waiting)] });
    waiting = [];
    lastAnnouncedAt = timers.now();
  }

  return {
    add(authors) {
      if (authors.length === 0) return;
      waiting.push(...authors);
      if (timer !== null) return;
      const wait = lastAnnouncedAt + intervalMs - timers.now();
      if (wait <= 0) flush();
      else timer = timers.setTimeout(flush, wait);
    },
    dispose() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      waiting = [];
    },
  };
}

/** "New message from Ada", "3 new messages from Ada", "5 new messages". */
export function arrivalText(t: TFunction, summary: ArrivalSummary): string {
  const [only] = summary.authors;
  if (summary.authors.length === 1 && only !== undefined) return t('chat.announce.from', { count: summary.count, handle: only });
  return t('chat.announce.several', { count: summary.count });
}
