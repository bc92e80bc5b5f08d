import {
  DescribeContainerInstancesCommand,
  ECSClient,
  ListClustersCommand,
  ListContainerInstancesCommand,
  paginateListContainerInstances,
  type ContainerInstance,
} from '@aws-sdk/client-ecs';
import { ResourceConnector, awsCall, paginated } from '@cloud-inventory/collector-kit';
import { membersOfClusters } from './cluster-members.js';

/** A container instance with the cluster it was listed in (DescribeContainerInstances does not name it). */
export interface ContainerInstanceInCluster extends ContainerInstance {
  clusterArn: string;
}

/** Container instances are listed per cluster and described 100 a call. */
export class EcsContainerInstancesConnector extends ResourceConnector<ContainerInstanceInCluster> {
  readonly calls = [
    awsCall(ListClustersCommand),
    awsCall(ListContainerInstancesCommand),
    awsCall(DescribeContainerInstancesCommand),
  ];

  items(): AsyncIterable<ContainerInstanceInCluster> {
    const ecs = this.client(ECSClient);
    return membersOfClusters(this.context, {
      listing: (cluster) =>
        paginated(ECSClient, paginateListContainerInstances, 'containerInstanceArns', {
          input: { cluster },
          pageSize: 100,
        }),
      batchSize: 100,
      async describe(clusterArn, containerInstances) {
        const output = await ecs.send(
          new DescribeContainerInstancesCommand({ cluster: clusterArn, containerInstances, include: ['TAGS'] }),
        );
        return {
          items: output.containerInstances?.map((instance) => ({ ...instance, clusterArn })),
          failures: output.failures,
        };
      },
      arnOf: (instance) => instance.containerInstanceArn,
    });
  }
}
