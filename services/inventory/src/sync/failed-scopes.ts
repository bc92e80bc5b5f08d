import type { ScopeKey } from '@cloud-inventory/graph-store';

export interface FailedScope {
  scope: ScopeKey;
  errorCode: string;
}

/**
 * `aws_ec2_volume: AccessDenied in us-west-2; aws_s3_bucket: AccessDenied in eu-west-1, us-east-1`: each kind and
 * error once, with the regions it failed in. A global task (S3) reports one scope per region, so the region is what
 * tells its failures apart.
 */
export function describeFailedScopes(failed: FailedScope[]): string {
  const regionsOf = new Map<string, { kind: string; errorCode: string; regions: Set<string> }>();
  for (const { scope, errorCode } of failed) {
    const key = JSON.stringify([scope.kind, errorCode]);
    const entry = regionsOf.get(key) ?? { kind: scope.kind, errorCode, regions: new Set<string>() };
    entry.regions.add(scope.region);
    regionsOf.set(key, entry);
  }
  return [...regionsOf.values()]
    .map(({ kind, errorCode, regions }) => `${kind}: ${errorCode} in ${[...regions].sort().join(', ')}`)
    .join('; ');
}
