import {
  ResourceManager,
  edge,
  optional,
  rawExcept,
  required,
  tagMap,
  uidFromField,
} from '@cloud-inventory/collector-kit';
import { AutoScalingGroupsManager } from '../autoscaling/auto-scaling-groups.manager.js';
import { LaunchTemplatesManager } from '../ec2/launch-templates.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { RolesManager } from '../iam/roles.manager.js';
import { ClustersManager } from './clusters.manager.js';
import type { NodegroupDetails } from './nodegroups.connector.js';

export class NodegroupsManager extends ResourceManager<NodegroupDetails> {
  readonly kind = 'aws_eks_nodegroup';
  readonly serviceType = {
    group: 'EKS',
    type: 'Nodegroup',
    name: 'EKS Node Group',
    labels: ['Compute', 'Containers'],
    family: 'node_group',
  };
  // The node group's ARN ends in an id EKS makes (`nodegroup/<cluster>/<name>/<uuid>`): its uid as AWS gives it
  readonly uid = uidFromField('nodegroupArn');
  readonly mapping = {
    id: required('nodegroupName'),
    name: required('nodegroupName'),
    created_at: optional('createdAt'),
    updated_at: optional('modifiedAt'),
    tags: tagMap('tags'),
    data: rawExcept<NodegroupDetails>('tags'),
  };
  override readonly relationships = [
    edge('belongs_to', ClustersManager, (nodegroup: NodegroupDetails) => nodegroup.clusterName),
    edge('in_subnet', SubnetsManager, (nodegroup: NodegroupDetails) => nodegroup.subnets),
    edge('uses', AutoScalingGroupsManager, (nodegroup: NodegroupDetails) =>
      nodegroup.resources?.autoScalingGroups?.map((group) => group.name),
    ),
    edge('uses', LaunchTemplatesManager, (nodegroup: NodegroupDetails) => nodegroup.launchTemplate?.id),
    edge('uses', RolesManager, (nodegroup: NodegroupDetails) => nodegroup.nodeRole),
  ];
}
