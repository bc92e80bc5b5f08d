import type { ScopeKey } from '../graph-store.js';
import { quoteIdentifier } from './identifiers.js';

/** A node of the scope: its kind label and the four other fields, as parameters (see scopeParams). */
export function scopeMatch(variable: string, scope: ScopeKey): string {
  return (
    `(${variable}:Resource:${quoteIdentifier(scope.kind)} ` +
    '{cloud: $cloud, account: $account, region: $region, service: $service, kind: $kind})'
  );
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
