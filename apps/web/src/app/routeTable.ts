/**
 * Every route of the web app as plain data: its path, who may open it and how to build a sample
 * URL. `AppRoutes.tsx` maps each entry to its (lazily loaded) page; end-to-end tests import this
 * module directly (no JSX, no React) to visit every route, signed in with a role that may open it.
 */
import type { Area, Role } from '@springplank/domain';

/** Who may open a route. */
export type RouteAccess =
  /** Anyone, signed in or not (the public report form, the status link, sign-in). */
  | { kind: 'public' }
  /** Any signed-in user. */
  | { kind: 'signed_in' }
  /** Signed-in users whose roles give them this area (`areasForRoles` in `@springplank/domain`). */
  | { kind: 'area'; area: Area }
  /** Signed-in users holding any of these roles (starting an application is wider than the area). */
  | { kind: 'roles'; roles: readonly Role[] };

/**
 * Where a real value for a path parameter comes from: a signed-in `GET` on `api` whose answer
 * has `items` (under `list`, default `items`), each item carrying the value in `field`.
 * `null` api: no list exists for the value (the reporter's private status token is only ever
 * shown once), so a test skips the route with `reason`, or uses a made-up value to see the
 * not-found answer.
 */
export type ParamSource = { api: string; list?: 'items' | 'candidates'; field: string } | { api: null; reason: string };

/** The page shell a route renders in. */
export type RouteShell =
  /** Header, navigation and footer (`Layout.tsx`). */
  | 'layout'
  /** No navigation: the printable monitor report. */
  | 'print';

/** One route of the app. */
export interface AppRouteEntry {
  /** Stable key that `AppRoutes.tsx` maps to the page. */
  readonly id: string;
  /** Absolute path with `:name` parameters, as react-router matches it. */
  readonly path: string;
  readonly access: RouteAccess;
  readonly shell: RouteShell;
  /** For each `:name` in the path: where a test finds a real value. */
  readonly params?: Readonly<Record<string, ParamSource>>;
  /** Set when the route only redirects (its target is in the table too). */
  readonly redirectTo?: string;
}

const APPLICATION_ROLES: readonly Role[] = ['access_officer', 'outreach_worker', 'provider_staff'];

const area = (name: Area): RouteAccess => ({ kind: 'area', area: name });
const PUBLIC: RouteAccess = { kind: 'public' };
const SIGNED_IN: RouteAccess = { kind: 'signed_in' };
const id = (api: string, field = 'id'): Readonly<Record<string, ParamSource>> => ({ id: { api, field } });

