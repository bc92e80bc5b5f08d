import type { ScopeKey } from '../graph-store.js';

/**
 * A node of the scope: its five fields as parameters (see scopeParams), which the resource_scope index seeks. No kind
 * label in the text, so that every scope shares one query text, planned once.
 */
export function scopeMatch(variable: string): string {
  return `(${variable}:Resource {cloud: $cloud, account: $account, region: $region, service: $service, kind: $kind})`;
}

/** The scope's fields as the node stores them: the service group has been its `service` property from the start. */
export function scopeParams(scope: ScopeKey): Record<string, string> {
  return {
    cloud: scope.cloud,
    account: scope.account,
    region: scope.region,
    service: scope.serviceGroup,
    kind: scope.kind,
  };
}

/** A node of a scope given as a row of `$scopes` (scopeParams of each): one text for any number of scopes. */
export function scopeRowMatch(variable: string, row: string): string {
  return (
    `(${variable}:Resource {cloud: ${row}.cloud, account: ${row}.account, region: ${row}.region, ` +
    `service: ${row}.service, kind: ${row}.kind})`
  );
}

/** Holds a scope match to the resource_scope index, whatever the statistics say (see seekingCypher). */
export function usingScopeIndex(variable: string): string {
  return `USING INDEX ${variable}:Resource(cloud, account, region, service, kind)`;
}
