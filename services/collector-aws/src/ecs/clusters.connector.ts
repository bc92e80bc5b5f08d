import { DescribeClustersCommand, ECSClient, ListClustersCommand, type Cluster } from '@aws-sdk/client-ecs';
import { ResourceConnector, awsCall } from '@cloud-inventory/collector-kit';
import { clusterArns, describedInBatches } from './cluster-members.js';

/** ListClusters answers ARNs; DescribeClusters takes up to 100 of them, with their tags when asked. */
export class EcsClustersConnector extends ResourceConnector<Cluster> {
  readonly calls = [awsCall(ListClustersCommand), awsCall(DescribeClustersCommand)];

  items(): AsyncIterable<Cluster> {
    const ecs = this.client(ECSClient);
    return describedInBatches(
      clusterArns.items(this.context),
      100,
      async (clusters) => {
        const output = await ecs.send(new DescribeClustersCommand({ clusters, include: ['TAGS', 'SETTINGS'] }));
        return { items: output.clusters, failures: output.failures };
      },
      (cluster) => cluster.clusterArn,
    );
  }
}
