import type { ScopeContext } from '../../world/scope-context.js';
import { certificateArnAt, certificateDomainAt, certificateStatusAt } from '../acm/certificate-layout.js';
import { SALT_DISTRIBUTION, distributionArn, distributionIdAt } from './distribution-ids.js';

/** CloudFront takes ACM certificates from us-east-1 only, whatever region the rest of the account is in. */
const CERTIFICATE_REGION = 'us-east-1';

/**
 * The index of the us-east-1 certificate distribution `index` (of `ctx`, the account's first region) uses: an issued
 * one, for three in four distributions; none where the world has no us-east-1 or no issued certificate there.
 */
function certificateIndexOf(ctx: ScopeContext, index: number): number | undefined {
  const hash = ctx.hash(SALT_DISTRIBUTION, index, 1) >>> 4;
  const { certificate } = ctx.counts;
  if (hash % 4 === 3 || certificate === 0 || !ctx.accountRegions.includes(CERTIFICATE_REGION)) return undefined;
  for (let tries = 0; tries < Math.min(certificate, 4); tries++) {
    const candidate = ((hash >>> 2) + tries) % certificate;
    if (certificateStatusAt(candidate) === 'ISSUED') return candidate;
  }
  return undefined;
}

/** The certificate of distribution `index` (its ARN, and the domain its aliases are under), if it has one. */
export function viewerCertificateOf(ctx: ScopeContext, index: number): { arn: string; domain: string } | undefined {
  const certificate = certificateIndexOf(ctx, index);
  if (certificate === undefined) return undefined;
  const scope = ctx.scopeAt(ctx.accountId, CERTIFICATE_REGION);
  return { arn: certificateArnAt(scope, certificate), domain: certificateDomainAt(certificate) };
}

/** The ARNs of the account's distributions using certificate `index` of `ctx` (a us-east-1 scope; none elsewhere). */
export function distributionsUsingCertificate(ctx: ScopeContext, index: number): string[] {
  const home = ctx.accountRegions[0];
  if (ctx.region !== CERTIFICATE_REGION || home === undefined) return [];
  const distributions = ctx.scopeAt(ctx.accountId, home);
  const arns: string[] = [];
  for (let distribution = 0; distribution < ctx.counts.cloudFrontDistribution; distribution++) {
    if (certificateIndexOf(distributions, distribution) === index) {
      arns.push(distributionArn(distributions, distributionIdAt(distributions, distribution)));
    }
  }
  return arns;
}
