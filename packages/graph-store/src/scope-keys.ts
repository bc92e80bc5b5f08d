import type { ScopeKey } from './graph-store.js';

/** Each scope once, in the order first given (callers may name a scope once per kind it reported). */
export function uniqueScopes(scopes: ScopeKey[]): ScopeKey[] {
  const unique = new Map<string, ScopeKey>();
  for (const { cloud, account, region, serviceGroup, kind } of scopes) {
    unique.set(JSON.stringify([cloud, account, region, serviceGroup, kind]), {
      cloud,
      account,
      region,
      serviceGroup,
      kind,
    });
  }
  return [...unique.values()];
}
