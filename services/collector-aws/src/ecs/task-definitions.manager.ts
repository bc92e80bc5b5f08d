import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { EcrRepositoriesManager } from '../ecr/repositories.manager.js';
import { ecrRepositoryOfImage } from '../ecr/image-uri.js';
import { RolesManager } from '../iam/roles.manager.js';
import { ecsArnUid, ecsMapping } from './ecs-mapping.js';
import type { TaskDefinitionWithTags } from './task-definitions.connector.js';

export class EcsTaskDefinitionsManager extends ResourceManager<TaskDefinitionWithTags> {
  readonly kind = 'aws_ecs_task_definition';
  readonly serviceType = {
    group: 'ECS',
    type: 'TaskDefinition',
    name: 'ECS Task Definition',
    labels: ['Compute', 'Container'],
    family: 'task_definition',
  };
  readonly uid = ecsArnUid('task-definition');
  readonly mapping = ecsMapping<TaskDefinitionWithTags>(
    { id: 'taskDefinitionArn', createdAt: 'registeredAt' },
    (definition) => `${definition.family ?? ''}:${definition.revision ?? ''}`,
  );
  override readonly relationships = [
    // the roles its containers run with and ECS pulls images and writes logs with, by ARN
    edge('uses', RolesManager, (definition: TaskDefinitionWithTags) => [
      definition.taskRoleArn,
      definition.executionRoleArn,
    ]),
    // Images in the ECR of the task definition's own account and region (others are a registry's, not a resource here).
    edge('uses', EcrRepositoriesManager, (definition: TaskDefinitionWithTags) =>
      definition.containerDefinitions?.map((container) =>
        ecrRepositoryOfImage(container.image, definition.taskDefinitionArn),
      ),
    ),
  ];
}
