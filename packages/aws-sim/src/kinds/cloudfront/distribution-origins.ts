import type { Origin } from '@aws-sdk/client-cloudfront';
import type { ScopeContext } from '../../world/scope-context.js';
import { executeApiHost, httpApiIdAt, restApiIdAt } from '../apigateway/api-ids.js';
import { classicLoadBalancerKind } from '../elb/classic-load-balancer.js';
import { elbv2Scheme } from '../elbv2/elbv2-arns.js';
import { elbv2LoadBalancerKind } from '../elbv2/load-balancer.js';
import { bucketNameFor } from '../s3/bucket.js';
import { SALT_DISTRIBUTION } from './distribution-ids.js';

/**
 * What a distribution's origin is: a bucket (REST or website endpoint), a load balancer, an API Gateway API or a
 * server outside AWS.
 */
export type OriginKind = 's3' | 's3-website' | 'load-balancer' | 'api' | 'lambda-url' | 'external';

const amazonaws = (region: string) => `amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;

/** A bucket of the account in any of its regions, by a hash; none in a world without buckets. */
function bucketAt(ctx: ScopeContext, hash: number): { name: string; region: string } | undefined {
  const { bucket } = ctx.counts;
  if (bucket === 0 || ctx.accountRegions.length === 0) return undefined;
  const region = ctx.accountRegions[hash % ctx.accountRegions.length] as string;
  return { name: bucketNameFor(ctx.accountId, region, (hash >>> 4) % bucket), region };
}

/** The DNS name of an internet-facing load balancer of the account (ELBv2 or, one in four, classic), if any. */
function loadBalancerDnsName(ctx: ScopeContext, hash: number): string | undefined {
  const region = ctx.accountRegions[hash % ctx.accountRegions.length];
  if (region === undefined) return undefined;
  const scope = ctx.scopeAt(ctx.accountId, region);
  const { elbv2LoadBalancer, classicLoadBalancer } = ctx.counts;
  const pick = hash >>> 4;
  if (classicLoadBalancer > 0 && (pick % 4 === 0 || elbv2LoadBalancer === 0)) {
    // every third classic load balancer is internal (see its kind): take the one before it
    const index = pick % classicLoadBalancer;
    return classicLoadBalancerKind.generate(scope, index % 3 === 2 ? index - 1 : index).DNSName;
  }
  if (elbv2LoadBalancer === 0) return undefined;
  let index = pick % elbv2LoadBalancer;
  if (elbv2Scheme(index) === 'internal') index -= 1;
  return index < 0 ? undefined : elbv2LoadBalancerKind.generate(scope, index).DNSName;
}

/** The default endpoint of a REST API or (one in three) an HTTP API of the account, if its region has one. */
function apiHost(ctx: ScopeContext, hash: number): string | undefined {
  const region = ctx.accountRegions[hash % ctx.accountRegions.length];
  if (region === undefined) return undefined;
  const scope = ctx.scopeAt(ctx.accountId, region);
  const { apiGatewayRestApi, apiGatewayV2Api } = scope.counts;
  const pick = hash >>> 4;
  if (apiGatewayV2Api > 0 && (pick % 3 === 0 || apiGatewayRestApi === 0)) {
    return executeApiHost(scope, httpApiIdAt(scope, pick % apiGatewayV2Api));
  }
  return apiGatewayRestApi > 0 ? executeApiHost(scope, restApiIdAt(scope, pick % apiGatewayRestApi)) : undefined;
}

const CUSTOM_DEFAULTS = {
  HTTPPort: 80,
  HTTPSPort: 443,
  OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2' as const] },
  OriginReadTimeout: 30,
  OriginKeepaliveTimeout: 5,
};

function origin(id: string, domainName: string, config: Pick<Origin, 'S3OriginConfig' | 'CustomOriginConfig'>): Origin {
  return {
    Id: id,
    DomainName: domainName,
    OriginPath: '',
    CustomHeaders: { Quantity: 0 },
    ...config,
    ConnectionAttempts: 3,
    ConnectionTimeout: 10,
    OriginShield: { Enabled: false },
    OriginAccessControlId: '',
  };
}

function customOrigin(id: string, domainName: string, policy: 'http-only' | 'https-only'): Origin {
  return origin(id, domainName, {
    CustomOriginConfig: { ...CUSTOM_DEFAULTS, OriginProtocolPolicy: policy, IpAddressType: 'ipv4' },
  });
}

/** An origin outside AWS, or a Lambda function URL (`<url-id>.lambda-url.<region>.on.aws`). */
function externalOrigin(ctx: ScopeContext, index: number, slot: number, lambda: boolean): Origin {
  if (!lambda) return customOrigin(`origin-${slot}`, `origin-${index}-${slot}.example.com`, 'https-only');
  const urlId = Array.from(ctx.bytes(SALT_DISTRIBUTION + 3, index * 4 + slot, 16), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  const region = ctx.accountRegions[0] ?? ctx.region;
  return customOrigin(`lambda-${slot}`, `${urlId}.lambda-url.${region}.on.aws`, 'https-only');
}

/**
 * Origin `slot` of distribution `index`, of the kind asked for where the world has one: a bucket by its REST endpoint
 * (the legacy global `<bucket>.s3.amazonaws.com` for one in three) with an origin access control, a bucket's website
 * endpoint, an internet-facing load balancer, an API's default endpoint; else an origin outside AWS.
 */
export function originOf(ctx: ScopeContext, index: number, slot: number, kind: OriginKind): Origin {
  const hash = ctx.hash(SALT_DISTRIBUTION, index * 4 + slot, 20);
  if (kind === 's3' || kind === 's3-website') {
    const bucket = bucketAt(ctx, hash);
    if (bucket && kind === 's3-website') {
      const host = `${bucket.name}.s3-website-${bucket.region}.${amazonaws(bucket.region)}`;
      return customOrigin(`website-${slot}`, host, 'http-only');
    }
    if (bucket) {
      const regional = bucket.region !== 'us-east-1' || hash % 3 !== 0;
      const host = `${bucket.name}.s3.${regional ? `${bucket.region}.` : ''}${amazonaws(bucket.region)}`;
      return {
        ...origin(`s3-${slot}`, host, { S3OriginConfig: { OriginAccessIdentity: '', OriginReadTimeout: 30 } }),
        OriginAccessControlId: `E${ctx
          .id({ name: 'originAccessControl', prefix: '' }, hash % 8)
          .slice(0, 13)
          .toUpperCase()}`,
      };
    }
  }
  if (kind === 'load-balancer') {
    const dnsName = loadBalancerDnsName(ctx, hash);
    if (dnsName) return customOrigin(`elb-${slot}`, dnsName, 'https-only');
  }
  if (kind === 'api') {
    const host = apiHost(ctx, hash);
    if (host) return customOrigin(`api-${slot}`, host, 'https-only');
  }
  return externalOrigin(ctx, index, slot, kind === 'lambda-url');
}
