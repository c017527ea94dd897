import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';
import { ReportOpener } from './ReportDialog.js';

/** "Report" on someone else's message: the report dialog, about these words. */
export function ReportMessage({ message }: { message: MessageDto }) {
  const { t } = useTranslation();
  const handle = message.authorHandle ?? t('conversations.deletedMember');
  return <ReportOpener target={{ kind: 'message', message, handle }} text={t('reports.dialog.openShort')} label={t('reports.dialog.open', { handle })} />;
}
