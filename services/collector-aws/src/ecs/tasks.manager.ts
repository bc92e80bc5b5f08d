import type { Task } from '@aws-sdk/client-ecs';
import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { EcsClustersManager } from './clusters.manager.js';
import { EcsContainerInstancesManager } from './container-instances.manager.js';
import { arnTail, ecsArnUid, ecsMapping } from './ecs-mapping.js';
import { EcsTaskDefinitionsManager } from './task-definitions.manager.js';

export class EcsTasksManager extends ResourceManager<Task> {
  readonly kind = 'aws_ecs_task';
  readonly serviceType = { group: 'ECS', type: 'Task', name: 'ECS Task', labels: ['Compute', 'Container'] };
  readonly uid = ecsArnUid('task');
  // A task has no name: its id (the ARN's last part) is what the console shows.
  readonly mapping = ecsMapping<Task>({ id: 'taskArn', createdAt: 'createdAt' }, (task) => arnTail(task.taskArn));
  override readonly relationships = [
    edge('belongs_to', EcsClustersManager, (task: Task) => task.clusterArn),
    edge('uses', EcsTaskDefinitionsManager, (task: Task) => task.taskDefinitionArn),
    edge('runs_on', EcsContainerInstancesManager, (task: Task) => task.containerInstanceArn),
  ];
}
