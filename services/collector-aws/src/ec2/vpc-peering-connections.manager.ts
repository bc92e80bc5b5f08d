import type { VpcPeeringConnection, VpcPeeringConnectionVpcInfo } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge, ref } from '@cloud-inventory/collector-kit';
import { VpcsManager } from './vpcs.manager.js';

// Either side may be another account's or region's VPC: its uid names that account and region.
const vpcOf = (side: VpcPeeringConnectionVpcInfo | undefined) =>
  ref(side?.VpcId, { account: side?.OwnerId, region: side?.Region });

export class VpcPeeringConnectionsManager extends ResourceManager<VpcPeeringConnection> {
  readonly kind = 'aws_ec2_vpc_peering_connection';
  readonly serviceType = {
    group: 'VPC',
    type: 'VpcPeeringConnection',
    name: 'VPC Peering Connection',
    labels: ['Networking'],
    family: 'network_link',
  };
  readonly uid = arnFor('ec2', 'vpc-peering-connection/');
  readonly mapping = awsMapping<VpcPeeringConnection>({ id: 'VpcPeeringConnectionId' });
  override readonly relationships = [
    edge('connects', VpcsManager, (p: VpcPeeringConnection) => [vpcOf(p.RequesterVpcInfo), vpcOf(p.AccepterVpcInfo)]),
  ];
}
