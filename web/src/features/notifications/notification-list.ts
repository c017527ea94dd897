import type { MarkReadInput, NotificationListDto } from '../../../../shared/contracts/notifications.js';

/** A page with the given notifications (or all) shown as read from `at`, without waiting for a refetch. */
export function withReadAt(page: NotificationListDto, input: MarkReadInput, at: string): NotificationListDto {
  const ids = input.all ? null : new Set(input.ids ?? []);
  return {
    ...page,
    notifications: page.notifications.map((notification) =>
      notification.readAt === null && (ids === null || ids.has(notification.id)) ? { ...notification, readAt: at } : notification,
    ),
  };
}

/**
 * Where a notification leads. Links are paths inside Kindred; anything else (which the server refuses
 * to store) is dropped rather than followed.
 */
export function safeLink(link: string | null): string | null {
  return link && /^\/(?![/\\])/.test(link) ? link : null;
}
