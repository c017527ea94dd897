import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { arrivalText, createAnnouncementThrottle, type ArrivalSummary } from './announcement-throttle.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, showSupportNotice: false });

describe('createAnnouncementThrottle', () => {
  let announced: ArrivalSummary[];
  beforeEach(() => {
    vi.useFakeTimers();
    announced = [];
  });
  afterEach(() => vi.useRealTimers());

  const throttle = () =>
    createAnnouncementThrottle((summary) => announced.push(summary), 4000, {
      now: () => Date.now(),
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });

  it('announces the first arrival at once', () => {
    throttle().add(['Ada Example']);
    expect(announced).toEqual([{ count: 1, authors: ['Ada Example'] }]);
  });

  it('gathers a burst into one summary after the interval, never one announcement per message', () => {
    const announcer = throttle();
    announcer.add(['Ada Example']);
    for (const handle of ['Ben Sample', 'Ada Example', 'Ben Sample', 'Ada Example']) {
      vi.advanceTimersByTime(500);
      announcer.add([handle]);
    }
    expect(announced).toHaveLength(1);
    vi.advanceTimersByTime(1999);
    expect(announced).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(announced[1]).toEqual({ count: 4, authors: ['Ben Sample', 'Ada Example'] });
    vi.advanceTimersByTime(60_000);
    expect(announced).toHaveLength(2);
  });

  it('announces a whole catch-up as one summary', () => {
    throttle().add(['Ada Example', 'Ada Example', 'Ada Example']);
    expect(announced).toEqual([{ count: 3, authors: ['Ada Example'] }]);
  });

  it('announces at once again after a quiet interval', () => {
    const announcer = throttle();
    announcer.add(['Ada Example']);
    vi.advanceTimersByTime(5000);
    announcer.add(['Ben Sample']);
    expect(announced).toHaveLength(2);
  });

  it('says nothing after it is disposed', () => {
    const announcer = throttle();
    announcer.add(['Ada Example']);
    announcer.add(['Ben Sample']);
    announcer.dispose();
    vi.advanceTimersByTime(10_000);
    expect(announced).toHaveLength(1);
  });
});

describe('arrivalText', () => {
  it('names the author when there is one, and counts otherwise', () => {
    const t = i18n.getFixedT('en');
    expect(arrivalText(t, { count: 1, authors: ['Ada Example'] })).toBe('New message from Ada Example');
    expect(arrivalText(t, { count: 3, authors: ['Ada Example'] })).toBe('3 new messages from Ada Example');
    expect(arrivalText(t, { count: 5, authors: ['Ada Example', 'Ben Sample'] })).toBe('5 new messages');
    expect(arrivalText(i18n.getFixedT('es'), { count: 1, authors: ['Ada Example'] })).toBe('Nuevo mensaje de Ada Example');
  });
});
