import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../../app/socket.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';

/** How long "Reconnected" stays after the connection comes back. */
const RECONNECTED_SHOWN_MS = 4000;

/** Says when live updates stopped (messages still go out over HTTP) and, briefly, when they are back. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { status } = useConnection();
  const wasLost = useRef(false);
  const [reconnected, setReconnected] = useState(false);

  useEffect(() => {
    if (status === 'lost') {
      wasLost.current = true;
      setReconnected(false);
      return;
    }
    if (status !== 'connected' || !wasLost.current) return;
    wasLost.current = false;
    setReconnected(true);
    const timer = setTimeout(() => setReconnected(false), RECONNECTED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const message = status === 'lost' ? t('chat.connectionLost') : reconnected ? t('chat.reconnected') : null;
  return <StatusMessage message={message} />;
}
