import type { Service } from '@aws-sdk/client-ecs';
import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { TargetGroupsManager } from '../elbv2/target-groups.manager.js';
import { EcsClustersManager } from './clusters.manager.js';
import { ecsArnUid, ecsMapping } from './ecs-mapping.js';
import { EcsTaskDefinitionsManager } from './task-definitions.manager.js';

export class EcsServicesManager extends ResourceManager<Service> {
  readonly kind = 'aws_ecs_service';
  readonly serviceType = {
    group: 'ECS',
    type: 'Service',
    name: 'ECS Service',
    labels: ['Compute', 'Container'],
    family: 'container_service',
  };
  readonly uid = ecsArnUid('service');
  readonly mapping = ecsMapping<Service>({ id: 'serviceArn', name: 'serviceName', createdAt: 'createdAt' });
  override readonly relationships = [
    edge('belongs_to', EcsClustersManager, (service: Service) => service.clusterArn),
    edge('uses', EcsTaskDefinitionsManager, (service: Service) => service.taskDefinition),
    edge('in_subnet', SubnetsManager, (service: Service) => service.networkConfiguration?.awsvpcConfiguration?.subnets),
    edge(
      'member_of',
      SecurityGroupsManager,
      (service: Service) => service.networkConfiguration?.awsvpcConfiguration?.securityGroups,
    ),
    edge('uses', TargetGroupsManager, (service: Service) => service.loadBalancers?.map((lb) => lb.targetGroupArn)),
  ];
}
