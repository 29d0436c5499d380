import type { RouteInventory } from './access-control';

/** Routes (method and URL) that carry no policy; the inventory test expects none. */
export function routesWithoutPolicy(inventory: RouteInventory): string[] {
  return inventory
    .filter((route) => !route.config?.policy)
    .map((route) => `${[route.method].flat().join(',')} ${route.url}`);
}

/** A readable table of every route and its policy, for reviews and the architecture doc. */
export function policyTable(inventory: RouteInventory): string[] {
  return inventory
    .filter((route) => [route.method].flat().some((m) => m !== 'HEAD'))
    .map((route) => {
      const policy = route.config?.policy;
      const who = !policy
        ? 'NONE'
        : policy.roles === 'any'
          ? policy.requiresSession
            ? 'signed in'
            : 'public'
          : policy.roles.join('|');
      return `${[route.method]
        .flat()
        .filter((m) => m !== 'HEAD')
        .join(',')} ${route.url} → ${policy?.name ?? 'NONE'} (${who})`;
    });
}
