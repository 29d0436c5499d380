import { Navigate, Route, Routes } from 'react-router';
import { AccessLogPage } from '../features/access-log/AccessLogPage';
import { PersonLogPage } from '../features/access-log/PersonLogPage';
import { ApplicationDetailPage } from '../features/access/ApplicationDetailPage';
import { ApplicationsQueuePage } from '../features/access/ApplicationsQueuePage';
import { NewApplicationPage } from '../features/access/NewApplicationPage';
import { APPLICATION_ROLES, RequireRoles } from '../features/access/RequireRoles';
import { WaitlistPage } from '../features/access/WaitlistPage';
import { MeldpuntSettingsPage } from '../features/admin/meldpunt/MeldpuntSettingsPage';
import { TargetsPage } from '../features/admin/targets/TargetsPage';
import { ImportPage } from '../features/admin/import/ImportPage';
import { OrganisationCreatePage } from '../features/admin/organisations/OrganisationCreatePage';
import { OrganisationEditPage } from '../features/admin/organisations/OrganisationEditPage';
import { OrganisationsPage } from '../features/admin/organisations/OrganisationsPage';
import { UserCreatePage } from '../features/admin/users/UserCreatePage';
import { UserDetailPage } from '../features/admin/users/UserDetailPage';
import { UsersPage } from '../features/admin/users/UsersPage';
import { SessionsPage } from '../features/auth/SessionsPage';
import { SignInPage } from '../features/auth/SignInPage';
import { CaseDetailPage } from '../features/cases/CaseDetailPage';
import { CaseQueuePage } from '../features/cases/CaseQueuePage';
import { LocationPage } from '../features/capacity/LocationPage';
import { OccupancyPage } from '../features/capacity/OccupancyPage';
import { ServicesAdminPage } from '../features/capacity/ServicesAdminPage';
import { HousingRequestPage } from '../features/housing/HousingRequestPage';
import { HousingRequestsPage } from '../features/housing/HousingRequestsPage';
import { OutflowPage } from '../features/housing/OutflowPage';
import { PlanDetailPage } from '../features/support-plans/PlanDetailPage';
import { PlansPage } from '../features/support-plans/PlansPage';
import { ConferencePage } from '../features/veldtafel/ConferencePage';
import { VeldtafelPage } from '../features/veldtafel/VeldtafelPage';
import { HomePage } from '../features/home/HomePage';
import { MonitorPage } from '../features/monitor/MonitorPage';
import { PopulationPage } from '../features/monitor/PopulationPage';
import { ReportPage } from '../features/monitor/ReportPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { OffersPage } from '../features/placements/OffersPage';
import { PlacementsPage } from '../features/placements/PlacementsPage';
import { OwnReportsPage } from '../features/reports/OwnReportsPage';
import { ReceiptPage } from '../features/reports/ReceiptPage';
import { ReportFormPage } from '../features/reports/ReportFormPage';
import { StatusPage } from '../features/reports/StatusPage';
import { ShelterIntakePage } from '../features/stays/ShelterIntakePage';
import { StayDetailPage } from '../features/stays/StayDetailPage';
import { StaysPage } from '../features/stays/StaysPage';
import { ReportDetailPage } from '../features/triage/ReportDetailPage';
import { TriageQueuePage } from '../features/triage/TriageQueuePage';
import { Layout } from './Layout';
import { RequireArea, RequireAuth } from './RequireAuth';

