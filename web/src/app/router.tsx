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
import { HomePage } from '../features/home/routes/HomePage.js';
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
            {
              element: <RequireAuth />,
              children: [
                { path: 'account/security', element: <SecurityPage /> },
                {
                  path: 'admin',
                  element: <AdminLayout />,
                  children: [
                    { index: true, element: <Navigate to="/admin/users" replace /> },
                    { path: 'users', element: <UsersPage /> },
                    { path: 'audit', element: <AuditPage /> },
                    { path: 'crisis-lines', element: <CrisisLinesAdminPage /> },
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
