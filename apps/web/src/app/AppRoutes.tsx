import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireRoles } from '../features/access/RequireRoles';
import { Loading } from '../shared/ui/feedback';
import { Layout } from './Layout';
import { RequireArea, RequireAuth } from './RequireAuth';
import { ROUTE_TABLE, type AppRouteEntry, type RouteId } from './routeTable';

/**
 * A page loaded on first visit: each route is its own chunk, so the public report form does
 * not download the professional screens or the charts.
 */
function page<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType): ComponentType {
  return lazy(async () => ({ default: pick(await load()) }));
}

const PAGES = {
  'sign-in': page(
    () => import('../features/auth/SignInPage'),
    (m) => m.SignInPage,
  ),
  'report-form': page(
    () => import('../features/reports/ReportFormPage'),
    (m) => m.ReportFormPage,
  ),
  'report-receipt': page(
    () => import('../features/reports/ReceiptPage'),
    (m) => m.ReceiptPage,
  ),
  'report-status': page(
    () => import('../features/reports/StatusPage'),
    (m) => m.StatusPage,
  ),
  home: page(
    () => import('../features/home/HomePage'),
    (m) => m.HomePage,
  ),
  'own-sessions': page(
    () => import('../features/auth/SessionsPage'),
    (m) => m.SessionsPage,
  ),
  admin: null,
  'admin-organisations': page(
    () => import('../features/admin/organisations/OrganisationsPage'),
    (m) => m.OrganisationsPage,
  ),
  'admin-organisation-new': page(
    () => import('../features/admin/organisations/OrganisationCreatePage'),
    (m) => m.OrganisationCreatePage,
  ),
  'admin-organisation': page(
    () => import('../features/admin/organisations/OrganisationEditPage'),
    (m) => m.OrganisationEditPage,
  ),
  'admin-users': page(
    () => import('../features/admin/users/UsersPage'),
    (m) => m.UsersPage,
  ),
  'admin-user-new': page(
    () => import('../features/admin/users/UserCreatePage'),
    (m) => m.UserCreatePage,
  ),
  'admin-user': page(
    () => import('../features/admin/users/UserDetailPage'),
    (m) => m.UserDetailPage,
  ),
  'admin-meldpunt': page(
    () => import('../features/admin/meldpunt/MeldpuntSettingsPage'),
    (m) => m.MeldpuntSettingsPage,
  ),
  'admin-services': page(
    () => import('../features/capacity/ServicesAdminPage'),
    (m) => m.ServicesAdminPage,
  ),
  'admin-location': page(
    () => import('../features/capacity/LocationPage'),
    (m) =>
      function AdminLocationPage() {
        return <m.LocationPage backTo="/beheer/voorzieningen" />;
      },
  ),
  'admin-targets': page(
    () => import('../features/admin/targets/TargetsPage'),
    (m) => m.TargetsPage,
  ),
  'admin-import': page(
    () => import('../features/admin/import/ImportPage'),
    (m) => m.ImportPage,
  ),
  'own-reports': page(
    () => import('../features/reports/OwnReportsPage'),
    (m) => m.OwnReportsPage,
  ),
  'triage-queue': page(
    () => import('../features/triage/TriageQueuePage'),
    (m) => m.TriageQueuePage,
  ),
  'triage-report': page(
    () => import('../features/triage/ReportDetailPage'),
    (m) => m.ReportDetailPage,
  ),
  applications: page(
    () => import('../features/access/ApplicationsQueuePage'),
    (m) => m.ApplicationsQueuePage,
  ),
  'application-new': page(
    () => import('../features/access/NewApplicationPage'),
    (m) => m.NewApplicationPage,
  ),
  application: page(
    () => import('../features/access/ApplicationDetailPage'),
    (m) => m.ApplicationDetailPage,
  ),
  waitlist: page(
    () => import('../features/access/WaitlistPage'),
    (m) => m.WaitlistPage,
  ),
  occupancy: page(
    () => import('../features/capacity/OccupancyPage'),
    (m) => m.OccupancyPage,
  ),
  'occupancy-location': page(
    () => import('../features/capacity/LocationPage'),
    (m) => m.LocationPage,
  ),
  'shelter-intake': page(
    () => import('../features/stays/ShelterIntakePage'),
    (m) => m.ShelterIntakePage,
  ),
  stays: page(
    () => import('../features/stays/StaysPage'),
    (m) => m.StaysPage,
  ),
  stay: page(
    () => import('../features/stays/StayDetailPage'),
    (m) => m.StayDetailPage,
  ),
  cases: page(
    () => import('../features/cases/CaseQueuePage'),
    (m) => m.CaseQueuePage,
  ),
  case: page(
    () => import('../features/cases/CaseDetailPage'),
    (m) => m.CaseDetailPage,
  ),
  'support-plans': page(
    () => import('../features/support-plans/PlansPage'),
    (m) => m.PlansPage,
  ),
  'support-plan': page(
    () => import('../features/support-plans/PlanDetailPage'),
    (m) => m.PlanDetailPage,
  ),
  outflow: page(
    () => import('../features/housing/OutflowPage'),
    (m) => m.OutflowPage,
  ),
  'housing-requests': page(
    () => import('../features/housing/HousingRequestsPage'),
    (m) => m.HousingRequestsPage,
  ),
  'housing-request': page(
    () => import('../features/housing/HousingRequestPage'),
    (m) => m.HousingRequestPage,
  ),
  veldtafel: page(
    () => import('../features/veldtafel/VeldtafelPage'),
    (m) => m.VeldtafelPage,
  ),
  conference: page(
    () => import('../features/veldtafel/ConferencePage'),
    (m) => m.ConferencePage,
  ),
  placements: page(
    () => import('../features/placements/PlacementsPage'),
    (m) => m.PlacementsPage,
  ),
  offers: page(
    () => import('../features/placements/OffersPage'),
    (m) => m.OffersPage,
  ),
  outbox: page(
    () => import('../features/outbox/OutboxPage'),
    (m) => m.OutboxPage,
  ),
  'access-log': page(
    () => import('../features/access-log/AccessLogPage'),
    (m) => m.AccessLogPage,
  ),
  'access-log-person': page(
    () => import('../features/access-log/PersonLogPage'),
    (m) => m.PersonLogPage,
  ),
  monitor: page(
    () => import('../features/monitor/MonitorPage'),
    (m) => m.MonitorPage,
  ),
  'monitor-population': page(
    () => import('../features/monitor/PopulationPage'),
    (m) => m.PopulationPage,
  ),
  'monitor-report': page(
    () => import('../features/monitor/ReportPage'),
    (m) => m.ReportPage,
  ),
  'not-found': page(
    () => import('../features/not-found/NotFoundPage'),
    (m) => m.NotFoundPage,
  ),
} satisfies Record<RouteId, ComponentType | null>;

