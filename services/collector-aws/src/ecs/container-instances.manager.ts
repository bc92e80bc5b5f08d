import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { InstancesManager } from '../ec2/instances.manager.js';
import { EcsClustersManager } from './clusters.manager.js';
import type { ContainerInstanceInCluster } from './container-instances.connector.js';
import { arnTail, ecsArnUid, ecsMapping } from './ecs-mapping.js';

export class EcsContainerInstancesManager extends ResourceManager<ContainerInstanceInCluster> {
  readonly kind = 'aws_ecs_container_instance';
  readonly serviceType = {
    group: 'ECS',
    type: 'ContainerInstance',
    name: 'ECS Container Instance',
    labels: ['Compute', 'Container'],
    family: 'container_instance',
  };
  readonly uid = ecsArnUid('container-instance');
  readonly mapping = ecsMapping<ContainerInstanceInCluster>(
    { id: 'containerInstanceArn', createdAt: 'registeredAt' },
    (instance) => instance.ec2InstanceId ?? arnTail(instance.containerInstanceArn),
  );
  override readonly relationships = [
    edge('belongs_to', EcsClustersManager, (instance: ContainerInstanceInCluster) => instance.clusterArn),
    edge('runs_on', InstancesManager, (instance: ContainerInstanceInCluster) => instance.ec2InstanceId),
  ];
}
