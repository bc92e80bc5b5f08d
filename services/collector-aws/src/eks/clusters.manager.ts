import { ResourceManager, arnFor, edge, optional, rawExcept, required, tagMap } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import { RolesManager } from '../iam/roles.manager.js';
import { encryptedBy } from '../kms/encrypted-by.js';
import type { ClusterDetails } from './clusters.connector.js';

export class ClustersManager extends ResourceManager<ClusterDetails> {
  readonly kind = 'aws_eks_cluster';
  readonly serviceType = {
    group: 'EKS',
    type: 'Cluster',
    name: 'EKS Cluster',
    labels: ['Compute', 'Containers'],
    family: 'cluster',
  };
  readonly uid = arnFor('eks', 'cluster/');
  readonly mapping = {
    id: required('name'),
    name: required('name'),
    created_at: optional('createdAt'),
    tags: tagMap('tags'),
    data: rawExcept<ClusterDetails>('tags'),
  };
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (cluster: ClusterDetails) => cluster.resourcesVpcConfig?.vpcId),
    edge('in_subnet', SubnetsManager, (cluster: ClusterDetails) => cluster.resourcesVpcConfig?.subnetIds),
    edge('member_of', SecurityGroupsManager, (cluster: ClusterDetails) => [
      ...(cluster.resourcesVpcConfig?.securityGroupIds ?? []),
      cluster.resourcesVpcConfig?.clusterSecurityGroupId,
    ]),
    edge('uses', RolesManager, (cluster: ClusterDetails) => cluster.roleArn),
    ...encryptedBy((cluster: ClusterDetails) => cluster.encryptionConfig?.map((config) => config.provider?.keyArn)),
  ];
}
