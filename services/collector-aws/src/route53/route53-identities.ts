import { arnFor, kindIdentity } from '@cloud-inventory/collector-kit';

/** A hosted zone's id as Route 53 gives it (`/hostedzone/Z0123`) or bare (`Z0123`): the bare one. */
export function bareZoneId(id: string): string {
  return id.replace(/^\/?hostedzone\//, '');
}

/** `arn:aws:route53:::hostedzone/<ZoneId>`, region `global`: an edge may name the zone with or without `/hostedzone/`. */
const zoneArn = arnFor('route53', 'hostedzone/', { account: false, region: false });
export const HOSTED_ZONE = kindIdentity('aws_route53_hosted_zone', (id, scope) => zoneArn(bareZoneId(id), scope));

/**
 * The kinds other slices collect that records point at (CloudFront distributions, API Gateway REST and HTTP APIs),
 * with the uids agreed for them. Their edges wait until those kinds are in the registry (record-sets.manager.ts).
 */
export const CLOUDFRONT_DISTRIBUTION = kindIdentity(
  'aws_cloudfront_distribution',
  (id, scope) => `arn:${scope.partition}:cloudfront::${scope.account}:distribution/${id}`,
);
export const APIGATEWAY_REST_API = kindIdentity(
  'aws_apigateway_rest_api',
  (id, scope) => `arn:${scope.partition}:apigateway:${scope.region}::/restapis/${id}`,
);
export const APIGATEWAYV2_API = kindIdentity(
  'aws_apigatewayv2_api',
  (id, scope) => `arn:${scope.partition}:apigateway:${scope.region}::/apis/${id}`,
);

/**
 * A record set's id is `<ZoneId>/recordset/<name without trailing dot>/<type>[/<SetIdentifier>]`, its uid that under
 * `arn:aws:route53:::hostedzone/`: weighted, latency and failover records of one name and type differ by identifier.
 */
export const RECORD_SET = kindIdentity('aws_route53_record_set', zoneArn);
