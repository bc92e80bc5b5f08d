import type { Cluster } from '@aws-sdk/client-ecs';
import { ResourceManager } from '@cloud-inventory/collector-kit';
import { ecsArnUid, ecsMapping } from './ecs-mapping.js';

export class EcsClustersManager extends ResourceManager<Cluster> {
  readonly kind = 'aws_ecs_cluster';
  readonly serviceType = {
    group: 'ECS',
    type: 'Cluster',
    name: 'ECS Cluster',
    labels: ['Compute', 'Container'],
    family: 'cluster',
  };
  readonly uid = ecsArnUid('cluster');
  readonly mapping = ecsMapping<Cluster>({ id: 'clusterArn', name: 'clusterName' });
}
