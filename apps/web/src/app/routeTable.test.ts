import { AREAS } from '@springplank/domain';
import { describe, expect, it } from 'vitest';
import { AREA_PATHS } from '../shared/areas';
import { ROUTE_TABLE, routeParams, sampleUrl, type AppRouteEntry } from './routeTable';

const routes: readonly AppRouteEntry[] = ROUTE_TABLE;

describe('route table', () => {
  it('has one entry per id and per path', () => {
    expect(new Set(routes.map((route) => route.id)).size).toBe(routes.length);
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
  });

  it('says for every path parameter where a value comes from, and for nothing else', () => {
    for (const route of routes) {
      expect(Object.keys(route.params ?? {}).sort(), route.path).toEqual(routeParams(route.path).sort());
    }
  });

  it('has a route for the start page of every area in the navigation', () => {
    const paths = new Set(routes.map((route) => route.path));
    for (const area of AREAS) expect(paths, area).toContain(AREA_PATHS[area]);
  });

  it('redirects only to routes in the table', () => {
    const paths = new Set(routes.map((route) => route.path));
    for (const route of routes) if (route.redirectTo) expect(paths).toContain(route.redirectTo);
  });

  it('builds sample URLs with encoded values and refuses to leave a parameter open', () => {
    expect(sampleUrl({ path: '/verblijven/:id' }, { id: 'a b/c' })).toBe('/verblijven/a%20b%2Fc');
    expect(sampleUrl({ path: '/melden' })).toBe('/melden');
    expect(() => sampleUrl({ path: '/plannen/:personId' }, { id: 'x' })).toThrow(':personId');
  });
});
