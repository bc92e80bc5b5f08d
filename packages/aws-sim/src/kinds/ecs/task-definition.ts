import type { ContainerDefinition, TaskDefinition } from '@aws-sdk/client-ecs';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { repositoryUri } from '../ecr/repository.js';
import { serviceRoleArn } from '../iam/role-summary.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import {
  SALT_ECS_TASK_DEFINITION,
  indexOfGenerated,
  taskDefinitionArn,
  taskDefinitionFamily,
  taskDefinitionIndex,
  taskDefinitionIsActive,
  taskDefinitionIsAwsvpc,
  taskDefinitionRevision,
} from './ecs-layout.js';
import { ecsTags, type EcsTag } from './ecs-tags.js';

type TaskDefinitionFields =
  | 'taskDefinitionArn'
  | 'containerDefinitions'
  | 'family'
  | 'executionRoleArn'
  | 'networkMode'
  | 'revision'
  | 'volumes'
  | 'status'
  | 'requiresAttributes'
  | 'placementConstraints'
  | 'compatibilities'
  | 'requiresCompatibilities'
  | 'cpu'
  | 'memory'
  | 'registeredAt'
  | 'registeredBy';

/** DescribeTaskDefinition's taskDefinition, with the tags it answers beside it (`include: ['TAGS']`). */
export type SimEcsTaskDefinition = Filled<TaskDefinition, TaskDefinitionFields> & { tags: EcsTag[] };

const PUBLIC_IMAGES = [
  'public.ecr.aws/nginx/nginx:1.27',
  'docker.io/library/redis:7.2',
  'public.ecr.aws/datadog/agent:7',
];

/** A role that ECS tasks may assume, the `n`-th of the account's; the usual `ecsTaskExecutionRole` without one. */
function taskRoleArn(ctx: ScopeContext, n: number): string {
  return serviceRoleArn(ctx, 'ecs-tasks', n) ?? ctx.arn('iam', 'role/ecsTaskExecutionRole', { region: '' });
}

function imageOf(ctx: ScopeContext, index: number, container: number): string {
  const hash = ctx.hash(SALT_ECS_TASK_DEFINITION, index, 10 + container);
  const repositories = ctx.counts.ecrRepository;
  if (repositories === 0 || hash % 4 === 3) return pick(PUBLIC_IMAGES, hash >>> 4);
  return `${repositoryUri(ctx, (hash >>> 4) % repositories)}:v${1 + (hash % 40)}`;
}

function containerOf(ctx: ScopeContext, index: number, container: number, awsvpc: boolean): ContainerDefinition {
  const family = taskDefinitionFamily(index);
  return {
    name: container === 0 ? 'app' : 'sidecar',
    image: imageOf(ctx, index, container),
    cpu: container === 0 ? 256 : 64,
    memory: container === 0 ? 512 : 128,
    portMappings: container === 0 ? [{ containerPort: 8080, hostPort: awsvpc ? 8080 : 0, protocol: 'tcp' }] : [],
    essential: container === 0,
    environment: [{ name: 'APP_ENV', value: 'production' }],
    mountPoints: [],
    volumesFrom: [],
    systemControls: [],
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': `/ecs/${family}`,
        'awslogs-region': ctx.region,
        'awslogs-stream-prefix': 'ecs',
      },
    },
  };
}

/** Revisions of families; awsvpc families are Fargate compatible, bridge ones EC2 only. INACTIVE ones are deregistered. */
export const ecsTaskDefinitionKind: KindSpec<'ecsTaskDefinition', SimEcsTaskDefinition> = {
  kind: 'ecsTaskDefinition',
  idField: 'taskDefinitionArn',
  ids: {
    nameAt: taskDefinitionArn,
    indexOf: (ctx, arn) => indexOfGenerated(ctx, arn, parseTaskDefinitionArn, taskDefinitionArn),
  },
  counts: { tiny: 2, small: 9, medium: 60, large: 300 },
  /** DescribeTaskDefinition answers the tags beside the task definition. */
  ownFields: ['tags'],
  isCurrent: (definition) => definition.status === 'ACTIVE',
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ECS_TASK_DEFINITION, index, 1);
    const awsvpc = taskDefinitionIsAwsvpc(index);
    const active = taskDefinitionIsActive(index);
    const family = taskDefinitionFamily(index);
    const registeredAt = ctx.date('2023-06-01T00:00:00Z', 500, hash);
    const containers = hash % 3 === 0 ? [0, 1] : [0];
    const definition: SimEcsTaskDefinition = {
      taskDefinitionArn: taskDefinitionArn(ctx, index),
      containerDefinitions: containers.map((container) => containerOf(ctx, index, container, awsvpc)),
      family,
      // one execution role for the account's tasks; a task role of its own for some families
      executionRoleArn: taskRoleArn(ctx, 0),
      networkMode: awsvpc ? 'awsvpc' : 'bridge',
      revision: taskDefinitionRevision(index),
      volumes: [],
      status: active ? 'ACTIVE' : 'INACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
      placementConstraints: [],
      compatibilities: awsvpc ? ['EC2', 'FARGATE'] : ['EC2'],
      requiresCompatibilities: awsvpc ? ['FARGATE'] : ['EC2'],
      cpu: awsvpc ? '512' : '256',
      memory: awsvpc ? '1024' : '512',
      registeredAt,
      registeredBy: ctx.arn('iam', 'role/deploy', { region: '' }),
      tags: ecsTags(ctx, SALT_ECS_TASK_DEFINITION, index, { Family: family }),
    };
    if (hash % 2 === 0) definition.taskRoleArn = taskRoleArn(ctx, 1 + (hash >>> 3));
    if (!active) definition.deregisteredAt = new Date(registeredAt.getTime() + 86_400_000 * (1 + (hash % 30)));
    return definition;
  },
};

function parseTaskDefinitionArn(arn: string): number | undefined {
  const match = /:task-definition\/([A-Za-z0-9_-]+):(\d+)$/.exec(arn);
  return match ? taskDefinitionIndex(match[1] as string, Number(match[2])) : undefined;
}
