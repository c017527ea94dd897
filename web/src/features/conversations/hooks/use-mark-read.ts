import { useEffect, useRef } from 'react';
import { markConversation } from '../api.js';

/**
 * Marks the conversation read up to `seq` while the page is visible, and again when the person comes back
 * to the tab. `onMarked` runs after the server took it (e.g. to refresh the unread counts).
 */
export function useMarkRead(conversationId: string, seq: number, enabled: boolean, onMarked: () => void): void {
  const marked = useRef(0);
  const latest = useRef(onMarked);
  useEffect(() => {
    latest.current = onMarked;
  });

  useEffect(() => {
    if (!enabled || seq === 0) return;
    function mark() {
      if (document.visibilityState !== 'visible' || seq <= marked.current) return;
      const previous = marked.current;
      marked.current = seq;
      markConversation('read', conversationId, seq).then(
        () => latest.current(),
        () => {
          // Offline: try again on the next message or visit.
          marked.current = previous;
        },
      );
    }
    mark();
    document.addEventListener('visibilitychange', mark);
    window.addEventListener('focus', mark);
    return () => {
      document.removeEventListener('visibilitychange', mark);
      window.removeEventListener('focus', mark);
    };
  }, [conversationId, seq, enabled]);
}
