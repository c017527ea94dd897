import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth.js';
import { SignInPage } from '../features/auth/routes/SignInPage.js';
import { SignUpPage } from '../features/auth/routes/SignUpPage.js';
import { HelpPage } from '../features/crisis-lines/routes/HelpPage.js';
import { HomePage } from '../features/home/routes/HomePage.js';
import { SafetyPlanPage } from '../features/safety-plan/routes/SafetyPlanPage.js';
import { SupportForYouPage } from '../features/safety/routes/SupportForYouPage.js';
import { AppLayout } from './AppLayout.js';
import { NotFoundPage } from './NotFoundPage.js';
import { PageLoading } from './PageLoading.js';
import { RouteError } from './RouteError.js';

/**
 * A page fetched the first time someone opens it, so the first visit downloads only what every visitor
 * needs. Help, the support card, the safety plan, signing in and the home page stay in the first download:
 * someone in distress should never wait for them.
 */
function page<M>(load: () => Promise<M>, render: (module: M) => ReactNode) {
  return { lazy: async () => ({ element: render(await load()) }) };
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'help', element: <HelpPage /> },
            { path: 'sign-in', element: <SignInPage /> },
            { path: 'sign-up', element: <SignUpPage /> },
            { path: 'legal/terms', ...page(() => import('../features/legal/routes/TermsPage.js'), (m) => <m.TermsPage />) },
            { path: 'legal/privacy', ...page(() => import('../features/legal/routes/PrivacyNoticePage.js'), (m) => <m.PrivacyNoticePage />) },
            {
              element: <RequireAuth />,
              children: [
                { path: 'account/security', ...page(() => import('../features/account/routes/SecurityPage.js'), (m) => <m.SecurityPage />) },
                { path: 'account/data', ...page(() => import('../features/privacy/routes/DataPage.js'), (m) => <m.DataPage />) },
                { path: 'profile', ...page(() => import('../features/profiles/routes/ProfilePage.js'), (m) => <m.ProfilePage />) },
                { path: 'profile/supporter', ...page(() => import('../features/supporters/routes/SupporterPage.js'), (m) => <m.SupporterPage />) },
                { path: 'profiles/:userId', ...page(() => import('../features/profiles/routes/PublicProfilePage.js'), (m) => <m.PublicProfilePage />) },
                { path: 'privacy', ...page(() => import('../features/privacy/routes/PrivacyPage.js'), (m) => <m.PrivacyPage />) },
                { path: 'privacy/consents', ...page(() => import('../features/privacy/routes/ConsentsPage.js'), (m) => <m.ConsentsPage />) },
                { path: 'support', ...page(() => import('../features/matching/routes/SupportPage.js'), (m) => <m.SupportPage />) },
                { path: 'support/requests', ...page(() => import('../features/matching/routes/SupporterRequestsPage.js'), (m) => <m.SupporterRequestsPage />) },
                { path: 'support/:relationshipId', ...page(() => import('../features/support/routes/RelationshipSupportPage.js'), (m) => <m.RelationshipSupportPage />) },
                { path: 'relationships', ...page(() => import('../features/matching/routes/RelationshipsPage.js'), (m) => <m.RelationshipsPage />) },
                { path: 'relationships/:relationshipId/goals', ...page(() => import('../features/goals/routes/SharedGoalsPage.js'), (m) => <m.SharedGoalsPage />) },
                { path: 'goals', ...page(() => import('../features/goals/routes/GoalsPage.js'), (m) => <m.GoalsPage />) },
                { path: 'conversations', ...page(() => import('../features/conversations/routes/ConversationsPage.js'), (m) => <m.ConversationsPage />) },
                { path: 'conversations/:id', ...page(() => import('../features/conversations/routes/ChatPage.js'), (m) => <m.ChatPage />) },
                { path: 'rooms', ...page(() => import('../features/rooms/routes/RoomsPage.js'), (m) => <m.RoomsPage />) },
                { path: 'rooms/:id', ...page(() => import('../features/rooms/routes/RoomPage.js'), (m) => <m.RoomPage />) },
                { path: 'groups', ...page(() => import('../features/groups/routes/GroupsPage.js'), (m) => <m.GroupsPage />) },
                { path: 'groups/new', ...page(() => import('../features/groups/routes/NewGroupPage.js'), (m) => <m.NewGroupPage />) },
                { path: 'groups/:id', ...page(() => import('../features/groups/routes/GroupPage.js'), (m) => <m.GroupPage />) },
                { path: 'groups/:id/facilitate', ...page(() => import('../features/groups/routes/FacilitatePage.js'), (m) => <m.FacilitatePage />) },
                { path: 'safety-plan', element: <SafetyPlanPage /> },
                { path: 'safety-plan/print', ...page(() => import('../features/safety-plan/routes/SafetyPlanPrintPage.js'), (m) => <m.SafetyPlanPrintPage />) },
                { path: 'safety-plan/:memberId', ...page(() => import('../features/safety-plan/routes/SharedSafetyPlanPage.js'), (m) => <m.SharedSafetyPlanPage />) },
                { path: 'help/me', element: <SupportForYouPage /> },
                { path: 'safety/concerns', ...page(() => import('../features/safety/routes/ConcernsPage.js'), (m) => <m.ConcernsPage />) },
                { path: 'reports/mine', ...page(() => import('../features/reports/routes/MyReportsPage.js'), (m) => <m.MyReportsPage />) },
                { path: 'notifications', ...page(() => import('../features/notifications/routes/NotificationsPage.js'), (m) => <m.NotificationsPage />) },
                { path: 'settings/notifications', ...page(() => import('../features/notifications/routes/NotificationSettingsPage.js'), (m) => <m.NotificationSettingsPage />) },
                { path: 'settings/calendar', ...page(() => import('../features/support/routes/CalendarSettingsPage.js'), (m) => <m.CalendarSettingsPage />) },
                { path: 'supporter/feedback', ...page(() => import('../features/support/routes/MyFeedbackPage.js'), (m) => <m.MyFeedbackPage />) },
                { path: 'supervision', ...page(() => import('../features/support/routes/SupervisionPage.js'), (m) => <m.SupervisionPage />) },
                { path: 'moderation/me', ...page(() => import('../features/reports/routes/ModerationNoticesPage.js'), (m) => <m.ModerationNoticesPage />) },
                {
                  path: 'safety',
                  ...page(() => import('../features/safety/components/SafetyTeamLayout.js'), (m) => <m.SafetyTeamLayout />),
                  children: [
                    { index: true, ...page(() => import('../features/safety/routes/SafetyAlertsPage.js'), (m) => <m.SafetyAlertsPage list="active" />) },
                    { path: 'resolved', ...page(() => import('../features/safety/routes/SafetyAlertsPage.js'), (m) => <m.SafetyAlertsPage list="resolved" />) },
                    { path: 'reports', ...page(() => import('../features/reports/routes/ModerationQueuePage.js'), (m) => <m.ModerationQueuePage view="open" />) },
                    { path: 'reports/appeals', ...page(() => import('../features/reports/routes/ModerationQueuePage.js'), (m) => <m.ModerationQueuePage view="appeals" />) },
                    { path: 'reports/decided', ...page(() => import('../features/reports/routes/ModerationQueuePage.js'), (m) => <m.ModerationQueuePage view="closed" />) },
                  ],
                },
                {
                  path: 'admin',
                  ...page(() => import('../features/admin/components/AdminLayout.js'), (m) => <m.AdminLayout />),
                  children: [
                    { index: true, element: <Navigate to="/admin/users" replace /> },
                    { path: 'users', ...page(() => import('../features/admin/routes/UsersPage.js'), (m) => <m.UsersPage />) },
                    { path: 'audit', ...page(() => import('../features/admin/routes/AuditPage.js'), (m) => <m.AuditPage />) },
                    { path: 'crisis-lines', ...page(() => import('../features/crisis-lines/routes/CrisisLinesAdminPage.js'), (m) => <m.CrisisLinesAdminPage />) },
                    { path: 'applications', ...page(() => import('../features/supporters/routes/ApplicationsAdminPage.js'), (m) => <m.ApplicationsAdminPage />) },
                    { path: 'topics', ...page(() => import('../features/topics/routes/TopicsAdminPage.js'), (m) => <m.TopicsAdminPage />) },
                    { path: 'matching', ...page(() => import('../features/matching/routes/MatchingWeightsPage.js'), (m) => <m.MatchingWeightsPage />) },
                    { path: 'intake', ...page(() => import('../features/matching/routes/IntakePage.js'), (m) => <m.IntakePage />) },
                    { path: 'rooms', ...page(() => import('../features/rooms/routes/AdminRoomsPage.js'), (m) => <m.AdminRoomsPage />) },
                    { path: 'rooms/:id', ...page(() => import('../features/rooms/routes/AdminRoomPage.js'), (m) => <m.AdminRoomPage />) },
                    { path: 'on-call', ...page(() => import('../features/safety/routes/OnCallRotaPage.js'), (m) => <m.OnCallRotaPage />) },
                    { path: 'supervision', ...page(() => import('../features/support/routes/AdminSupervisionPage.js'), (m) => <m.AdminSupervisionPage />) },
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
