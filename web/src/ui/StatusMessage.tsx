interface StatusMessageProps {
  message: string | null;
}

/** A polite live region: always in the page, so screen readers announce each new message. */
export function StatusMessage({ message }: StatusMessageProps) {
  return (
    <div role="status" className={message ? 'status status-visible' : 'status'}>
      {message}
    </div>
  );
}