/** All routes, in the order react-router is given them (the catch-all last). */
export const ROUTE_TABLE = [
  // Public pages: none of them may pull in the professional screens or the charts.
  { id: 'sign-in', path: '/inloggen', access: PUBLIC, shell: 'layout' },
  { id: 'report-form', path: '/melden', access: PUBLIC, shell: 'layout' },
  { id: 'report-receipt', path: '/melden/ontvangen', access: PUBLIC, shell: 'layout' },
  {
    id: 'report-status',
    path: '/status/:token',
    access: PUBLIC,
    shell: 'layout',
    params: {
      token: {
        api: null,
        reason: 'the status token is shown once, on the receipt of a new report; any other value is "not found"',
      },
    },
  },

  { id: 'home', path: '/', access: SIGNED_IN, shell: 'layout' },
  { id: 'own-sessions', path: '/mijn-sessies', access: SIGNED_IN, shell: 'layout' },

  { id: 'admin', path: '/beheer', access: SIGNED_IN, shell: 'layout', redirectTo: '/beheer/organisaties' },
  { id: 'admin-organisations', path: '/beheer/organisaties', access: area('admin_organisations'), shell: 'layout' },
  {
    id: 'admin-organisation-new',
    path: '/beheer/organisaties/nieuw',
    access: area('admin_organisations'),
    shell: 'layout',
  },
  {
    id: 'admin-organisation',
    path: '/beheer/organisaties/:id',
    access: area('admin_organisations'),
    shell: 'layout',
    params: id('/api/v1/organisations'),
  },
  { id: 'admin-users', path: '/beheer/gebruikers', access: area('admin_users'), shell: 'layout' },
  { id: 'admin-user-new', path: '/beheer/gebruikers/nieuw', access: area('admin_users'), shell: 'layout' },
  {
    id: 'admin-user',
    path: '/beheer/gebruikers/:id',
    access: area('admin_users'),
    shell: 'layout',
    params: id('/api/v1/users'),
  },
  { id: 'admin-meldpunt', path: '/beheer/meldpunt', access: area('admin_meldpunt'), shell: 'layout' },
  { id: 'admin-services', path: '/beheer/voorzieningen', access: area('admin_services'), shell: 'layout' },
  {
    id: 'admin-location',
    path: '/beheer/voorzieningen/locaties/:id',
    access: area('admin_services'),
    shell: 'layout',
    params: id('/api/v1/locations'),
  },
  { id: 'admin-targets', path: '/beheer/doelen', access: area('admin_targets'), shell: 'layout' },
  { id: 'admin-import', path: '/beheer/import', access: area('admin_import'), shell: 'layout' },

  { id: 'own-reports', path: '/meldingen', access: area('own_reports'), shell: 'layout' },
  { id: 'triage-queue', path: '/meldpunt', access: area('triage'), shell: 'layout' },
  {
    id: 'triage-report',
    path: '/meldpunt/:id',
    access: area('triage'),
    shell: 'layout',
    params: id('/api/v1/triage/reports?status=all'),
  },
  { id: 'applications', path: '/toegang', access: area('applications'), shell: 'layout' },
  {
    id: 'application-new',
    path: '/toegang/aanmeldingen/nieuw',
    access: { kind: 'roles', roles: APPLICATION_ROLES },
    shell: 'layout',
  },
  {
    id: 'application',
    path: '/toegang/aanmeldingen/:id',
    access: { kind: 'roles', roles: APPLICATION_ROLES },
    shell: 'layout',
    params: id('/api/v1/applications'),
  },
  { id: 'waitlist', path: '/wachtlijst', access: area('waitlist'), shell: 'layout' },
  { id: 'occupancy', path: '/capaciteit', access: area('occupancy'), shell: 'layout' },
  {
    id: 'occupancy-location',
    path: '/capaciteit/locaties/:id',
    access: area('occupancy'),
    shell: 'layout',
    params: id('/api/v1/locations'),
  },
  { id: 'shelter-intake', path: '/opvang/intake', access: area('shelter_intake'), shell: 'layout' },
  { id: 'stays', path: '/verblijven', access: area('stays'), shell: 'layout' },
  { id: 'stay', path: '/verblijven/:id', access: area('stays'), shell: 'layout', params: id('/api/v1/stays') },
  { id: 'cases', path: '/casussen', access: area('cases'), shell: 'layout' },
  { id: 'case', path: '/casussen/:id', access: area('cases'), shell: 'layout', params: id('/api/v1/cases') },
  { id: 'support-plans', path: '/plannen', access: area('support_plans'), shell: 'layout' },
  {
    id: 'support-plan',
    path: '/plannen/:personId',
    access: area('support_plans'),
    shell: 'layout',
    params: { personId: { api: '/api/v1/support-plans', field: 'personId' } },
  },
  { id: 'outflow', path: '/uitstroom', access: area('outflow'), shell: 'layout' },
  { id: 'housing-requests', path: '/woningaanvragen', access: area('housing_requests'), shell: 'layout' },
  {
    id: 'housing-request',
    path: '/woningaanvragen/:id',
    access: area('housing_requests'),
    shell: 'layout',
    params: id('/api/v1/housing-requests'),
  },
  { id: 'veldtafel', path: '/veldtafel', access: area('veldtafel'), shell: 'layout' },
  {
    id: 'conference',
    path: '/veldtafel/:id',
    access: area('veldtafel'),
    shell: 'layout',
    params: id('/api/v1/case-conferences'),
  },
  { id: 'placements', path: '/plaatsen', access: area('placements'), shell: 'layout' },
  { id: 'offers', path: '/aanbiedingen', access: area('offers'), shell: 'layout' },
  { id: 'outbox', path: '/uitgaande-post', access: area('outbox'), shell: 'layout' },
  { id: 'access-log', path: '/toegangslog', access: area('access_log'), shell: 'layout' },
  {
    id: 'access-log-person',
    path: '/toegangslog/persoon/:personId',
    access: area('access_log'),
    shell: 'layout',
    params: { personId: { api: '/api/v1/access-log/persons', field: 'id' } },
  },
  { id: 'monitor', path: '/monitor', access: area('monitor'), shell: 'layout' },
  { id: 'monitor-population', path: '/monitor/personen', access: area('monitor'), shell: 'layout' },
  { id: 'monitor-report', path: '/monitor/rapport', access: area('monitor'), shell: 'print' },

  { id: 'not-found', path: '*', access: PUBLIC, shell: 'layout' },
] as const satisfies readonly AppRouteEntry[];

/** The key of a route in the table. */
export type RouteId = (typeof ROUTE_TABLE)[number]['id'];

/** The `:name` parameters of a path, in order. */
export function routeParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] ?? '');
}

/**
 * A concrete URL for a route: the path with each `:name` replaced by `values[name]`
 * (URL-encoded). Throws when a value is missing, so a test cannot visit a literal `:id`.
 */
export function sampleUrl(route: Pick<AppRouteEntry, 'path'>, values: Readonly<Record<string, string>> = {}): string {
  if (route.path === '*') return '/deze-pagina-bestaat-niet';
  return route.path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${route.path}`);
    return encodeURIComponent(value);
  });
}
