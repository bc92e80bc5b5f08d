import { arnFor, kindIdentity } from '@cloud-inventory/collector-kit';

/** A hosted zone's id as Route 53 gives it (`/hostedzone/Z0123`) or bare (`Z0123`): the bare one. */
export function bareZoneId(id: string): string {
  return id.replace(/^\/?hostedzone\//, '');
}

/** `arn:aws:route53:::hostedzone/<ZoneId>`, region `global`: an edge may name the zone with or without `/hostedzone/`. */
const zoneArn = arnFor('route53', 'hostedzone/', { account: false, region: false });
export const HOSTED_ZONE = kindIdentity('aws_route53_hosted_zone', (id, scope) => zoneArn(bareZoneId(id), scope));

/**
 * A record set's id is `<ZoneId>/recordset/<name without trailing dot>/<type>[/<SetIdentifier>]`, its uid that under
 * `arn:aws:route53:::hostedzone/`: weighted, latency and failover records of one name and type differ by identifier.
 */
export const RECORD_SET = kindIdentity('aws_route53_record_set', zoneArn);