/** The page of a route inside its guard, with a polite loading message while its chunk arrives. */
function routeElement(route: AppRouteEntry): ReactNode {
  if (route.redirectTo) return <Navigate to={route.redirectTo} replace />;
  const Page = PAGES[route.id as RouteId];
  if (!Page) throw new Error(`route ${route.id} has neither a page nor a redirect`);
  const element = (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
  switch (route.access.kind) {
    case 'area':
      return <RequireArea area={route.access.area}>{element}</RequireArea>;
    case 'roles':
      return <RequireRoles roles={route.access.roles}>{element}</RequireRoles>;
    default:
      return element;
  }
}

/** react-router matches paths relative to their parent; the table's are absolute. */
function relative(path: string): string {
  return path === '/' ? '' : path.replace(/^\//, '');
}

function routes(shell: AppRouteEntry['shell'], signedIn: boolean): ReactNode[] {
  return (ROUTE_TABLE as readonly AppRouteEntry[])
    .filter((route) => route.shell === shell && (route.access.kind !== 'public') === signedIn)
    .map((route) =>
      route.path === '/' ? (
        <Route key={route.id} index element={routeElement(route)} />
      ) : (
        <Route key={route.id} path={relative(route.path)} element={routeElement(route)} />
      ),
    );
}

/** All routes of the web app (`routeTable.ts`), with their Dutch paths. */
export function AppRoutes() {
  return (
    <Routes>
      {/* The printable monitor report has its own shell: no navigation on paper. */}
      <Route element={<RequireAuth />}>{routes('print', true)}</Route>
      <Route element={<Layout />}>
        {routes('layout', false)}
        <Route element={<RequireAuth />}>{routes('layout', true)}</Route>
      </Route>
    </Routes>
  );
}
