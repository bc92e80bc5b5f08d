import { DescribeClusterCommand, EKSClient, paginateListClusters, type Cluster } from '@aws-sdk/client-eks';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** ListClusters names the region's clusters, 100 a page; they are also the parents of node groups. */
export const clusterNamesListing = paginated(EKSClient, paginateListClusters, 'clusters', { pageSize: 100 });

const clustersInFlight = 8;

export interface ClusterDetails extends Cluster {
  name: string;
}

/** ListClusters gives only names: DescribeCluster per cluster gives the cluster, tags inline. */
export class ClustersConnector extends ResourceConnector<ClusterDetails> {
  readonly calls = [...clusterNamesListing.calls(), awsCall(DescribeClusterCommand)];

  items(): AsyncIterable<ClusterDetails> {
    return mapBounded(clusterNamesListing.items(this.context), clustersInFlight, async (name) => {
      const { cluster } = await this.client(EKSClient).send(new DescribeClusterCommand({ name }));
      return { ...cluster, name: requiredField(cluster ?? {}, 'name') };
    });
  }
}
