import { useTranslation } from 'react-i18next';

/** "3 unread", in words so screen readers say what the number means; nothing when all is read. */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return <span className="badge">{t('conversations.unread', { count })}</span>;
}
