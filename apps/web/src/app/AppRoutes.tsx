import { Navigate, Route, Routes } from 'react-router';
import { AccessLogPage } from '../features/access-log/AccessLogPage';
import { MeldpuntSettingsPage } from '../features/admin/meldpunt/MeldpuntSettingsPage';
import { OrganisationCreatePage } from '../features/admin/organisations/OrganisationCreatePage';
import { OrganisationEditPage } from '../features/admin/organisations/OrganisationEditPage';
import { OrganisationsPage } from '../features/admin/organisations/OrganisationsPage';
import { UserCreatePage } from '../features/admin/users/UserCreatePage';
import { UserDetailPage } from '../features/admin/users/UserDetailPage';
import { UsersPage } from '../features/admin/users/UsersPage';
import { SignInPage } from '../features/auth/SignInPage';
import { CaseDetailPage } from '../features/cases/CaseDetailPage';
import { CaseQueuePage } from '../features/cases/CaseQueuePage';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { OwnReportsPage } from '../features/reports/OwnReportsPage';
import { ReceiptPage } from '../features/reports/ReceiptPage';
import { ReportFormPage } from '../features/reports/ReportFormPage';
import { StatusPage } from '../features/reports/StatusPage';
import { ReportDetailPage } from '../features/triage/ReportDetailPage';
import { TriageQueuePage } from '../features/triage/TriageQueuePage';
import { Layout } from './Layout';
import { RequireArea, RequireAuth } from './RequireAuth';

/** All routes of the web app, with their Dutch paths. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="inloggen" element={<SignInPage />} />
        <Route path="melden" element={<ReportFormPage />} />
        <Route path="melden/ontvangen" element={<ReceiptPage />} />
        <Route path="status/:token" element={<StatusPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="beheer">
            <Route index element={<Navigate to="/beheer/organisaties" replace />} />
            <Route
              path="organisaties"
              element={
                <RequireArea area="admin_organisations">
                  <OrganisationsPage />
                </RequireArea>
              }
            />
            <Route
              path="organisaties/nieuw"
              element={
                <RequireArea area="admin_organisations">
                  <OrganisationCreatePage />
                </RequireArea>
              }
            />
            <Route
              path="organisaties/:id"
              element={
                <RequireArea area="admin_organisations">
                  <OrganisationEditPage />
                </RequireArea>
              }
            />
            <Route
              path="gebruikers"
              element={
                <RequireArea area="admin_users">
                  <UsersPage />
                </RequireArea>
              }
            />
            <Route
              path="gebruikers/nieuw"
              element={
                <RequireArea area="admin_users">
                  <UserCreatePage />
                </RequireArea>
              }
            />
            <Route
              path="gebruikers/:id"
              element={
                <RequireArea area="admin_users">
                  <UserDetailPage />
                </RequireArea>
              }
            />
            <Route
              path="meldpunt"
              element={
                <RequireArea area="admin_meldpunt">
                  <MeldpuntSettingsPage />
                </RequireArea>
              }
            />
          </Route>
          <Route
            path="meldingen"
            element={
              <RequireArea area="own_reports">
                <OwnReportsPage />
              </RequireArea>
            }
          />
          <Route
            path="meldpunt"
            element={
              <RequireArea area="triage">
                <TriageQueuePage />
              </RequireArea>
            }
          />
          <Route
            path="meldpunt/:id"
            element={
              <RequireArea area="triage">
                <ReportDetailPage />
              </RequireArea>
            }
          />
          <Route
            path="casussen"
            element={
              <RequireArea area="cases">
                <CaseQueuePage />
              </RequireArea>
            }
          />
          <Route
            path="casussen/:id"
            element={
              <RequireArea area="cases">
                <CaseDetailPage />
              </RequireArea>
            }
          />
          <Route
            path="uitgaande-post"
            element={
              <RequireArea area="outbox">
                <OutboxPage />
              </RequireArea>
            }
          />
          <Route
            path="toegangslog"
            element={
              <RequireArea area="access_log">
                <AccessLogPage />
              </RequireArea>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
