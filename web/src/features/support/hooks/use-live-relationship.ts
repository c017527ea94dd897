import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useConnection, useSocketEvent } from '../../../app/socket.js';
import { supportKeys } from '../queries.js';

/** Notifications that mean something on a relationship's page changed. */
const RELEVANT_KINDS = /^(check_in\.|session_note\.|feedback\.|relationship\.)/;

/**
 * Keeps a relationship's page current without a reload: a notification about it (a proposal, an
 * agreement, a changed or shared thing) refreshes the page's data, and so does a reconnect, which may
 * have missed some. The bell announces the notification itself, so nothing is announced twice here.
 */
export function useLiveRelationship(relationshipId: string): void {
  const queryClient = useQueryClient();
  const { generation } = useConnection();

  useEffect(() => {
    if (generation > 1) void queryClient.invalidateQueries({ queryKey: ['one-to-one', 'relationship', relationshipId] });
  }, [generation, queryClient, relationshipId]);

  useSocketEvent('notification:new', ({ notification }) => {
    const aboutThis = notification.link === `/support/${relationshipId}`;
    if (!aboutThis && !RELEVANT_KINDS.test(notification.kind)) return;
    void queryClient.invalidateQueries({ queryKey: supportKeys.summary(relationshipId) });
    if (aboutThis || notification.kind.startsWith('session_note.')) void queryClient.invalidateQueries({ queryKey: supportKeys.notes(relationshipId) });
  });
}
