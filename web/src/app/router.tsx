import { createBrowserRouter, Navigate } from 'react-router';
import { SecurityPage } from '../features/account/routes/SecurityPage.js';
import { AdminLayout } from '../features/admin/components/AdminLayout.js';
import { AuditPage } from '../features/admin/routes/AuditPage.js';
import { UsersPage } from '../features/admin/routes/UsersPage.js';
import { RequireAuth } from '../features/auth/components/RequireAuth.js';
import { SignInPage } from '../features/auth/routes/SignInPage.js';
import { SignUpPage } from '../features/auth/routes/SignUpPage.js';
import { CrisisLinesAdminPage } from '../features/crisis-lines/routes/CrisisLinesAdminPage.js';
import { HelpPage } from '../features/crisis-lines/routes/HelpPage.js';
import { ChatPage } from '../features/conversations/routes/ChatPage.js';
import { ConversationsPage } from '../features/conversations/routes/ConversationsPage.js';
import { GoalsPage } from '../features/goals/routes/GoalsPage.js';
import { FacilitatePage } from '../features/groups/routes/FacilitatePage.js';
import { GroupPage } from '../features/groups/routes/GroupPage.js';
import { GroupsPage } from '../features/groups/routes/GroupsPage.js';
import { NewGroupPage } from '../features/groups/routes/NewGroupPage.js';
import { SharedGoalsPage } from '../features/goals/routes/SharedGoalsPage.js';
import { HomePage } from '../features/home/routes/HomePage.js';
import { IntakePage } from '../features/matching/routes/IntakePage.js';
import { MatchingWeightsPage } from '../features/matching/routes/MatchingWeightsPage.js';
import { RelationshipsPage } from '../features/matching/routes/RelationshipsPage.js';
import { SupporterRequestsPage } from '../features/matching/routes/SupporterRequestsPage.js';
import { SupportPage } from '../features/matching/routes/SupportPage.js';
import { NotificationSettingsPage } from '../features/notifications/routes/NotificationSettingsPage.js';
import { NotificationsPage } from '../features/notifications/routes/NotificationsPage.js';
import { PrivacyNoticePage } from '../features/legal/routes/PrivacyNoticePage.js';
import { TermsPage } from '../features/legal/routes/TermsPage.js';
import { ConsentsPage } from '../features/privacy/routes/ConsentsPage.js';
import { DataPage } from '../features/privacy/routes/DataPage.js';
import { PrivacyPage } from '../features/privacy/routes/PrivacyPage.js';
import { ProfilePage } from '../features/profiles/routes/ProfilePage.js';
import { PublicProfilePage } from '../features/profiles/routes/PublicProfilePage.js';
import { AdminRoomPage } from '../features/rooms/routes/AdminRoomPage.js';
import { AdminRoomsPage } from '../features/rooms/routes/AdminRoomsPage.js';
import { RoomPage } from '../features/rooms/routes/RoomPage.js';
import { RoomsPage } from '../features/rooms/routes/RoomsPage.js';
import { SafetyPlanPage } from '../features/safety-plan/routes/SafetyPlanPage.js';
import { SafetyPlanPrintPage } from '../features/safety-plan/routes/SafetyPlanPrintPage.js';
import { SharedSafetyPlanPage } from '../features/safety-plan/routes/SharedSafetyPlanPage.js';
import { SafetyTeamLayout } from '../features/safety/components/SafetyTeamLayout.js';
import { ConcernsPage } from '../features/safety/routes/ConcernsPage.js';
import { OnCallRotaPage } from '../features/safety/routes/OnCallRotaPage.js';
import { SafetyAlertsPage } from '../features/safety/routes/SafetyAlertsPage.js';
import { SupportForYouPage } from '../features/safety/routes/SupportForYouPage.js';
import { ModerationNoticesPage } from '../features/reports/routes/ModerationNoticesPage.js';
import { ModerationQueuePage } from '../features/reports/routes/ModerationQueuePage.js';
import { MyReportsPage } from '../features/reports/routes/MyReportsPage.js';
import { ApplicationsAdminPage } from '../features/supporters/routes/ApplicationsAdminPage.js';
import { SupporterPage } from '../features/supporters/routes/SupporterPage.js';
import { AdminSupervisionPage } from '../features/support/routes/AdminSupervisionPage.js';
import { CalendarSettingsPage } from '../features/support/routes/CalendarSettingsPage.js';
import { MyFeedbackPage } from '../features/support/routes/MyFeedbackPage.js';
import { RelationshipSupportPage } from '../features/support/routes/RelationshipSupportPage.js';
import { SupervisionPage } from '../features/support/routes/SupervisionPage.js';
import { TopicsAdminPage } from '../features/topics/routes/TopicsAdminPage.js';
import { AppLayout } from './AppLayout.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RouteError } from './RouteError.js';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'help', element: <HelpPage /> },
            { path: 'sign-in', element: <SignInPage /> },
            { path: 'sign-up', element: <SignUpPage /> },
            { path: 'legal/terms', element: <TermsPage /> },
            { path: 'legal/privacy', element: <PrivacyNoticePage /> },
            {
              element: <RequireAuth />,
              children: [
                { path: 'account/security', element: <SecurityPage /> },
                { path: 'account/data', element: <DataPage /> },
                { path: 'profile', element: <ProfilePage /> },
                { path: 'profile/supporter', element: <SupporterPage /> },
                { path: 'profiles/:userId', element: <PublicProfilePage /> },
                { path: 'privacy', element: <PrivacyPage /> },
                { path: 'privacy/consents', element: <ConsentsPage /> },
                { path: 'support', element: <SupportPage /> },
                { path: 'support/requests', element: <SupporterRequestsPage /> },
                { path: 'support/:relationshipId', element: <RelationshipSupportPage /> },
                { path: 'relationships', element: <RelationshipsPage /> },
                { path: 'relationships/:relationshipId/goals', element: <SharedGoalsPage /> },
                { path: 'goals', element: <GoalsPage /> },
                { path: 'conversations', element: <ConversationsPage /> },
                { path: 'conversations/:id', element: <ChatPage /> },
                { path: 'rooms', element: <RoomsPage /> },
                { path: 'rooms/:id', element: <RoomPage /> },
                { path: 'groups', element: <GroupsPage /> },
                { path: 'groups/new', element: <NewGroupPage /> },
                { path: 'groups/:id', element: <GroupPage /> },
                { path: 'groups/:id/facilitate', element: <FacilitatePage /> },
                { path: 'safety-plan', element: <SafetyPlanPage /> },
                { path: 'safety-plan/print', element: <SafetyPlanPrintPage /> },
                { path: 'safety-plan/:memberId', element: <SharedSafetyPlanPage /> },
                { path: 'help/me', element: <SupportForYouPage /> },
                { path: 'safety/concerns', element: <ConcernsPage /> },
                { path: 'reports/mine', element: <MyReportsPage /> },
                { path: 'notifications', element: <NotificationsPage /> },
                { path: 'settings/notifications', element: <NotificationSettingsPage /> },
                { path: 'settings/calendar', element: <CalendarSettingsPage /> },
                { path: 'supporter/feedback', element: <MyFeedbackPage /> },
                { path: 'supervision', element: <SupervisionPage /> },
                { path: 'moderation/me', element: <ModerationNoticesPage /> },
                {
                  path: 'safety',
                  element: <SafetyTeamLayout />,
                  children: [
                    { index: true, element: <SafetyAlertsPage list="active" /> },
                    { path: 'resolved', element: <SafetyAlertsPage list="resolved" /> },
                    { path: 'reports', element: <ModerationQueuePage view="open" /> },
                    { path: 'reports/appeals', element: <ModerationQueuePage view="appeals" /> },
                    { path: 'reports/decided', element: <ModerationQueuePage view="closed" /> },
                  ],
                },
                {
                  path: 'admin',
                  element: <AdminLayout />,
                  children: [
                    { index: true, element: <Navigate to="/admin/users" replace /> },
                    { path: 'users', element: <UsersPage /> },
                    { path: 'audit', element: <AuditPage /> },
                    { path: 'crisis-lines', element: <CrisisLinesAdminPage /> },
                    { path: 'applications', element: <ApplicationsAdminPage /> },
                    { path: 'topics', element: <TopicsAdminPage /> },
                    { path: 'matching', element: <MatchingWeightsPage /> },
                    { path: 'intake', element: <IntakePage /> },
                    { path: 'rooms', element: <AdminRoomsPage /> },
                    { path: 'rooms/:id', element: <AdminRoomPage /> },
                    { path: 'on-call', element: <OnCallRotaPage /> },
                    { path: 'supervision', element: <AdminSupervisionPage /> },
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
