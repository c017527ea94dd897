import { useTranslation } from 'react-i18next';
import type { GroupDto } from '../../../../../shared/contracts/groups.js';
import { AgreementAcceptance } from '../../../ui/AgreementAcceptance.js';
import { groupProblemText } from '../group-problems.js';

interface JoinGroupFormProps {
  group: GroupDto;
  onJoin: (agreementVersion: number) => void;
  pending: boolean;
  error: unknown;
}

/**
 * The group agreement with "I accept" and a button: to join, to join the waiting list when the group is
 * full, to accept an invitation, or to accept the agreement again after it changed. Joining names the
 * version shown, so a change made meanwhile is never accepted unseen.
 */
export function JoinGroupForm({ group, onJoin, pending, error }: JoinGroupFormProps) {
  const { t } = useTranslation();
  const status = group.myMembership?.status;
  const again = status === 'member' && !group.myMembership?.agreementAccepted;
  const invited = status === 'invited';
  const full = !again && !invited && group.spotsLeft <= 0;
  const label = again ? t('groups.join.acceptAgain') : invited ? t('groups.join.acceptInvitation') : full ? t('groups.join.joinWaitlist') : t('groups.join.join');

  return (
    <AgreementAcceptance
      heading={again ? t('groups.join.changedHeading') : t('groups.join.heading')}
      intro={again && <p>{t('groups.join.changedText')}</p>}
      agreement={group.agreement}
      agreementLang={group.language}
      note={full && <p>{t('groups.join.fullText')}</p>}
      problem={error === null || error === undefined ? null : groupProblemText(t, error)}
      acceptLabel={t('groups.join.accept')}
      submitLabel={label}
      pending={pending}
      onAccept={() => onJoin(group.agreementVersion)}
    />
  );
}
