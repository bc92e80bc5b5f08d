import type { VPC } from '@aws-sdk/client-route-53';
import { ResourceManager, awsTags, edge, rawExcept, ref, required } from '@cloud-inventory/collector-kit';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import type { HostedZoneDetails } from './hosted-zones.connector.js';
import { HOSTED_ZONE, bareZoneId } from './route53-identities.js';

// A private zone's VPCs may lie in any region: each VPC's uid names its own.
const vpcOf = (vpc: VPC) => ref(vpc.VPCId, { region: vpc.VPCRegion });

export class HostedZonesManager extends ResourceManager<HostedZoneDetails> {
  readonly kind = HOSTED_ZONE.kind;
  readonly serviceType = {
    group: 'Route53',
    type: 'HostedZone',
    name: 'Route 53 Hosted Zone',
    labels: ['Networking'],
    family: 'dns_zone',
  };
  override readonly isGlobal = true;
  readonly uid = HOSTED_ZONE.uid;
  readonly mapping = {
    id: (zone: HostedZoneDetails) => bareZoneId(required('Id')(zone)),
    name: (zone: HostedZoneDetails) => required('Name')(zone).replace(/\.$/, ''),
    tags: awsTags(),
    data: rawExcept<HostedZoneDetails>('Tags'),
  };
  override readonly relationships = [
    edge('associated_with', VpcsManager, (zone: HostedZoneDetails) => zone.VPCs?.map(vpcOf)),
  ];
}
