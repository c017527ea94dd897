interface ArrivalAnnouncerProps {
  announcement: { text: string; key: number } | null;
}

/**
 * The only live part of a chat: a short summary of new messages from others. The message list itself is
 * not live, so a screen reader is never read the whole history.
 */
export function ArrivalAnnouncer({ announcement }: ArrivalAnnouncerProps) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement && <span key={announcement.key}>{announcement.text}</span>}
    </div>
  );
}
