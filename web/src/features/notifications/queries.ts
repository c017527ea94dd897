import { type InfiniteData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { NotificationListDto, NotificationPreferencesDto } from '../../../../shared/contracts/notifications.js';
import { fetchNotificationPreferences, fetchNotifications, markNotificationsRead, saveNotificationPreferences } from './api.js';
import { withReadAt } from './notification-list.js';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unread: ['notifications', 'unread'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** The unread count for the bell: one small request, then kept current by socket events. */
export function useUnreadNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async () => (await fetchNotifications(undefined, 1)).unreadCount,
    enabled,
  });
}

export function useNotificationList() {
  return useInfiniteQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ pageParam }) => fetchNotifications(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Sets the bell's count at once (from a socket event or an answer) and refreshes the list behind it. */
export function useNotificationsChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (unreadCount: number | null) => {
      if (unreadCount !== null) queryClient.setQueryData(notificationKeys.unread, unreadCount);
      else void queryClient.invalidateQueries({ queryKey: notificationKeys.unread });
      return queryClient.invalidateQueries({ queryKey: notificationKeys.list });
    },
    [queryClient],
  );
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: (unreadCount, input) => {
      queryClient.setQueryData(notificationKeys.unread, unreadCount);
      queryClient.setQueryData<InfiniteData<NotificationListDto>>(notificationKeys.list, (data) =>
        data ? { ...data, pages: data.pages.map((page) => ({ ...withReadAt(page, input, new Date().toISOString()), unreadCount })) } : data,
      );
    },
  });
}

export function useNotificationPreferences() {
  return useQuery({ queryKey: notificationKeys.preferences, queryFn: fetchNotificationPreferences });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData<NotificationPreferencesDto>(notificationKeys.preferences, saved),
  });
}