/** All routes of the web app, with their Dutch paths. */
export function AppRoutes() {
  return (
    <Routes>
      {/* The printable monitor report has its own shell: no navigation on paper. */}
      <Route element={<RequireAuth />}>
        <Route
          path="monitor/rapport"
          element={
            <RequireArea area="monitor">
              <ReportPage />
            </RequireArea>
          }
        />
      </Route>
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
            <Route
              path="voorzieningen"
              element={
                <RequireArea area="admin_services">
                  <ServicesAdminPage />
                </RequireArea>
              }
            />
            <Route
              path="voorzieningen/locaties/:id"
              element={
                <RequireArea area="admin_services">
                  <LocationPage backTo="/beheer/voorzieningen" />
                </RequireArea>
              }
            />
            <Route
              path="doelen"
              element={
                <RequireArea area="admin_targets">
                  <TargetsPage />
                </RequireArea>
              }
            />
            <Route
              path="import"
              element={
                <RequireArea area="admin_import">
                  <ImportPage />
                </RequireArea>
              }
            />
          </Route>
          <Route path="mijn-sessies" element={<SessionsPage />} />
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
            path="toegang"
            element={
              <RequireArea area="applications">
                <ApplicationsQueuePage />
              </RequireArea>
            }
          />
          <Route
            path="toegang/aanmeldingen/nieuw"
            element={
              <RequireRoles roles={APPLICATION_ROLES}>
                <NewApplicationPage />
              </RequireRoles>
            }
          />
          <Route
            path="toegang/aanmeldingen/:id"
            element={
              <RequireRoles roles={APPLICATION_ROLES}>
                <ApplicationDetailPage />
              </RequireRoles>
            }
          />
          <Route
            path="wachtlijst"
            element={
              <RequireArea area="waitlist">
                <WaitlistPage />
              </RequireArea>
            }
          />
          <Route
            path="capaciteit"
            element={
              <RequireArea area="occupancy">
                <OccupancyPage />
              </RequireArea>
            }
          />
          <Route
            path="capaciteit/locaties/:id"
            element={
              <RequireArea area="occupancy">
                <LocationPage />
              </RequireArea>
            }
          />
          <Route
            path="opvang/intake"
            element={
              <RequireArea area="shelter_intake">
                <ShelterIntakePage />
              </RequireArea>
            }
          />
          <Route
            path="verblijven"
            element={
              <RequireArea area="stays">
                <StaysPage />
              </RequireArea>
            }
          />
          <Route
            path="verblijven/:id"
            element={
              <RequireArea area="stays">
                <StayDetailPage />
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
            path="plannen"
            element={
              <RequireArea area="support_plans">
                <PlansPage />
              </RequireArea>
            }
          />
          <Route
            path="plannen/:personId"
            element={
              <RequireArea area="support_plans">
                <PlanDetailPage />
              </RequireArea>
            }
          />
          <Route
            path="uitstroom"
            element={
              <RequireArea area="outflow">
                <OutflowPage />
              </RequireArea>
            }
          />
          <Route
            path="woningaanvragen"
            element={
              <RequireArea area="housing_requests">
                <HousingRequestsPage />
              </RequireArea>
            }
          />
          <Route
            path="woningaanvragen/:id"
            element={
              <RequireArea area="housing_requests">
                <HousingRequestPage />
              </RequireArea>
            }
          />
          <Route
            path="veldtafel"
            element={
              <RequireArea area="veldtafel">
                <VeldtafelPage />
              </RequireArea>
            }
          />
          <Route
            path="veldtafel/:id"
            element={
              <RequireArea area="veldtafel">
                <ConferencePage />
              </RequireArea>
            }
          />
          <Route
            path="plaatsen"
            element={
              <RequireArea area="placements">
                <PlacementsPage />
              </RequireArea>
            }
          />
          <Route
            path="aanbiedingen"
            element={
              <RequireArea area="offers">
                <OffersPage />
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
          <Route
            path="toegangslog/persoon/:personId"
            element={
              <RequireArea area="access_log">
                <PersonLogPage />
              </RequireArea>
            }
          />
          <Route
            path="monitor"
            element={
              <RequireArea area="monitor">
                <MonitorPage />
              </RequireArea>
            }
          />
          <Route
            path="monitor/personen"
            element={
              <RequireArea area="monitor">
                <PopulationPage />
              </RequireArea>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
