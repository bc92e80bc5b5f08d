import {
  DescribeContainerInstancesCommand,
  ECSClient,
  ListClustersCommand,
  ListContainerInstancesCommand,
  paginateListContainerInstances,
  type ContainerInstance,
} from '@aws-sdk/client-ecs';
import { ResourceConnector, awsCall, paginated } from '@cloud-inventory/collector-kit';
import { describedInBatches, membersOfClusters } from './cluster-members.js';

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
    return membersOfClusters(this.context, (clusterArn) =>
      describedInBatches(
        paginated(ECSClient, paginateListContainerInstances, 'containerInstanceArns', {
          input: { cluster: clusterArn },
          pageSize: 100,
        }).items(this.context),
        100,
        async (containerInstances) => {
          const output = await ecs.send(
            new DescribeContainerInstancesCommand({ cluster: clusterArn, containerInstances, include: ['TAGS'] }),
          );
          return {
            items: output.containerInstances?.map((instance) => ({ ...instance, clusterArn })),
            failures: output.failures,
          };
        },
        (instance) => instance.containerInstanceArn,
      ),
    );
  }
}
