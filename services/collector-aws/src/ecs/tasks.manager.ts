import type { Task } from '@aws-sdk/client-ecs';
import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { NETWORK_INTERFACE } from '../ec2/kind-identities.js';
import { EcsClustersManager } from './clusters.manager.js';
import { EcsContainerInstancesManager } from './container-instances.manager.js';
import { arnTail, ecsArnUid, ecsMapping } from './ecs-mapping.js';
import { EcsTaskDefinitionsManager } from './task-definitions.manager.js';

/** The ENIs of an awsvpc task: its ElasticNetworkInterface attachments' networkInterfaceId, but a deleted one's. */
function networkInterfacesOf(task: Task): (string | undefined)[] {
  return (task.attachments ?? [])
    .filter((attachment) => attachment.type === 'ElasticNetworkInterface' && attachment.status !== 'DELETED')
    .map((attachment) => attachment.details?.find((detail) => detail.name === 'networkInterfaceId')?.value);
}

export class EcsTasksManager extends ResourceManager<Task> {
  readonly kind = 'aws_ecs_task';
  readonly serviceType = {
    group: 'ECS',
    type: 'Task',
    name: 'ECS Task',
    labels: ['Compute', 'Container'],
    family: 'task',
  };
  readonly uid = ecsArnUid('task');
  // A task has no name: its id (the ARN's last part) is what the console shows.
  readonly mapping = ecsMapping<Task>({ id: 'taskArn', createdAt: 'createdAt' }, (task) => arnTail(task.taskArn));
  override readonly relationships = [
    edge('belongs_to', EcsClustersManager, (task: Task) => task.clusterArn),
    edge('uses', EcsTaskDefinitionsManager, (task: Task) => task.taskDefinitionArn),
    edge('runs_on', EcsContainerInstancesManager, (task: Task) => task.containerInstanceArn),
    edge('uses', NETWORK_INTERFACE, networkInterfacesOf),
  ];
}
