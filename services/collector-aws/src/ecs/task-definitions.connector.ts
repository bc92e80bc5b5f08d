import {
  DescribeTaskDefinitionCommand,
  ECSClient,
  paginateListTaskDefinitions,
  type Tag,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { ResourceConnector, awsCall, mapBounded, paginated } from '@cloud-inventory/collector-kit';

/** A task definition with the tags DescribeTaskDefinition answers beside it. */
export interface TaskDefinitionWithTags extends TaskDefinition {
  tags?: Tag[];
}

const definitionsInFlight = 8;

/**
 * The ACTIVE revisions (INACTIVE ones are deregistered), each described on its own: DescribeTaskDefinition takes one
 * task definition, and ECS has no batch call for them.
 */
export class EcsTaskDefinitionsConnector extends ResourceConnector<TaskDefinitionWithTags> {
  private readonly active = paginated(ECSClient, paginateListTaskDefinitions, 'taskDefinitionArns', {
    input: { status: 'ACTIVE' },
    pageSize: 100,
  });
  readonly calls = [...this.active.calls(), awsCall(DescribeTaskDefinitionCommand)];

  items(): AsyncIterable<TaskDefinitionWithTags> {
    const ecs = this.client(ECSClient);
    return mapBounded(this.active.items(this.context), definitionsInFlight, async (taskDefinition) => {
      const output = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] }));
      return { ...output.taskDefinition, ...(output.tags ? { tags: output.tags } : {}) };
    });
  }
}
