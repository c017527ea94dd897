import { useTranslation } from 'react-i18next';
import { formatList } from '../../../lib/format.js';

/** "Ada is typing…"; keeps its height when empty so the composer does not jump. */
export function TypingIndicator({ handles }: { handles: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="typing-indicator muted">
      {handles.length > 0 && t('chat.typing', { count: handles.length, names: formatList(handles, i18n.language) })}
    </p>
  );
}
