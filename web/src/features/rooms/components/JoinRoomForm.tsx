import { useTranslation } from 'react-i18next';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { AgreementAcceptance } from '../../../ui/AgreementAcceptance.js';
import { chatProblemText } from '../../conversations/chat-problems.js';

interface JoinRoomFormProps {
  room: RoomDto;
  /** Joins (or accepts again) naming the agreement version shown; the page owns the request, as this form goes once it succeeds. */
  onJoin: (agreementVersion: number) => void;
  pending: boolean;
  error: unknown;
}

/**
 * The community agreement with "I accept" and a button: to join, or to accept it again after it changed.
 * Joining names the version shown here, so a change made meanwhile is never accepted unseen.
 */
export function JoinRoomForm({ room, onJoin, pending, error }: JoinRoomFormProps) {
  const { t } = useTranslation();
  const again = room.joined && !room.agreementAccepted;

  return (
    <AgreementAcceptance
      heading={again ? t('rooms.agreementChangedHeading') : t('rooms.agreementHeading')}
      intro={again && <p>{t('rooms.agreementChangedText')}</p>}
      agreement={room.agreement}
      problem={error === null || error === undefined ? null : chatProblemText(t, error)}
      acceptLabel={t('rooms.accept')}
      submitLabel={again ? t('rooms.acceptAgain') : t('rooms.join')}
      pending={pending}
      onAccept={() => onJoin(room.agreementVersion)}
    />
  );
}
