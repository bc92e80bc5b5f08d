import {
  DescribeTasksCommand,
  ECSClient,
  ListClustersCommand,
  ListTasksCommand,
  paginateListTasks,
  type Task,
} from '@aws-sdk/client-ecs';
import { ResourceConnector, awsCall, paginated } from '@cloud-inventory/collector-kit';
import { membersOfClusters } from './cluster-members.js';

/** The running tasks of each cluster (stopped ones are not current), described 100 a call. */
export class EcsTasksConnector extends ResourceConnector<Task> {
  readonly calls = [awsCall(ListClustersCommand), awsCall(ListTasksCommand), awsCall(DescribeTasksCommand)];

  items(): AsyncIterable<Task> {
    const ecs = this.client(ECSClient);
    return membersOfClusters(this.context, {
      listing: (cluster) =>
        paginated(ECSClient, paginateListTasks, 'taskArns', {
          input: { cluster, desiredStatus: 'RUNNING' },
          pageSize: 100,
        }),
      batchSize: 100,
      async describe(cluster, tasks) {
        const output = await ecs.send(new DescribeTasksCommand({ cluster, tasks, include: ['TAGS'] }));
        return { items: output.tasks, failures: output.failures };
      },
      arnOf: (task) => task.taskArn,
    });
  }
}
