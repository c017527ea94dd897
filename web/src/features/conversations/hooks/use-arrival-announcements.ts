import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';
import { arrivalText, createAnnouncementThrottle, type AnnouncementThrottle, type ArrivalSummary } from '../announcement-throttle.js';

/** The latest summary of new messages for the polite live region, throttled so it never floods. */
export function useArrivalAnnouncements() {
  const { t } = useTranslation();
  const [latest, setLatest] = useState<{ summary: ArrivalSummary; number: number } | null>(null);
  const throttle = useRef<AnnouncementThrottle | null>(null);

  useEffect(() => {
    const created = createAnnouncementThrottle((summary) => setLatest((previous) => ({ summary, number: (previous?.number ?? 0) + 1 })));
    throttle.current = created;
    return () => created.dispose();
  }, []);

  const add = useCallback(
    (messages: MessageDto[]) => throttle.current?.add(messages.map((message) => message.authorHandle ?? t('conversations.deletedMember'))),
    [t],
  );

  return {
    add,
    /** Changes with every announcement, so the same words twice are still announced twice. */
    announcement: latest ? { text: arrivalText(t, latest.summary), key: latest.number } : null,
  };
}
